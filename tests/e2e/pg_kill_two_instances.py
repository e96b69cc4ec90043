"""Issue 14, the two-instance kill test (PostgreSQL only; ctest "e2e on PostgreSQL: two instances behind nginx, …").

Two server processes behind Debian's nginx (an upstream block, round robin) on one PostgreSQL database, one shared
secret (KANDIDAAT_SECRET), each with a data folder of its own. 1,000 candidates are invited through both (two bulk
invites of 500, one per instance, at the same time); while both dispatchers send to the real SMTP server (aiosmtpd),
instance A is SIGKILLed with a message in flight: the SMTP server has accepted it, A never learned so. The rows A
held stay claimed until their 60-second lease expires; to get there without waiting a minute, time moves on the
only way a server's clock can: B is stopped once it sent everything it could, and both come back up with their
clocks 62 s later (--test-now). Then every one of the 1,000 invitations has reached the SMTP server exactly once,
except the one the README's delivery guarantee allows — the row in flight when A died, at most one per killed
process — and 20 candidates answer through nginx; every answer is visible through each instance directly.

Not a test_*.py file: the suites that run every e2e test (on SQLite, on PostgreSQL, under ASan) leave it out; ctest
runs it once, on PostgreSQL.
"""

import collections
import os
import re
import subprocess
import threading
import time
import unittest

from harness import (ON_POSTGRES, Api, E2ETestCase, KandidaatServer, db_rows, free_port, invitation_body,
                     postgres_database_for, utc, wait_until)

CANDIDATES = 1000
ANSWERS = 20
SECRET = "5f" * 32


