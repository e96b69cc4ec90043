"""R10: a candidate who declined (or withdrew) gets no reminder; the others still get theirs at the moment."""

import time
import unittest

from harness import LEADS, E2ETestCase, invitation_body, utc, with_lead


class NoReminderAfterDecline(E2ETestCase):

    @with_lead(*LEADS)
    def test_R10_declined_and_withdrawn_candidates_get_no_reminder(self, lead):
        smtp = self.start_smtp()
        sms = self.start_sms()
        moment = utc(2026, 10, 25, 8, 0, 0)  # Sunday 25 October 2026 09:00 CET, for a Monday interview
        server = self.start_server(test_now=moment - lead, smtp_url=smtp.url, sms_url=sms.url, sms_token="t")
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik", "Łukasz Wróbel", "Søren Ødegård")
        zoe, lukasz, soren = c["Zoë Çelik"], c["Łukasz Wróbel"], c["Søren Ødegård"]
        self.invite(api, invitation_body(vacancy_id, [zoe["id"], lukasz["id"], soren["id"]], "2026-10-26", "10:00",
                                         [api.user["id"]], reminder="email_and_sms", days_before=1))
        invitations = smtp.wait_for(lambda m: not m.subject.startswith(("Herinnering", "Reminder")), count=3,
                                    what="invitations")
        link_of = {m.rcpt_tos[0]: m.links()[0] for m in invitations}

        # Zoë declines, Søren withdraws (after confirming "are you sure?"), on the page, by POST.
        status, _ = api.request("POST", link_of[zoe["email"]], form={"answer": "decline"})
        self.assertEqual(status, 200)
        status, _ = api.request("POST", link_of[soren["email"]], form={"answer": "withdraw", "confirm": "yes"})
        self.assertEqual(status, 200)
        status, interviews = api.get("/api/interviews")
        answers = {i["candidate_id"]: i["answer"] for row in interviews for i in row["invitations"]}
        self.assertEqual(answers[zoe["id"]], "declined")
        self.assertEqual(answers[soren["id"]], "not_applicable")

        # Their reminder rows are cancelled at once; Łukasz's stay queued.
        rows = self.message_rows(api, lambda r: r["kind"] == "reminder")
        state = {(r["recipient"], r["channel"]): r["state"] for r in rows}
        self.assertEqual(state[(zoe["email"], "email")], "cancelled")
        self.assertEqual(state[(zoe["mobile"], "sms")], "cancelled")
        self.assertEqual(state[(soren["email"], "email")], "cancelled")
        self.assertEqual(state[(lukasz["email"], "email")], "queued")

        is_reminder = lambda m: m.subject.startswith(("Herinnering", "Reminder"))
        (reminder,) = smtp.wait_for(is_reminder, timeout=self.seconds_until_due(server, moment), what="reminder")
        self.assertEqual(reminder.rcpt_tos, [lukasz["email"]])
        wait_sms = self.seconds_until_due(server, moment)
        deadline = time.time() + wait_sms
        while time.time() < deadline and not sms.received():
            time.sleep(0.05)
        time.sleep(1.5)  # more than a poll interval after the moment: nothing else comes
        self.assertEqual([m.rcpt_tos for m in smtp.messages(is_reminder)], [[lukasz["email"]]])
        self.assertEqual([r["body"]["to"] for r in sms.received()], [lukasz["mobile"]])
        rows = self.message_rows(api, lambda r: r["kind"] == "reminder")
        self.assertEqual(sorted(r["state"] for r in rows if r["recipient"] in (lukasz["email"], lukasz["mobile"])),
                         ["sent", "sent"])


if __name__ == "__main__":
    unittest.main()
