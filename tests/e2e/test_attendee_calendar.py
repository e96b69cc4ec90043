"""Issue 10, "Attendees hear nothing": a colleague added as attendee gets an e-mail with the interview's calendar
invite — the same event as the candidates' (B1: one UID, SEQUENCE up on every change), METHOD:REQUEST when planned
and moved, METHOD:CANCEL when cancelled. The recruiter who planned it is the ORGANIZER and gets no copy."""

import unittest

from harness import E2ETestCase, invitation_body, utc
from test_reschedule_cancel import event_of


def addresses(event):
    attendees = event["ATTENDEE"] if isinstance(event["ATTENDEE"], list) else [event["ATTENDEE"]]
    return sorted(str(a).lower() for a in attendees)


class AttendeeCalendar(E2ETestCase):

    def test_issue10_attendee_gets_request_update_and_cancel_of_the_candidates_event(self):
        smtp = self.start_smtp()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        api = self.login(server)
        status, users = api.get("/api/users")
        self.assertEqual(status, 200, users)
        bram = [u for u in users if u["email"] == "bram@example.com"][0]
        vacancy_id, c = api.find_candidates("Zoë Çelik")
        zoe = c["Zoë Çelik"]
        created = self.invite(api, invitation_body(vacancy_id, [zoe["id"]], "2026-10-26", "10:00",
                                                   [api.user["id"], bram["id"]]))
        interview_id = created["interview_id"]
        to_bram = lambda m: m.rcpt_tos == [bram["email"]]
        to_zoe = lambda m: m.rcpt_tos == [zoe["email"]]

        (invite,) = smtp.wait_for(to_bram, what="the attendee's invitation")
        (candidate_mail,) = smtp.wait_for(to_zoe, what="the candidate's invitation")
        method, cal_method, event = event_of(invite)
        self.assertEqual((method, cal_method, int(event["SEQUENCE"])), ("REQUEST", "REQUEST", 0))
        _, _, candidates_event = event_of(candidate_mail)
        self.assertEqual(str(event["UID"]), str(candidates_event["UID"]), "one event for everyone")
        self.assertEqual(str(event["ORGANIZER"]).lower(), "mailto:" + api.user["email"])
        self.assertEqual(addresses(event), ["mailto:" + api.user["email"], "mailto:" + bram["email"]],
                         "the colleague's copy names the team, not the candidate's address")
        self.assertIn("Zoë Çelik", invite.text())  # who is coming
        self.assertIn("10:00", invite.subject)
        self.assertEqual(invite.part("text/html"), None)
        self.assertEqual(smtp.messages(lambda m: m.rcpt_tos == [api.user["email"]]), [], "no copy to the organizer")

        status, res = api.request("PATCH", "/api/interviews/%d" % interview_id, {"date": "2026-10-27", "time": "14:00"})
        self.assertEqual(status, 200, res)
        moved = smtp.wait_for(to_bram, count=2, what="the attendee's update")[1]
        method, _, second = event_of(moved)
        self.assertEqual((method, str(second["UID"]), int(second["SEQUENCE"])), ("REQUEST", str(event["UID"]), 1))
        start = second["DTSTART"].dt
        self.assertEqual((start.month, start.day, start.hour), (10, 27, 14))

        status, res = api.request("DELETE", "/api/interviews/%d" % interview_id)
        self.assertEqual(status, 200, res)
        cancelled = smtp.wait_for(to_bram, count=3, what="the attendee's cancellation")[2]
        method, cal_method, third = event_of(cancelled)
        self.assertEqual((method, cal_method, int(third["SEQUENCE"])), ("CANCEL", "CANCEL", 2))
        self.assertEqual(str(third["STATUS"]), "CANCELLED")
        self.assertEqual(smtp.messages(lambda m: m.rcpt_tos == [api.user["email"]]), [])

    def test_F8_B1_one_candidate_moved_alone_keeps_their_event_and_the_others_hear_nothing(self):
        smtp = self.start_smtp()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik", "Sanne de Jong")
        zoe, sanne = c["Zoë Çelik"], c["Sanne de Jong"]
        body = invitation_body(vacancy_id, [zoe["id"], sanne["id"]], "2026-10-26", "10:00", [api.user["id"]])
        body["interview"]["type"] = "group"
        created = self.invite(api, body)
        smtp.wait_for(count=2, what="the two invitations")
        (first_zoe,) = smtp.messages(lambda m: m.rcpt_tos == [zoe["email"]])
        _, _, first = event_of(first_zoe)
        zoe_invitation = created["invitation_ids"][0]

        status, res = api.request("POST", "/api/invitations/%d/reschedule" % zoe_invitation,
                                  {"date": "2026-10-27", "time": "09:00"})
        self.assertEqual(status, 200, res)
        self.assertNotEqual(res["interview"]["id"], created["interview_id"], "Zoë has an interview of her own now")
        moved = smtp.wait_for(lambda m: m.rcpt_tos == [zoe["email"]], count=2, what="Zoë's reschedule")[1]
        method, _, second = event_of(moved)
        self.assertEqual(method, "REQUEST")
        self.assertEqual(str(second["UID"]), str(first["UID"]), "her calendar updates the event she has")
        self.assertEqual(int(second["SEQUENCE"]), int(first["SEQUENCE"]) + 1)
        self.assertEqual(len(smtp.messages(lambda m: m.rcpt_tos == [sanne["email"]])), 1, "Sanne keeps her time")


if __name__ == "__main__":
    unittest.main()
