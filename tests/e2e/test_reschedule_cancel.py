"""B1 / R10: a reschedule sends an update of the same calendar event (same UID, higher SEQUENCE, new time) and moves
the reminder; a cancellation sends METHOD:CANCEL (STATUS:CANCELLED, higher SEQUENCE again) and cancels it."""

import datetime
import unittest

import icalendar

from harness import E2ETestCase, invitation_body, utc


def event_of(message):
    part = message.part("text/calendar")
    assert part is not None, "no text/calendar part in %r" % message.subject
    cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
    (event,) = cal.walk("VEVENT")
    return part.get_param("method"), str(cal["METHOD"]), event


class RescheduleAndCancel(E2ETestCase):

    def test_B1_reschedule_updates_the_event_with_higher_sequence_and_cancel_sends_method_cancel(self):
        smtp = self.start_smtp()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik")
        zoe = c["Zoë Çelik"]
        created = self.invite(api, invitation_body(vacancy_id, [zoe["id"]], "2026-10-26", "10:00", [api.user["id"]],
                                                   reminder="email", days_before=1))
        interview_id = created["interview_id"]
        (invitation,) = smtp.wait_for(count=1, what="the invitation")
        method, cal_method, first = event_of(invitation)
        self.assertEqual((method, cal_method, int(first["SEQUENCE"])), ("REQUEST", "REQUEST", 0))
        uid = str(first["UID"])

        # Reschedule to Tuesday 27 October 14:00.
        status, res = api.request("PATCH", "/api/interviews/%d" % interview_id, {"date": "2026-10-27", "time": "14:00"})
        self.assertEqual(status, 200, res)
        update = smtp.wait_for(count=2, what="the reschedule e-mail")[1]
        method, cal_method, second = event_of(update)
        self.assertEqual((method, cal_method), ("REQUEST", "REQUEST"))
        self.assertEqual(str(second["UID"]), uid, "the same event")
        self.assertEqual(int(second["SEQUENCE"]), 1)
        start = second["DTSTART"].dt
        self.assertEqual((start.month, start.day, start.hour, start.minute), (10, 27, 14, 0))
        self.assertEqual(second["DTSTART"].params["TZID"], "Europe/Amsterdam")
        self.assertEqual(start.utcoffset(), datetime.timedelta(hours=1))
        self.assertNotEqual(update.message_id, invitation.message_id)

        # R10: the reminder moved to Monday 26 October 09:00 CET; the old one is cancelled.
        reminders = self.message_rows(api, lambda r: r["kind"] == "reminder")
        self.assertEqual(sorted((r["state"], r["send_at"]) for r in reminders),
                         sorted([("cancelled", utc(2026, 10, 25, 8, 0, 0)), ("queued", utc(2026, 10, 26, 8, 0, 0))]))

        # Cancel the interview.
        status, res = api.request("DELETE", "/api/interviews/%d" % interview_id)
        self.assertEqual(status, 200, res)
        cancel = smtp.wait_for(count=3, what="the cancellation e-mail")[2]
        method, cal_method, third = event_of(cancel)
        self.assertEqual((method, cal_method), ("CANCEL", "CANCEL"))
        self.assertEqual(str(third["UID"]), uid)
        self.assertEqual(int(third["SEQUENCE"]), 2)
        self.assertEqual(str(third["STATUS"]), "CANCELLED")
        attendees = third["ATTENDEE"] if isinstance(third["ATTENDEE"], list) else [third["ATTENDEE"]]
        self.assertIn("mailto:" + zoe["email"], [str(a) for a in attendees])
        (attachment,) = [p for p in cancel.message.walk() if p.get_filename() == "invite.ics"]
        self.assertEqual(attachment.get_payload(decode=True), cancel.part("text/calendar").get_payload(decode=True))

        reminders = self.message_rows(api, lambda r: r["kind"] == "reminder")
        self.assertEqual(sorted(r["state"] for r in reminders), ["cancelled", "cancelled"])
        kinds = sorted((r["kind"], r["state"]) for r in api.messages() if r["channel"] == "email")
        self.assertEqual(kinds, [("cancellation", "sent"), ("invitation", "sent"), ("reminder", "cancelled"),
                                 ("reminder", "cancelled"), ("reschedule", "sent")])


if __name__ == "__main__":
    unittest.main()
