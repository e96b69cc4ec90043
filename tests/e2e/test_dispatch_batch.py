"""Issue 12, dispatch: the invitations of one bulk invite are claimed in batches and go out over one kept SMTP
connection; a server that closes the connection between messages loses nothing (the next one goes on a fresh
connection). Real server, real SMTP server (aiosmtpd)."""

import unittest

from harness import E2ETestCase, invitation_body, utc, wait_until


class DispatchBatches(E2ETestCase):

    def invite_everyone(self, smtp):
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        api = self.login(server)
        best = None
        for v in api.get("/api/vacancies")[1]:
            rows = api.get("/api/vacancies/%d/candidates" % v["id"])[1]
            ids = [r["candidate"]["id"] for r in rows if r["candidate"].get("email")]
            if best is None or len(ids) > len(best[1]):
                best = (v["id"], ids)
        vacancy_id, ids = best
        self.assertGreaterEqual(len(ids), 4, "the demo data needs a vacancy with several candidates")
        self.invite(api, invitation_body(vacancy_id, ids, "2026-10-26", "10:00", [api.user["id"]]))
        return api, ids

    def invitation_rows_once_recorded(self, api, n):
        def done():
            rows = [r for r in api.messages() if r["kind"] == "invitation"]
            return rows if len(rows) == n and all(r["state"] != "sending" for r in rows) else None
        return wait_until(done, 6, "the outcomes recorded")

    def test_issue12_a_bulk_invite_goes_out_over_one_smtp_connection(self):
        smtp = self.start_smtp()
        api, ids = self.invite_everyone(smtp)
        received = smtp.wait_for(count=len(ids), what="invitations")
        self.assertEqual(len(received), len(ids))
        self.assertEqual(len({m.message_id for m in received}), len(ids), "each invitation once")
        self.assertEqual(smtp.connections, 1, "one connection carried them all")
        rows = self.invitation_rows_once_recorded(api, len(ids))
        self.assertEqual(sorted((r["state"], r["attempts"]) for r in rows), [("sent", 1)] * len(ids))

    def test_issue12_a_connection_the_smtp_server_closed_is_replaced_nothing_lost(self):
        smtp = self.start_smtp()
        smtp.close_connection_every(2)
        api, ids = self.invite_everyone(smtp)
        received = smtp.wait_for(count=len(ids), what="invitations")
        self.assertEqual(len({m.message_id for m in received}), len(ids), "each invitation once")
        self.assertEqual(len(received), len(ids), "no duplicate")
        self.assertEqual(smtp.connections, (len(ids) + 1) // 2)
        rows = self.invitation_rows_once_recorded(api, len(ids))
        self.assertEqual(sorted((r["state"], r["attempts"]) for r in rows), [("sent", 1)] * len(ids))


if __name__ == "__main__":
    unittest.main()
