"""B1, B4, P2, P3, P7: an invitation travels over real SMTP, is read like a mail client reads it, and is answered."""

import datetime
import email.utils
import html
import unittest

import icalendar

from harness import E2ETestCase, invitation_body, utc


class InvitationOverSmtp(E2ETestCase):

    def test_B1_B4_P2_invitation_over_real_smtp_parsed_then_answered_on_the_page(self):
        smtp = self.start_smtp()
        now = utc(2026, 10, 20, 10, 0, 0)
        server = self.start_server(test_now=now, smtp_url=smtp.url)
        api = self.login(server)
        vacancy_id, found = api.find_candidates("Zoë Çelik", "Łukasz Wróbel")
        zoe, lukasz = found["Zoë Çelik"], found["Łukasz Wróbel"]
        title = [v["title"] for v in api.get("/api/vacancies")[1] if v["id"] == vacancy_id][0]
        created = self.invite(api, invitation_body(vacancy_id, [zoe["id"], lukasz["id"]], "2026-10-26", "10:00",
                                                   [api.user["id"]]))
        interview_id = created["interview_id"]

        received = smtp.wait_for(count=2, what="invitations")
        self.assertEqual(sorted(r.rcpt_tos[0] for r in received), sorted([zoe["email"], lukasz["email"]]))
        m = [r for r in received if r.rcpt_tos == [zoe["email"]]][0]

        # --- headers: 7-bit on the wire, RFC 2047 words that decode to the UTF-8 names (B4)
        self.assertTrue(all(b < 0x80 for b in m.raw), "the message is not 7-bit clean")
        raw_headers = m.raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
        self.assertIn("Subject: =?UTF-8?", raw_headers)
        self.assertEqual(m.subject, "Uitnodiging voor Zoë Çelik: " + title)
        self.assertEqual(m.message["To"].addresses[0].display_name, "Zoë Çelik")
        self.assertEqual(m.message["To"].addresses[0].addr_spec, zoe["email"])
        self.assertEqual(m.message["Reply-To"].addresses[0].addr_spec, "anna@example.com")
        self.assertEqual(m.message["MIME-Version"], "1.0")
        self.assertRegex(m.message_id, r"^<kandidaat-message-\d+@[a-z0-9.-]+>$")
        sent_date = email.utils.parsedate_to_datetime(m.message["Date"])
        self.assertEqual(sent_date.utcoffset(), datetime.timedelta(hours=2))  # CEST on 20 October
        self.assertLess(abs(sent_date.timestamp() - now), 60)
        self.assertEqual(m.mail_from, "kandidaat@localhost")  # the envelope sender of this installation
        self.assertEqual(m.message.defects, [])

        # --- structure: multipart/mixed { alternative { plain, html, calendar }, invite.ics }
        self.assertEqual(m.message.get_content_type(), "multipart/mixed")
        self.assertIn("Beste Zoë,", m.text())
        self.assertIn("Beste Zoë,", html.unescape(m.html()))
        self.assertIn("maandag 26 oktober 2026", m.text())
        calendar_part = m.part("text/calendar")
        self.assertIsNotNone(calendar_part)
        self.assertEqual(calendar_part.get_param("method"), "REQUEST")
        attachment = [p for p in m.message.walk() if p.get_filename() == "invite.ics"]
        self.assertEqual(len(attachment), 1)
        self.assertEqual(attachment[0].get_payload(decode=True), calendar_part.get_payload(decode=True))

        # --- the .ics, read by a real iCalendar parser (B1)
        cal = icalendar.Calendar.from_ical(calendar_part.get_payload(decode=True))
        self.assertEqual(str(cal["METHOD"]), "REQUEST")
        self.assertEqual([str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")], ["Europe/Amsterdam"])
        (event,) = cal.walk("VEVENT")
        self.assertRegex(str(event["UID"]), r"^interview-%d@" % interview_id)
        self.assertEqual(int(event["SEQUENCE"]), 0)
        self.assertEqual(event["DTSTART"].params["TZID"], "Europe/Amsterdam")
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        self.assertEqual((start.year, start.month, start.day, start.hour, start.minute), (2026, 10, 26, 10, 0))
        self.assertEqual(start.utcoffset(), datetime.timedelta(hours=1))  # CET: after the October switch
        self.assertEqual(end - start, datetime.timedelta(minutes=45))
        self.assertIn(title, str(event["SUMMARY"]))
        self.assertEqual(str(event["LOCATION"]), "Herengracht 1, Amsterdam")
        attendees = event["ATTENDEE"] if isinstance(event["ATTENDEE"], list) else [event["ATTENDEE"]]
        self.assertIn("mailto:" + zoe["email"], [str(a) for a in attendees])
        self.assertIn("Zoë Çelik", [a.params.get("CN") for a in attendees])
        self.assertEqual(str(event["ORGANIZER"]), "mailto:anna@example.com")
        self.assertEqual(str(event["STATUS"]), "CONFIRMED")

        # --- the English candidate got the English variant
        en = [r for r in received if r.rcpt_tos == [lukasz["email"]]][0]
        self.assertEqual(en.subject, "Invitation for Łukasz Wróbel: " + title)

        # --- follow the link against the running server and answer by POST (P2, P3, P8)
        links = m.links()
        self.assertEqual(len(set(links)), 1, links)
        link = links[0]
        self.assertTrue(link.startswith(server.url + "/c/"), link)
        status, page = api.request("GET", link)
        self.assertEqual(status, 200)
        self.assertIn('name="answer"', page)
        status, _ = api.get("/api/interviews")
        self.assertEqual(status, 200)
        status, thanks = api.request("POST", link, form={"answer": "accept"})
        self.assertEqual(status, 200, thanks)
        status, interviews = api.get("/api/interviews")
        answers = {i["candidate_id"]: i["answer"] for row in interviews for i in row["invitations"]
                   if row["interview"]["id"] == interview_id}
        self.assertEqual(answers, {zoe["id"]: "accepted", lukasz["id"]: "pending"})

        # --- the message log shows both as sent, once (B3)
        log = self.message_rows(api, lambda r: r["kind"] == "invitation")
        self.assertEqual(sorted((r["recipient"], r["state"], r["attempts"]) for r in log),
                         sorted([(zoe["email"], "sent", 1), (lukasz["email"], "sent", 1)]))
        to_candidates = lambda m: m.rcpt_tos != [api.user["email"]]
        self.assertEqual(len(smtp.messages(to_candidates)), 2)
        # Issue 11: the recruiter who planned it hears the answer (an e-mail of its own, not a candidate's).
        (notice,) = smtp.wait_for(lambda m: m.rcpt_tos == [api.user["email"]], what="the recruiter's notification")
        self.assertIn("Zoë Çelik", notice.subject)


if __name__ == "__main__":
    unittest.main()
