"""R9 / R4 / R3: SMS reminders through an HTTP gateway (a local stand-in that records what it gets): the E.164
number, the sender id and the bearer token; none for a candidate without a mobile number (who still gets the
e-mail); none at all from a recruiter without SMS access. A gateway failure is queued for a retry like SMTP's
(4xx = permanent is covered by tests/backend/notify_transport_test.cpp)."""

import time
import unittest

from harness import LEADS, E2ETestCase, invitation_body, utc, wait_until, with_lead


class SmsThroughGateway(E2ETestCase):

    @with_lead(*LEADS)
    def test_R9_R4_sms_reminder_via_gateway_with_e164_number_none_without_mobile(self, lead):
        smtp = self.start_smtp()
        sms = self.start_sms()
        moment = utc(2026, 10, 24, 7, 0, 0)  # Saturday 09:00 CEST for a Monday interview, 2 days before
        server = self.start_server(test_now=moment - lead, smtp_url=smtp.url, sms_url=sms.url,
                                   sms_token="secret-token-1")
        anna = self.login(server)
        vacancy_id, c = anna.find_candidates("Zoë Çelik", "Søren Ødegård")
        zoe, soren = c["Zoë Çelik"], c["Søren Ødegård"]
        self.assertTrue(zoe["mobile"].startswith("+"))
        self.assertEqual(soren["mobile"], "")
        body = invitation_body(vacancy_id, [zoe["id"], soren["id"]], "2026-10-26", "10:00", [anna.user["id"]],
                               reminder="email_and_sms", days_before=2)

        # R4: a recruiter without SMS access cannot cause any SMS, and nothing is queued.
        bram = self.login(server, "bram@example.com")
        status, err = bram.post("/api/invitations", body)
        self.assertEqual(status, 403, err)
        self.assertEqual(anna.messages(), [])

        # R9: the preview names the candidate without a mobile number.
        status, preview = anna.post("/api/invitations/preview", body)
        self.assertEqual(status, 200, preview)
        self.assertIn("Søren Ødegård", str(preview))

        self.invite(anna, body)
        rows = self.message_rows(anna, lambda r: r["kind"] == "reminder")
        self.assertEqual(sorted((r["channel"], r["recipient"]) for r in rows),
                         sorted([("email", zoe["email"]), ("sms", zoe["mobile"]), ("email", soren["email"])]))

        wait_until(lambda: sms.received(), self.seconds_until_due(server, moment), "the SMS at the gateway")
        smtp.wait_for(lambda m: m.subject.startswith(("Herinnering", "Reminder")), count=2,
                      timeout=self.seconds_until_due(server, moment), what="the two e-mail reminders")
        time.sleep(1.2)
        (req,) = sms.received()
        self.assert_server_time_at_least(server, req["at"], moment, "the SMS")
        self.assertEqual(req["path"], "/v1/sms")
        self.assertEqual(req["headers"].get("Authorization"), "Bearer secret-token-1")
        self.assertTrue(req["headers"].get("Content-Type", "").startswith("application/json"))
        self.assertEqual(req["body"]["to"], zoe["mobile"])
        self.assertRegex(req["body"]["to"], r"^\+[1-9][0-9]{7,14}$")  # E.164
        self.assertTrue(req["body"]["from"])
        self.assertIn("maandag 26 oktober 2026 om 10:00", req["body"]["text"])  # Zoë reads Dutch
        rows = self.message_rows(anna, lambda r: r["kind"] == "reminder")
        self.assertEqual(sorted(r["state"] for r in rows), ["sent"] * 3)

    @with_lead(*LEADS)
    def test_B3_sms_gateway_5xx_is_logged_with_the_reason_and_queued_for_a_retry(self, lead):
        sms = self.start_sms()
        sms.status = 503
        moment = utc(2026, 10, 24, 7, 0, 0)
        server = self.start_server(test_now=moment - lead, sms_url=sms.url, sms_token="t")
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik")
        self.invite(api, invitation_body(vacancy_id, [c["Zoë Çelik"]["id"]], "2026-10-26", "10:00",
                                         [api.user["id"]], action="no_email", reminder="sms", days_before=2))
        row = wait_until(lambda: [r for r in api.messages() if r["channel"] == "sms" and r["attempts"] >= 1
                                          and r["state"] != "sending"],
                         self.seconds_until_due(server, moment), "the first SMS attempt")[0]
        self.assertEqual(row["state"], "queued")
        self.assertIn("503", row["last_error"])
        self.assertEqual(len(sms.received()), 1)


if __name__ == "__main__":
    unittest.main()