class Nginx:
    """Debian's nginx as the load balancer: an upstream block with both instances, round robin."""

    def __init__(self, work, ports):
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        os.makedirs(os.path.join(work, "logs"), exist_ok=True)
        conf = os.path.join(work, "nginx.conf")
        servers = "".join("server 127.0.0.1:%d max_fails=1 fail_timeout=1s; " % p for p in ports)
        with open(conf, "w") as f:
            f.write(f"""user root; worker_processes 1; daemon off; pid {work}/nginx.pid; error_log {work}/logs/error.log;
events {{ worker_connections 256; }}
http {{ access_log off; client_body_temp_path {work}/body; proxy_temp_path {work}/proxy;
  fastcgi_temp_path {work}/fcgi; uwsgi_temp_path {work}/uwsgi; scgi_temp_path {work}/scgi;
  upstream kandidaat {{ {servers}keepalive 8; }}
  server {{ listen 127.0.0.1:{self.port};
    location / {{ proxy_pass http://kandidaat; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host $http_host; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502; }} }} }}
""")
        self.proc = subprocess.Popen(["nginx", "-c", conf, "-p", work], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        import socket
        for _ in range(100):
            if self.proc.poll() is not None:
                raise AssertionError("nginx did not start: " + self.proc.stderr.read().decode())
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("nginx did not listen")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.proc.stderr.close()


def row_of(message):
    """The outbox row id in a Message-ID <kandidaat-message-<row>@host>."""
    return int(re.search(r"kandidaat-message-(\d+)@", message.message_id).group(1))


@unittest.skipUnless(ON_POSTGRES, "PostgreSQL only: run through tests/pg/cluster.sh run (ctest does)")
class TwoInstancesBehindNginx(E2ETestCase):

    def server(self, name, port, smtp, nginx_url, test_now):
        s = KandidaatServer(os.path.join(self.tmp, name), test_now=test_now, smtp_url=smtp.url, port=port,
                            database=self.database, env={"KANDIDAAT_SECRET": SECRET},
                            extra_args=["--public-url", nginx_url, "--trust-proxy"])
        self.servers.append(s)
        self.addCleanup(s.stop)
        return s.start()

    def test_issue14_two_instances_behind_nginx_one_killed_mid_dispatch_each_message_once_but_the_one_in_flight(self):
        started = time.monotonic()
        smtp = self.start_smtp()
        self.database = postgres_database_for(os.path.join(self.tmp, "a"))  # one database for both
        port_a, port_b = free_port(), free_port()
        nginx = Nginx(os.path.join(self.tmp, "nginx"), [port_a, port_b])
        self.addCleanup(nginx.stop)
        now = utc(2026, 10, 20, 10, 0, 0)
        a = self.server("a", port_a, smtp, nginx.url, now)
        b = self.server("b", port_b, smtp, nginx.url, now)

        # 1,000 applicants to one vacancy (seeded in the shared database), invited through both instances at once.
        api_a, api_b = self.login(a), self.login(b)
        status, vacancies = api_a.get("/api/vacancies")
        self.assertEqual(status, 200, vacancies)
        vacancy = min(v["id"] for v in vacancies)
        ids = sorted(r[0] for r in db_rows(
            a.data_dir, "WITH c AS (INSERT INTO candidates (first_name, last_name, email, language, created_at) "
                        "SELECT 'Kandidaat', 'Nummer ' || g, 'k' || g || '@example.org', 'nl', 0 "
                        "FROM generate_series(1, %d) g RETURNING id) "
                        "INSERT INTO applications (candidate_id, vacancy_id, applied_at, updated_at) "
                        "SELECT id, %d, 0, 0 FROM c RETURNING candidate_id" % (CANDIDATES, vacancy)))
        self.assertEqual(len(ids), CANDIDATES)  # k1 … k1000 in id order
        half = CANDIDATES // 2
        created = {}

        def invite(api, name, part, time_):
            created[name] = self.invite(api, invitation_body(vacancy, part, "2026-10-26", time_, [api.user["id"]]))

        threads = [threading.Thread(target=invite, args=(api_a, "a", ids[:half], "10:00")),
                   threading.Thread(target=invite, args=(api_b, "b", ids[half:], "14:00"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(set(created), {"a", "b"}, "both bulk invites answered 201")
        invited_at = time.monotonic()

        # Mid-dispatch: once a few hundred are out, the SMTP server holds its reply to DATA (each message is then
        # accepted, its sender still waits). As soon as one of A's messages is held, A is SIGKILLed.
        smtp.wait_for(count=200, timeout=60, what="the first invitations")
        held_from = len(smtp.messages())
        smtp.hold_data_reply()
        owner_a = "%:" + str(a.proc.pid) + ":%"

        def a_in_flight():
            rows = sorted({row_of(m) for m in smtp.messages()[held_from:]})
            if not rows:
                return None
            held = db_rows(a.data_dir, "SELECT id FROM messages WHERE state = 'sending' AND lease_owner LIKE '%s' "
                                       "AND id IN (%s)" % (owner_a, ",".join(map(str, rows))))
            return held[0][0] if held else None

        in_flight = wait_until(a_in_flight, 20, "one of A's messages at the SMTP server, unrecorded")
        a.kill()
        held_by_a = {r[0] for r in db_rows(a.data_dir, "SELECT id FROM messages WHERE state = 'sending' AND "
                                                       "lease_owner LIKE '%s'" % owner_a)}
        self.assertIn(in_flight, held_by_a)
        smtp.release()

        # B sends everything that A does not hold; A's rows wait for their lease.
        def b_done():
            left = db_rows(a.data_dir, "SELECT COUNT(*) FROM messages WHERE state <> 'sent'")[0][0]
            return left == len(held_by_a)
        wait_until(b_done, 60, "B to send every row A did not hold")
        self.assertEqual(db_rows(a.data_dir, "SELECT COUNT(*) FROM messages WHERE state = 'sending'")[0][0],
                         len(held_by_a), "A's rows stay claimed until their lease expires")

        # 62 s later: B restarted, A replaced (the same upstream ports), both clocks past A's leases.
        later = b.server_time_bounds(time.time())[1] + 62
        b.stop()
        a2 = self.server("a", port_a, smtp, nginx.url, later)
        b2 = self.server("b", port_b, smtp, nginx.url, later)
        wait_until(lambda: db_rows(a.data_dir, "SELECT COUNT(*) FROM messages WHERE state <> 'sent'")[0][0] == 0,
                   30, "A's rows taken over and sent after their lease")
        time.sleep(1.2)  # more than a poll interval of both dispatchers: nothing else arrives

        # Every invitation once, but the one in flight when A died: the duplicate the guarantee allows.
        received = smtp.messages()
        per_row = collections.Counter(row_of(m) for m in received)
        self.assertEqual(len(per_row), CANDIDATES, "every invitation reached the SMTP server")
        duplicates = {row: n for row, n in per_row.items() if n > 1}
        self.assertEqual(duplicates, {in_flight: 2}, "one duplicate at most per killed process: the row in flight")
        recipients = collections.Counter(m.rcpt_tos[0] for m in received)
        self.assertEqual(set(recipients), {"k%d@example.org" % g for g in range(1, CANDIDATES + 1)})
        states = db_rows(a.data_dir, "SELECT state, COUNT(*), MAX(attempts) FROM messages GROUP BY state")
        self.assertEqual([(s, n) for s, n, _ in states], [("sent", CANDIDATES)])
        self.assertEqual(db_rows(a.data_dir, "SELECT COUNT(*) FROM messages WHERE attempts = 2")[0][0],
                         len(held_by_a), "only A's rows were claimed twice")
        by_owner = dict(db_rows(a.data_dir, "SELECT split_part(lease_owner, ':', 2), COUNT(*) FROM messages "
                                            "GROUP BY 1"))  # the last holder of each row: who sent it
        self.assertGreater(by_owner.get(a.proc.pid, 0), 0, "A's dispatcher sent its share before it died")
        self.assertGreater(by_owner.get(b.proc.pid, 0), 0, "so did B's")
        dispatched_at = time.monotonic()

        # 20 candidates answer through nginx (round robin over both); each answer shows through each instance.
        answered = {}
        by_recipient = {m.rcpt_tos[0]: m for m in received}
        for g in range(1, CANDIDATES + 1, CANDIDATES // ANSWERS):
            mail = by_recipient["k%d@example.org" % g]
            link = [l for l in mail.links() if "/c/" in l][0]
            self.assertTrue(link.startswith(nginx.url + "/c/"), link)
            status, page = Api(nginx.url).request("POST", link, form={"answer": "accept"})
            self.assertEqual(status, 200, page)
            answered[ids[g - 1]] = "accepted"
        self.assertEqual(len(answered), ANSWERS)
        for api in (self.login(a2), self.login(b2)):
            status, interviews = api.get("/api/interviews")
            self.assertEqual(status, 200, interviews)
            answers = {i["candidate_id"]: i["answer"] for row in interviews for i in row["invitations"]
                       if row["interview"]["id"] in (created["a"]["interview_id"], created["b"]["interview_id"])}
            self.assertEqual(len(answers), CANDIDATES)
            self.assertEqual({c: answers[c] for c in answered}, answered)
            self.assertEqual(sum(v == "accepted" for v in answers.values()), ANSWERS)
        print("\ntimes: invites %.1f s, dispatch with kill and takeover %.1f s, whole test %.1f s"
              % (invited_at - started, dispatched_at - invited_at, time.monotonic() - started))


if __name__ == "__main__":
    unittest.main()
