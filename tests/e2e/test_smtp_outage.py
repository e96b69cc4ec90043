"""B3: with the SMTP server down, messages wait in the outbox, the log shows each attempt and its error, and they
are sent — each once, none lost — as soon as the server is back (the first retry comes 30 s after the failure)."""

import time
import unittest

from harness import E2ETestCase, free_port, invitation_body, utc, wait_until


class SmtpOutage(E2ETestCase):

    def test_B3_smtp_down_messages_queued_retried_and_sent_once_it_is_back(self):
        smtp_port = free_port()  # nothing listens here yet: connections are refused
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url="smtp://127.0.0.1:%d" % smtp_port)
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik", "Łukasz Wróbel")
        ids = [c["Zoë Çelik"]["id"], c["Łukasz Wróbel"]["id"]]
        emails = sorted([c["Zoë Çelik"]["email"], c["Łukasz Wróbel"]["email"]])
        self.invite(api, invitation_body(vacancy_id, ids, "2026-10-26", "10:00", [api.user["id"]]))

        # The first attempt fails: queued again, attempt counted, reason shown (B3).
        def failed_once():
            rows = self.message_rows(api, lambda r: r["kind"] == "invitation")
            over = [r for r in rows if r["attempts"] >= 1 and r["state"] != "sending"]
            return rows if len(rows) == 2 and len(over) == 2 else None
        failed_at = time.time()
        rows = wait_until(failed_once, 6, "the first failed attempts in the message log")
        for r in rows:
            self.assertEqual(r["state"], "queued", r)
            self.assertEqual(r["attempts"], 1, r)
            self.assertIn("connect", r["last_error"].lower(), r)
            self.assertEqual(r["sent_at"], 0)

        # The SMTP server comes back; the retry (30 s after the failure) delivers both.
        smtp = self.start_smtp(port=smtp_port)
        received = smtp.wait_for(count=2, timeout=45, what="the retried invitations")
        self.assertGreaterEqual(time.time() - failed_at, 25, "retried sooner than the 30 s backoff")
        self.assertEqual(sorted(m.rcpt_tos[0] for m in received), emails)

        def all_sent():
            rows = self.message_rows(api, lambda r: r["kind"] == "invitation")
            return rows if all(r["state"] == "sent" for r in rows) else None
        rows = wait_until(all_sent, 5, "both invitations marked sent")
        for r in rows:
            self.assertEqual(r["attempts"], 2, r)
            self.assertGreater(r["sent_at"], 0)
        time.sleep(1.2)
        self.assertEqual(len(smtp.messages()), 2, "each message exactly once")
        self.assertEqual(len({m.message_id for m in smtp.messages()}), 2)


if __name__ == "__main__":
    unittest.main()
