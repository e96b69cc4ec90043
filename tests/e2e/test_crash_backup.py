"""Issue 17, crash and backup safety (SECURITY.md S20, S21), against the real server process and its real file.

S20: the server is SIGKILLed while it writes a 500-candidate invitation (one transaction) and again while its
outbox sends those 500 e-mails; after every kill `PRAGMA integrity_check` is ok, an interview has all of its
invitations and their messages or none of them, and after the restart every e-mail arrives, with at most the one
duplicate per kill that the README's delivery guarantee allows (same Message-ID).
S21: `kandidaat-server --data-dir D backup FILE` while invitations are being written gives a complete,
consistent copy that a server started on it serves."""

import os
import signal
import shutil
import sqlite3
import subprocess
import threading
import time
import unittest

from harness import ON_POSTGRES, SERVER, E2ETestCase, Api, invitation_body, utc, wait_until, free_port

MOMENT = utc(2026, 11, 2, 8, 0, 0)   # the server's clock in this test
DATE = "2026-11-20"                  # the interview, well after it
EXTRA = 500


def db_path(data_dir):
    return os.path.join(data_dir, "kandidaat.sqlite")


def query(data_dir, sql, *args):
    db = sqlite3.connect(db_path(data_dir), timeout=10)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def integrity(data_dir):
    return query(data_dir, "PRAGMA integrity_check")[0][0]


