"""R6 across the last Sunday of March: 09:00 Europe/Amsterdam is 08:00 UTC before the switch and 07:00 UTC on and
after it — watched live with a --test-now clock."""

import unittest

from harness import utc
from reminder_watch import ReminderWatch


class ReminderAcrossMarchSwitch(ReminderWatch):

    def test_R6_reminder_on_the_last_sunday_of_march_is_0900_cest(self):
        # Clocks went forward at 02:00 on Sunday 28 March 2027: 09:00 that day is CEST = 07:00 UTC.
        self.watch_reminder("2027-03-29", 1, utc(2027, 3, 28, 7, 0, 0), "Sun, 28 Mar 2027 09:00:0")

    def test_R6_reminder_saturday_before_the_march_switch_for_an_interview_after_it(self):
        # Interview Tuesday 30 March 2027 (CEST), 3 days before → Saturday 27 March 09:00 CET = 08:00 UTC.
        self.watch_reminder("2027-03-30", 3, utc(2027, 3, 27, 8, 0, 0), "Sat, 27 Mar 2027 09:00:0")


if __name__ == "__main__":
    unittest.main()
