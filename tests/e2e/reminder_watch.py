"""R6 helper: watch a reminder go out live at its moment (shared by the reminder timing test files)."""

import email.utils
import time

from harness import LEADS, E2ETestCase, invitation_body, iso, with_lead


class ReminderWatch(E2ETestCase):

    @with_lead(*LEADS)
    def watch_reminder(self, interview_date, days_before, moment, expected_date_header_prefix, lead):
        """Invites Zoë with an e-mail reminder, then watches it arrive at `moment` (UTC seconds)."""
        smtp = self.start_smtp()
        server = self.start_server(test_now=moment - lead, smtp_url=smtp.url)
        api = self.login(server)
        vacancy_id, found = api.find_candidates("Zoë Çelik")
        zoe = found["Zoë Çelik"]
        self.invite(api, invitation_body(vacancy_id, [zoe["id"]], interview_date, "10:00", [api.user["id"]],
                                         reminder="email", days_before=days_before))

        # The stored moment is exactly 09:00 Amsterdam of that day.
        (row,) = self.message_rows(api, lambda r: r["kind"] == "reminder")
        self.assertEqual(row["send_at"], moment, "reminder due at %s, expected %s" % (iso(row["send_at"]), iso(moment)))
        self.assertEqual(row["state"], "queued")

        is_reminder = lambda m: m.subject.startswith("Herinnering")
        smtp.wait_for(lambda m: not is_reminder(m), what="invitation")
        (reminder,) = smtp.wait_for(is_reminder, timeout=self.seconds_until_due(server, moment), what="reminder")
        # Not early: by the time it arrived, the server's clock had certainly reached the moment.
        self.assert_server_time_at_least(server, reminder.at, moment, "the reminder")
        # Composed at the moment (the Date header is the server's clock in Amsterdam time).
        date_header = reminder.message["Date"]
        self.assertTrue(date_header.startswith(expected_date_header_prefix), date_header)
        composed = email.utils.parsedate_to_datetime(date_header).timestamp()
        self.assertGreaterEqual(composed, moment)
        self.assertLessEqual(composed, moment + 5)
        self.assertIsNone(reminder.part("text/calendar"))  # a reminder is not a calendar change
        time.sleep(1.2)  # a poll interval more: still exactly one
        self.assertEqual(len(smtp.messages(is_reminder)), 1)
        (row,) = self.message_rows(api, lambda r: r["kind"] == "reminder")
        self.assertEqual((row["state"], row["attempts"]), ("sent", 1))