def write_lock_held(data_dir):
    """True when some connection holds the database's write lock right now (BEGIN IMMEDIATE fails at once)."""
    db = sqlite3.connect(db_path(data_dir), timeout=0, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        db.close()


def add_candidates(data_dir, vacancy_id, n):
    """n more applicants for the vacancy, written straight into the (stopped) server's file."""
    db = sqlite3.connect(db_path(data_dir))
    try:
        ids = []
        with db:
            for i in range(n):
                cur = db.execute("INSERT INTO candidates (first_name, last_name, email, language, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)",
                                 ("Kandidaat%03d" % i, "Test", "k%03d@example.org" % i, "nl" if i % 2 else "en",
                                  MOMENT - 86400))
                ids.append(cur.lastrowid)
                db.execute("INSERT INTO applications (candidate_id, vacancy_id, status, applied_at, updated_at) "
                           "VALUES (?, ?, 'new', ?, ?)", (cur.lastrowid, vacancy_id, MOMENT - 86400, MOMENT - 86400))
        return ids
    finally:
        db.close()


@unittest.skipIf(ON_POSTGRES, "SQLite's file, write lock and online backup (PostgreSQL: pg_dump; its kill test is "
                              "the two-instance one of issue 14)")
class CrashAndBackup(E2ETestCase):

    def assert_all_or_nothing(self, data_dir, expected_per_interview):
        """Every interview has exactly its invitations, each with its invitation e-mail row; no orphans."""
        self.assertEqual(integrity(data_dir), "ok")
        per_interview = query(data_dir, "SELECT iv.id, (SELECT count(*) FROM invitations i WHERE i.interview_id = iv.id), "
                                        "(SELECT count(*) FROM messages m WHERE m.interview_id = iv.id "
                                        "  AND m.kind = 'invitation') FROM interviews iv WHERE iv.vacancy_id = 1")
        for interview_id, invitations, messages in per_interview:
            if invitations == expected_per_interview:
                self.assertEqual(messages, expected_per_interview, "interview %d: e-mails missing" % interview_id)
        orphans = query(data_dir, "SELECT count(*) FROM invitations WHERE interview_id NOT IN (SELECT id FROM interviews)")
        self.assertEqual(orphans[0][0], 0)
        return {i: n for i, n, _ in per_interview}

    def test_S20_sigkill_while_writing_a_500_candidate_invitation_and_while_sending_loses_nothing_half_written_and_resumes(self):
        data_dir = os.path.join(self.tmp, "data")
        dead_smtp = "smtp://127.0.0.1:%d" % free_port()  # nothing listens: e-mails wait in the outbox
        first = self.start_server(data_dir=data_dir, test_now=MOMENT, smtp_url=dead_smtp)
        api = self.login(first)
        before = self.assert_all_or_nothing(data_dir, EXTRA)
        first.stop()
        ids = add_candidates(data_dir, 1, EXTRA)

        # Phase 1: freeze the server (SIGSTOP) the moment it holds the write lock for the invitation — the only
        # writer: the session was just created, the outbox is empty — then SIGKILL it there. Three such kills, then
        # one run that is let through.
        body = invitation_body(1, ids, DATE, "10:00", [], action="send_email")
        killed_mid_write = 0
        committed = None
        for run in range(12):
            server = self.start_server(data_dir=data_dir, test_now=MOMENT, smtp_url=dead_smtp)
            api = self.login(server)
            result = {}
            poster = threading.Thread(target=lambda: result.update(r=api.post("/api/invitations", body)), daemon=True)
            poster.start()
            let_through = killed_mid_write >= 3
            frozen_in_write = False
            while poster.is_alive() and not let_through:
                if write_lock_held(data_dir):
                    server.proc.send_signal(signal.SIGSTOP)
                    if write_lock_held(data_dir):  # frozen while holding it: the transaction is open
                        frozen_in_write = True
                        break
                    server.proc.send_signal(signal.SIGCONT)
            poster.join(0 if frozen_in_write else 60)
            if frozen_in_write:
                server.kill()
                poster.join(20)
            counts = self.assert_all_or_nothing(data_dir, EXTRA)  # integrity_check ok, nothing half-written
            new = {i: n for i, n in counts.items() if i not in before}
            for interview_id, n in new.items():
                self.assertEqual(n, EXTRA, "interview %d has %d of %d invitations: half-written" % (interview_id, n, EXTRA))
            if frozen_in_write and not new:
                killed_mid_write += 1  # killed inside the open transaction: all of it is gone
                self.assertNotIn("r", result, "a 201 for an invitation that is not in the database")
                continue
            if new:
                self.assertEqual(len(new), 1)
                committed = next(iter(new))
                if "r" in result:
                    self.assertEqual(result["r"][0], 201)
                server.stop()
                break  # (the freeze can miss a short transaction; then this run is the one let through)
        self.assertGreaterEqual(killed_mid_write, 1, "no kill landed inside the open invitation transaction")
        self.assertIsNotNone(committed)

        # Phase 2: a working SMTP server; kill the server while it sends the 500 e-mails, restart, all arrive.
        smtp = self.start_smtp()
        later = MOMENT + 2 * 3600  # past any retry backoff of the dead-SMTP runs
        server = self.start_server(data_dir=data_dir, test_now=later, smtp_url=smtp.url)
        wait_until(lambda: len(smtp.messages()) >= 50, 60, "the first 50 e-mails")
        server.kill()
        self.assertEqual(integrity(data_dir), "ok")
        sent_before_kill = len(smtp.messages())
        self.assertLess(sent_before_kill, EXTRA, "killed too late to be 'while sending'")

        server = self.start_server(data_dir=data_dir, test_now=later + 120, smtp_url=smtp.url)  # past the 60 s lease
        rows = query(data_dir, "SELECT id FROM messages WHERE interview_id = ? AND kind = 'invitation'", committed)
        self.assertEqual(len(rows), EXTRA)
        wait_until(lambda: len({m.rcpt_tos[0] for m in smtp.messages()}) >= EXTRA, 120, "every invitation e-mail")
        time.sleep(1.5)  # more than a poll interval: nothing else arrives
        received = smtp.messages()
        recipients = [m.rcpt_tos[0] for m in received]
        self.assertEqual(sorted(set(recipients)), sorted("k%03d@example.org" % i for i in range(EXTRA)))
        duplicates = len(received) - len(set(recipients))
        self.assertLessEqual(duplicates, 1, "at most one duplicate per kill (README: delivery guarantee)")
        self.assertEqual(len({m.message_id for m in received}), EXTRA, "a duplicate carries the same Message-ID")
        states = query(data_dir, "SELECT state, count(*) FROM messages WHERE interview_id = ? GROUP BY state", committed)
        self.assertEqual(dict(states), {"sent": EXTRA})
        server.stop()
        self.assertEqual(integrity(data_dir), "ok")

    def test_S21_online_backup_under_write_load_restores_to_a_server_with_all_its_rows(self):
        data_dir = os.path.join(self.tmp, "data")
        server = self.start_server(data_dir=data_dir, test_now=MOMENT)
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik", "Łukasz Wróbel")
        people = [c["Zoë Çelik"]["id"], c["Łukasz Wróbel"]["id"]]
        stop = threading.Event()
        written = []

        def write_load():
            writer = Api(server.url).login("anna@example.com")
            minute = 0
            while not stop.is_set():
                minute += 1
                status, res = writer.post("/api/invitations", invitation_body(
                    vacancy_id, people, DATE, "%02d:%02d" % (8 + minute // 60 % 10, minute % 60), [],
                    action="no_email"))
                if status == 201:
                    written.append(res["interview_id"])

        threads = [threading.Thread(target=write_load, daemon=True) for _ in range(2)]
        for t in threads:
            t.start()
        wait_until(lambda: len(written) >= 10, 30, "some invitations written")
        backup = os.path.join(self.tmp, "backup.sqlite")
        count_before = query(data_dir, "SELECT count(*) FROM invitations")[0][0]
        run = subprocess.run([SERVER, "--data-dir", data_dir, "backup", backup], capture_output=True, text=True,
                             timeout=60)
        count_after = query(data_dir, "SELECT count(*) FROM invitations")[0][0]
        time.sleep(0.3)
        stop.set()
        for t in threads:
            t.join(20)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn("integrity ok", run.stdout)
        self.assertFalse(os.path.exists(backup + ".part"))

        # The copy is one file, consistent, and holds a moment between the counts taken before and after.
        db = sqlite3.connect(backup)
        try:
            self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            self.assertEqual(db.execute("PRAGMA journal_mode").fetchone()[0], "delete")
            copied = db.execute("SELECT count(*) FROM invitations").fetchone()[0]
            orphans = db.execute("SELECT count(*) FROM interviews iv WHERE NOT EXISTS "
                                 "(SELECT 1 FROM invitations i WHERE i.interview_id = iv.id)").fetchone()[0]
        finally:
            db.close()
        self.assertGreaterEqual(copied, count_before)
        self.assertLessEqual(copied, count_after)
        self.assertGreater(count_after, count_before, "the backup ran while invitations were being written")
        self.assertEqual(orphans, 0, "every interview in the copy has its invitations (no half transaction)")

        # Restore as backend/README.md says: the copy becomes kandidaat.sqlite, next to the same secret.key.
        server.stop()
        restored = os.path.join(self.tmp, "restored")
        os.makedirs(restored)
        shutil.copy(backup, db_path(restored))
        shutil.copy(os.path.join(data_dir, "secret.key"), os.path.join(restored, "secret.key"))
        again = self.start_server(data_dir=restored, test_now=MOMENT, demo=False)
        api = self.login(again)
        status, interviews = api.get("/api/interviews")
        self.assertEqual(status, 200)
        ids = {row["interview"]["id"] for row in interviews}
        in_copy = {r[0] for r in query(restored, "SELECT DISTINCT interview_id FROM invitations")}
        self.assertTrue(in_copy and in_copy <= ids, "the restored server serves every interview of the copy")
        self.assertEqual(query(restored, "SELECT count(*) FROM invitations")[0][0], copied)
        # A failed backup says so: a missing database is exit 1 and leaves no file.
        bad = subprocess.run([SERVER, "--data-dir", os.path.join(self.tmp, "nothing"), "backup",
                              os.path.join(self.tmp, "x.sqlite")], capture_output=True, text=True, timeout=30)
        self.assertEqual(bad.returncode, 1)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "x.sqlite")))


if __name__ == "__main__":
    unittest.main()
