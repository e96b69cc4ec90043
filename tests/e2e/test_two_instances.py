"""Issue 14, a first step toward the two-instance kill test: two server processes on one database (PostgreSQL in
ctest "e2e on PostgreSQL: …", one SQLite file otherwise) share the work. Invitations go in through both; every
message reaches the real SMTP server exactly once although both dispatchers run; one login works on both (sessions
live in the database); a candidate answers on the other instance's page and the recruiter sees it through the first.
"""

import collections
import os
import time
import unittest
import urllib.request

from harness import Api, E2ETestCase, invitation_body, utc, wait_until


class TwoInstances(E2ETestCase):

    def candidates_of(self, api, vacancy_id):
        status, rows = api.get("/api/vacancies/%d/candidates" % vacancy_id)
        self.assertEqual(status, 200, rows)
        return [r["candidate"] for r in rows if r["candidate"]["email"]]

    def test_issue14_two_instances_on_one_database_send_each_message_once_and_share_sessions_and_answers(self):
        smtp = self.start_smtp()
        now = utc(2026, 10, 20, 10, 0, 0)
        data_dir = os.path.join(self.tmp, "data")  # one folder: one database and one secret for both
        a = self.start_server(data_dir=data_dir, test_now=now, smtp_url=smtp.url)
        b = self.start_server(data_dir=data_dir, test_now=now, smtp_url=smtp.url)
        api_a = self.login(a)
        api_b = self.login(b)  # Anna again, in a login of its own on B

        # Invitations through both instances, at the same time.
        status, vacancies = api_a.get("/api/vacancies")
        self.assertEqual(status, 200)
        v1, v2 = sorted(v["id"] for v in vacancies)[:2]
        first, second = self.candidates_of(api_a, v1), self.candidates_of(api_b, v2)
        self.assertGreaterEqual(len(first) + len(second), 20)
        created_a = self.invite(api_a, invitation_body(v1, [c["id"] for c in first], "2026-10-26", "10:00",
                                                       [api_a.user["id"]]))
        created_b = self.invite(api_b, invitation_body(v2, [c["id"] for c in second], "2026-10-27", "14:00",
                                                       [api_b.user["id"]]))

        # Each candidate's invitation arrives once (the organizer, the only attendee, gets no invite of her own).
        candidate_emails = collections.Counter(c["email"] for c in first + second)
        expected = sum(candidate_emails.values())
        smtp.wait_for(count=expected, timeout=30, what="every invitation")
        time.sleep(1.5)  # more than a poll interval of both dispatchers: nothing else arrives
        received = smtp.messages()
        self.assertEqual(len(received), expected)
        self.assertEqual(len({m.message_id for m in received}), expected, "no message sent twice")
        to_candidates = collections.Counter(m.rcpt_tos[0] for m in received if m.rcpt_tos[0] in candidate_emails)
        self.assertEqual(to_candidates, candidate_emails)
        log = api_a.messages()
        self.assertTrue(all(m["state"] == "sent" and m["attempts"] == 1 for m in log), log)

        # One login, both instances: Anna's session cookie and CSRF token work on B too.
        anna_on_b = Api(b.url)
        anna_on_b.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(api_a.jar))
        anna_on_b.csrf, anna_on_b.user = api_a.csrf, api_a.user
        status, me = anna_on_b.get("/api/me")
        self.assertEqual(status, 200, me)
        self.assertEqual(me["user"]["email"], "anna@example.com")

        # A candidate invited through A answers on B's page; A shows the answer.
        zoe = first[0]
        (mail,) = [m for m in received if m.rcpt_tos == [zoe["email"]] and m.links()]
        link = mail.links()[0]
        self.assertTrue(link.startswith(a.url + "/c/"), link)
        on_b = b.url + link[len(a.url):]
        status, page = api_b.request("POST", on_b, form={"answer": "accept"})
        self.assertEqual(status, 200, page)
        status, interviews = api_a.get("/api/interviews")
        answers = {i["candidate_id"]: i["answer"] for row in interviews for i in row["invitations"]
                   if row["interview"]["id"] == created_a["interview_id"]}
        self.assertEqual(answers[zoe["id"]], "accepted")
        self.assertTrue(all(v == "pending" for k, v in answers.items() if k != zoe["id"]))
        # The recruiter who planned it hears the answer once, whichever dispatcher sends it.
        wait_until(lambda: len(smtp.messages()) == expected + 1, 10, "the answer notice to Anna")
        time.sleep(1.5)
        self.assertEqual(len(smtp.messages()), expected + 1)


if __name__ == "__main__":
    unittest.main()
