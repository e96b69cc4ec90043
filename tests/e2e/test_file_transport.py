"""The embedded default (`./dev run`, no --smtp-url / --sms-url): each e-mail becomes a readable .eml file and each
SMS a small JSON file in <data-dir>/outbox/, named so they sort by time, with working confirmation links (P2)."""

import email
import email.policy
import json
import os
import re
import stat
import unittest

from harness import LEADS, E2ETestCase, invitation_body, utc, wait_until, with_lead


class FileTransport(E2ETestCase):

    @with_lead(*LEADS)
    def test_P2_without_smtp_settings_messages_are_readable_eml_and_json_files_with_working_links(self, lead):
        moment = utc(2026, 10, 24, 7, 0, 0)
        server = self.start_server(test_now=moment - lead)
        self.assertIn("e-mail via files in", server.output())
        outbox = os.path.join(server.data_dir, "outbox")
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik")
        zoe = c["Zoë Çelik"]
        self.invite(api, invitation_body(vacancy_id, [zoe["id"]], "2026-10-26", "10:00", [api.user["id"]],
                                         reminder="email_and_sms", days_before=2))

        def files():
            return sorted(os.listdir(outbox)) if os.path.isdir(outbox) else []
        # (a file being written is a dot file renamed when complete: wait for the three complete ones)
        wait_until(lambda: len([n for n in files() if not n.startswith(".")]) >= 3, self.seconds_until_due(server, moment),
                   "the invitation .eml, the reminder .eml and the reminder .sms.json")
        names = files()
        self.assertFalse([n for n in names if n.startswith(".")], "no temporary files left behind")
        self.assertEqual(len(names), 3, names)
        for n in names:
            self.assertRegex(n, r"^\d{8}T\d{6}Z-\d{8}-[a-z]+-(email\.eml|sms\.sms\.json)$")
            mode = stat.S_IMODE(os.stat(os.path.join(outbox, n)).st_mode)
            self.assertEqual(mode & 0o077, 0, "%s is readable by others (it holds a confirmation link)" % n)
        invitation_file = [n for n in names if "-invitation-email.eml" in n][0]
        self.assertTrue(names[0] == invitation_file, "sorted by time: the invitation comes first")
        self.assertTrue(names[1].startswith("20261024T070000Z-"), names)  # the reminders' due moment, UTC

        with open(os.path.join(outbox, invitation_file), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        self.assertEqual(msg.defects, [])
        self.assertEqual(msg["To"].addresses[0].display_name, "Zoë Çelik")
        self.assertIn("Zoë Çelik", str(msg["Subject"]))
        text = msg.get_body(("plain",)).get_content()
        self.assertIsNotNone(msg.get_body(("html",)))
        self.assertTrue([p for p in msg.walk() if p.get_content_type() == "text/calendar"])
        (link,) = set(re.findall(r"https?://[^\s<>\"]+/c/[A-Za-z0-9_-]+", text))

        # The link works against the running server: the page, then the answer by POST.
        status, page = api.request("GET", link)
        self.assertEqual(status, 200)
        self.assertIn('value="accept"', page)
        status, _ = api.request("POST", link, form={"answer": "accept"})
        self.assertEqual(status, 200)
        status, interviews = api.get("/api/interviews")
        self.assertEqual([i["answer"] for row in interviews for i in row["invitations"]], ["accepted"])

        with open(os.path.join(outbox, [n for n in names if n.endswith(".sms.json")][0]), encoding="utf-8") as f:
            sms = json.load(f)
        self.assertEqual(sms["to"], zoe["mobile"])
        self.assertTrue(sms["text"])
        # A file is in place a moment before its row is marked sent: wait for the bookkeeping, not just the files.
        rows = wait_until(lambda: (lambda rs: rs if sorted(r["state"] for r in rs if r["kind"] != "notification")
                                   == ["sent", "sent", "sent"] else None)(api.messages()), 5,
                          "the three rows marked sent")
        # Issue 11: the answer told to the recruiter is a row (and a file) of its own.
        self.assertEqual([r["recipient"] for r in rows if r["kind"] == "notification"], [api.user["email"]])


if __name__ == "__main__":
    unittest.main()
