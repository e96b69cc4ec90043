"""Issue 11, slots: a candidate chooses one of several offered times on the confirmation page, then moves to another
before the cut-off. The real server, a real SMTP server: the invitation of an open choice carries no calendar event;
each choice sends the invitation with the chosen time and an .ics of the same event (same UID, higher SEQUENCE),
and the reminder (R6) follows the chosen time; the answer history keeps every move (P10)."""

import re
import unittest
import urllib.parse
import urllib.request

import icalendar

from harness import E2ETestCase, invitation_body, utc


def event_of(message):
    part = message.part("text/calendar")
    assert part is not None, "no text/calendar part in %r" % message.subject
    (event,) = icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    return event


def page(url, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data)) as r:
        return r.status, r.read().decode("utf-8")


class Slots(E2ETestCase):

    def test_issue_11_choose_then_move_updates_the_ics_same_uid_higher_sequence_and_moves_the_reminder(self):
        smtp = self.start_smtp()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik")
        zoe = c["Zoë Çelik"]
        body = invitation_body(vacancy_id, [zoe["id"]], "2026-10-26", "10:00", [api.user["id"]],
                               reminder="email", days_before=1)
        for key in ("date", "time", "duration_min"):
            del body["interview"][key]
        body["interview"]["slots"] = [{"date": "2026-10-26", "time": "10:00", "duration_min": 45, "seats": 1},
                                      {"date": "2026-10-27", "time": "14:00", "duration_min": 45, "seats": 1}]
        for lang in ("nl", "en", "de"):
            body["email"]["content"][lang] += "\n\n{slots}"
        created = self.invite(api, body)
        to_zoe = lambda m: zoe["email"] in m.rcpt_tos  # the team's answer notifications go to Anna
        (invitation,) = smtp.wait_for(to_zoe, count=1, what="the invitation")
        self.assertIsNone(invitation.part("text/calendar"), "no time chosen yet: no calendar event")
        text = invitation.text()
        self.assertIn("een van de tijden hieronder", text)
        self.assertIn("maandag 26 oktober 2026, 10:00-10:45", text)
        self.assertIn("dinsdag 27 oktober 2026, 14:00-14:45", text)
        self.assertEqual(self.message_rows(api, lambda r: r["kind"] == "reminder"), [], "no reminder before a choice")
        (link,) = set(invitation.links())

        status, html = page(link)
        self.assertEqual(status, 200)
        self.assertIn("Europe/Amsterdam", html)
        slot_ids = re.findall(r'name="slot" value="(\d+)"', html)
        self.assertEqual(len(slot_ids), 2, html)

        # Choose the first time: accepted, the invitation again with its calendar event, the reminder at R6.
        status, html = page(link, {"answer": "accept", "slot": slot_ids[0]})
        self.assertEqual(status, 200)
        first_mail = smtp.wait_for(to_zoe, count=2, what="the invitation with the chosen time")[1]
        first = event_of(first_mail)
        uid = str(first["UID"])
        start = first["DTSTART"].dt
        self.assertEqual((start.month, start.day, start.hour, start.minute), (10, 26, 10, 0))
        self.assertEqual(first["DTSTART"].params["TZID"], "Europe/Amsterdam")
        self.assertIn("maandag 26 oktober 2026", first_mail.text())
        reminders = self.message_rows(api, lambda r: r["kind"] == "reminder")
        self.assertEqual([(r["state"], r["send_at"]) for r in reminders], [("queued", utc(2026, 10, 25, 8, 0, 0))])

        # Move to the second time from the same link: the same event, a higher SEQUENCE, the reminder moved.
        status, html = page(link, {"answer": "accept", "slot": slot_ids[1]})
        self.assertEqual(status, 200)
        second_mail = smtp.wait_for(to_zoe, count=3, what="the invitation with the new time")[2]
        second = event_of(second_mail)
        self.assertEqual(str(second["UID"]), uid, "the same calendar event")
        self.assertGreater(int(second["SEQUENCE"]), int(first["SEQUENCE"]))
        start = second["DTSTART"].dt
        self.assertEqual((start.month, start.day, start.hour, start.minute), (10, 27, 14, 0))
        reminders = self.message_rows(api, lambda r: r["kind"] == "reminder")
        self.assertEqual(sorted((r["state"], r["send_at"]) for r in reminders),
                         sorted([("cancelled", utc(2026, 10, 25, 8, 0, 0)), ("queued", utc(2026, 10, 26, 8, 0, 0))]))

        # The recruiter sees who took which time; the history keeps both choices (P10).
        status, row = api.get("/api/interviews/%d" % created["interview_id"])
        self.assertEqual(status, 200)
        self.assertEqual([(s["seats"], s["taken"]) for s in row["slots"]], [(1, 0), (1, 1)])
        self.assertEqual(row["slots"][1]["taken_by"][0]["candidate_id"], zoe["id"])
        self.assertEqual(row["invitations"][0]["answer"], "accepted")
        status, detail = api.get("/api/candidates/%d" % zoe["id"])
        reasons = [e["reason"] for e in detail["invitations"][0]["invitation"]["history"]]
        self.assertEqual(reasons.count("slot_chosen"), 1)
        self.assertEqual(reasons.count("slot_changed"), 1)
        # The attendee heard of both choices, in their own language, with the candidate's time.
        notices = smtp.wait_for(lambda m: "anna@example.com" in m.rcpt_tos, count=2, what="the team's notifications")
        self.assertIn("27 oktober 2026", notices[1].subject)


if __name__ == "__main__":
    unittest.main()
