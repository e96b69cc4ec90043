"""R6: reminders go out at 09:00 Europe/Amsterdam on the right day — watched live with a --test-now clock a few
seconds before the moment: not before it, and within 5 seconds after it. Also across the October DST switch."""

import unittest

from harness import utc
from reminder_watch import ReminderWatch


class ReminderTiming(ReminderWatch):

    def test_R6_monday_interview_2_days_before_is_sent_saturday_0900_amsterdam(self):
        # Monday 26 October 2026 → Saturday 24 October 09:00 CEST = 07:00 UTC (the interview itself is in CET).
        self.watch_reminder("2026-10-26", 2, utc(2026, 10, 24, 7, 0, 0), "Sat, 24 Oct 2026 09:00:0")

    def test_R6_reminder_on_the_last_sunday_of_october_is_0900_cet(self):
        # The clocks went back at 03:00 that night: 09:00 on Sunday 25 October 2026 is CET = 08:00 UTC.
        # (--test-now 2026-10-25T07:59:54Z; an off-by-one-hour rule would have put it at 07:00 UTC, already past.)
        self.watch_reminder("2026-10-26", 1, utc(2026, 10, 25, 8, 0, 0), "Sun, 25 Oct 2026 09:00:0")


if __name__ == "__main__":
    unittest.main()
