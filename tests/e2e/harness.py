"""End-to-end harness: the real kandidaat-server, a real SMTP server (aiosmtpd) and an SMS gateway stand-in.

Everything runs on loopback on free ports with a temporary data folder. Every process and thread a test starts is
registered with unittest's addCleanup, so it is stopped even when the test fails. Waits are bounded.

Run one file:  cd tests/e2e && KANDIDAAT_SERVER=../../build/backend/kandidaat-server /usr/bin/python3 -m unittest -v test_x
"""

import asyncio
import calendar
import email
import email.policy
import functools
import http.cookiejar
import http.server
import json
import os
import re
import shutil
import sys
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

from aiosmtpd.controller import Controller

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("KANDIDAAT_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
SERVER = os.environ.get("KANDIDAAT_SERVER") or os.path.join(SOURCE_DIR, "build", "backend", "kandidaat-server")

START_TIMEOUT = 20.0    # until the server prints its listening line
DELIVERY_TIMEOUT = 6.0  # the dispatcher must notice a due message within 5 s


# ---------------------------------------------------------------------------------------------------- utilities

def free_port():
    """A loopback port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def utc(y, mo, d, h=0, mi=0, s=0):
    """UTC seconds of a UTC wall time."""
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0))


def iso(ts):
    """'2026-10-25T07:59:50Z' for --test-now."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def with_lead(*leads):
    """For a test that starts the server's clock `lead` seconds before a reminder's moment and must log in and invite
    before that moment: it runs with the first lead, and when login + invite took longer (the server then refuses
    the reminder with reminder_too_late, as it should) once more with the next, longer lead. A busy machine (ASan,
    a browser test beside it) costs time, not a failure; what the test asserts stays the same."""
    def wrap(fn):
        @functools.wraps(fn)
        def run(self, *args):
            for i, lead in enumerate(leads):
                try:
                    return fn(self, *args, lead=lead)
                except AssertionError as e:
                    if "reminder_too_late" not in str(e) or i + 1 == len(leads):
                        raise
                    sys.stderr.write("(%s: login + invite took over %d s; again with a %d s lead)\n"
                                     % (fn.__name__, lead, leads[i + 1]))
        return run
    return wrap


LEADS = (6, 20, 60)  # seconds: the leads with_lead tries


def wait_until(fn, timeout, what, interval=0.05):
    """Calls fn until it returns something truthy; fails with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %.1f s waiting for %s" % (timeout, what))
        time.sleep(interval)


# ---------------------------------------------------------------------------------------------------- SMTP sink

class Received:
    """One message as the SMTP server got it."""

    def __init__(self, envelope, session=None):
        self.at = time.time()
        self.tls = bool(session is not None and session.ssl)  # came over STARTTLS / TLS
        auth = getattr(session, "auth_data", None) if session is not None else None
        self.login = getattr(auth, "login", None)  # bytes, when the client authenticated
        self.mail_from = envelope.mail_from
        self.rcpt_tos = list(envelope.rcpt_tos)
        self.raw = envelope.original_content or envelope.content
        self.message = email.message_from_bytes(self.raw, policy=email.policy.default)

    @property
    def message_id(self):
        return self.message["Message-ID"]

    @property
    def subject(self):
        return str(self.message["Subject"])

    def part(self, content_type):
        for p in self.message.walk():
            if p.get_content_type() == content_type:
                return p
        return None

    def text(self):
        return self.message.get_body(("plain",)).get_content()

    def html(self):
        return self.message.get_body(("html",)).get_content()

    def links(self):
        return re.findall(r"https?://[^\s<>\"]+/c/[A-Za-z0-9_-]+", self.text())


class SmtpSink:
    """A real SMTP server (aiosmtpd) on loopback that keeps every message.

    To stop a client at a precise point (for crash tests): hold_mail_after(n) makes every MAIL FROM after the
    first n wait (nothing of that message has been sent yet); hold_data_reply() makes the reply to DATA wait after
    the message was received (it is then accepted, whatever happens to the client). release() lets them go.
    `connections` counts the SMTP connections that started a mail transaction; close_connection_every(n) makes
    the server close a connection after its n-th accepted message (as an idle timeout or a restart would)."""

    def __init__(self, port=None, **smtp_kwargs):
        self.port = port or free_port()
        self.smtp_kwargs = smtp_kwargs
        self.mail_started = 0
        self._hold_mail_after = None
        self._hold_data = False
        self._release = threading.Event()
        self._messages = []
        self._lock = threading.Lock()
        self._controller = None
        self.connections = 0
        self._close_every = None

    def close_connection_every(self, n):
        self._close_every = n

    def hold_mail_after(self, n):
        self._release.clear()
        self._hold_mail_after = n

    def hold_data_reply(self):
        self._release.clear()
        self._hold_data = True

    def release(self):
        self._hold_mail_after, self._hold_data = None, False
        self._release.set()

    async def _wait_for_release(self):
        deadline = time.monotonic() + 60  # never hang a test run for ever
        while not self._release.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)

    @property
    def url(self):
        return "smtp://127.0.0.1:%d" % self.port

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self._lock:
            self.mail_started += 1
            hold = self._hold_mail_after is not None and self.mail_started > self._hold_mail_after
            if not getattr(session, "kandidaat_counted", False):
                session.kandidaat_counted = True
                session.kandidaat_accepted = 0
                self.connections += 1
        if hold:
            await self._wait_for_release()
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        received = Received(envelope, session)
        with self._lock:
            self._messages.append(received)
            hold = self._hold_data
        if hold:
            await self._wait_for_release()
        session.kandidaat_accepted = getattr(session, "kandidaat_accepted", 0) + 1
        if self._close_every and session.kandidaat_accepted % self._close_every == 0 and server.transport:
            # after this reply has been written: the client finds the connection closed when it comes back
            asyncio.get_running_loop().call_soon(server.transport.close)
        return "250 Message accepted for delivery"

    def start(self):
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port, ready_timeout=10,
                                      **self.smtp_kwargs)
        self._controller.start()
        return self

    def stop(self):
        self.release()
        if self._controller:
            try:
                self._controller.stop()
            except Exception:  # already stopped, or its loop died with the test
                pass
            self._controller = None

    def messages(self, pred=None):
        with self._lock:
            items = list(self._messages)
        return [m for m in items if pred is None or pred(m)]

    def wait_for(self, pred=None, count=1, timeout=DELIVERY_TIMEOUT, what="messages"):
        return wait_until(lambda: (lambda ms: ms if len(ms) >= count else None)(self.messages(pred)), timeout,
                          "%d %s on the SMTP server" % (count, what))


# ---------------------------------------------------------------------------------------------------- SMS stand-in

class SmsStandIn:
    """An HTTP server standing in for the SMS provider: records each POST (path, headers, JSON body) and answers
    with `status` (202 by default)."""

    def __init__(self):
        self.status = 202
        self.requests = []
        self._lock = threading.Lock()
        stand_in = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw.decode("utf-8"))
                except ValueError:
                    body = None
                with stand_in._lock:
                    stand_in.requests.append({"path": self.path, "headers": dict(self.headers), "body": body,
                                              "raw": raw, "at": time.time()})
                    status = stand_in.status
                    n = len(stand_in.requests)
                payload = json.dumps({"id": "sms-%d" % n} if status < 300 else {"error": "stand-in says no"})
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload.encode())

            def log_message(self, *args):
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self):
        return "http://127.0.0.1:%d/v1/sms" % self.port

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._server.shutdown()
        self._server.server_close()

    def received(self):
        with self._lock:
            return list(self.requests)


# ---------------------------------------------------------------------------------------------- PostgreSQL (issue 14)

# With KANDIDAAT_TEST_DATABASE=postgres://... (tests/pg/cluster.sh run), every server runs on PostgreSQL instead of
# its folder's SQLite file: one fresh schema per data folder, so a restart on the same folder finds its data again.
PG_URL = os.environ.get("KANDIDAAT_TEST_DATABASE", "")
ON_POSTGRES = PG_URL.startswith(("postgres://", "postgresql://"))
_pg_schemas = {}
_pg_lock = threading.Lock()


def postgres_database_for(data_dir):
    """The --database URL of the schema that stands for `data_dir` (created on first use)."""
    key = os.path.abspath(data_dir)
    with _pg_lock:
        if key not in _pg_schemas:
            schema = "e2e_%d_%d" % (os.getpid(), len(_pg_schemas))
            subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", PG_URL, "-c", "CREATE SCHEMA " + schema],
                           check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            _pg_schemas[key] = PG_URL + ("&" if "?" in PG_URL else "?") + "options=-csearch_path%3D" + schema
        return _pg_schemas[key]


def db_rows(data_dir, sql):
    """The rows of `sql` in the database of the server on `data_dir`, server dead or alive: its SQLite file (Python's
    sqlite3), or on PostgreSQL its schema (psql). Integers come back as int, NULL as None, text as str."""
    if ON_POSTGRES:
        out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-P", "null=\\N", "-v", "ON_ERROR_STOP=1",
                              postgres_database_for(data_dir), "-c", sql],
                             check=True, capture_output=True, text=True, stdin=subprocess.DEVNULL).stdout
        return [tuple(None if v == "\\N" else int(v) if re.fullmatch(r"-?\d+", v) else v for v in line.split("\t"))
                for line in out.splitlines()]
    import sqlite3
    db = sqlite3.connect(os.path.join(data_dir, "kandidaat.sqlite"))
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


# ---------------------------------------------------------------------------------------------------- the server

class KandidaatServer:
    """The real kandidaat-server binary on a free loopback port."""

    def __init__(self, data_dir, test_now=None, smtp_url=None, sms_url=None, sms_token=None, demo=True,
                 extra_args=(), env=None, port=0, database=None):
        """`port` 0: any free one. `database` (PostgreSQL runs): this --database URL instead of the data folder's
        own schema, e.g. postgres_database_for(another folder) — one database for servers on different folders."""
        self.data_dir = data_dir
        self.args = [SERVER, "--host", "127.0.0.1", "--port", str(port), "--data-dir", data_dir]
        if demo:
            self.args.append("--demo")
        if test_now is not None:
            self.args += ["--test-now", iso(test_now)]
        if smtp_url:
            self.args += ["--smtp-url", smtp_url]
        if sms_url:
            self.args += ["--sms-url", sms_url]
        if sms_token:
            self.args += ["--sms-token", sms_token]
        self.args += list(extra_args)
        if ON_POSTGRES:
            self.args += ["--database", database or postgres_database_for(data_dir)]
        # Nothing from the caller's environment may change the server's transports.
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("KANDIDAAT_")}
        self.env.update(env or {})
        self.test_now = test_now
        self.proc = None
        self.url = None
        self.lines = []
        self._lock = threading.Lock()
        self.started_at = None  # wall time just before the process started (its clock starts after this)
        self.ready_at = None    # wall time when its listening line was read (its clock started before this)

    def start(self):
        self.started_at = time.time()
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=self.env,
                                     stdin=subprocess.DEVNULL)
        threading.Thread(target=self._read, daemon=True).start()
        try:
            wait_until(lambda: self.url or self.proc.poll() is not None, START_TIMEOUT, "the server to listen")
        except AssertionError:
            self.kill()
            raise AssertionError("kandidaat-server did not start:\n" + self.output())
        if not self.url:
            raise AssertionError("kandidaat-server exited with %s:\n%s" % (self.proc.returncode, self.output()))
        return self

    def _read(self):
        for raw in self.proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self._lock:
                self.lines.append(line)
            m = re.search(r"running at (http://127\.0\.0\.1:\d+)/", line)
            if m and not self.url:
                self.ready_at = time.time()
                self.url = m.group(1)

    def output(self):
        with self._lock:
            return "\n".join(self.lines)

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        """SIGKILL: no clean-up of any kind in the server."""
        if self.running():
            self.proc.send_signal(signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(timeout=10)

    def stop(self):
        if self.running():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        elif self.proc is not None:
            self.proc.wait(timeout=10)
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()

    def server_time_bounds(self, wall):
        """(earliest, latest) server clock reading at wall time `wall` (UTC seconds, --test-now runs)."""
        return (self.test_now + (wall - self.ready_at), self.test_now + (wall - self.started_at))


# ---------------------------------------------------------------------------------------------------- the API

class Api:
    """JSON API client with a cookie session and the CSRF header."""

    def __init__(self, base_url):
        self.base = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = None
        self.user = None

    def request(self, method, path, body=None, form=None, headers=None):
        data, hdrs = None, dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            hdrs["Content-Type"] = "application/json"
        elif form is not None:
            data = urllib.parse.urlencode(form).encode("ascii")
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        if self.csrf and method not in ("GET", "HEAD"):
            hdrs["X-CSRF-Token"] = self.csrf
        url = path if path.startswith("http") else self.base + path
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with self.opener.open(req, timeout=15) as res:
                status, raw, ctype = res.status, res.read(), res.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            status, raw, ctype = e.code, e.read(), e.headers.get("Content-Type", "")
        if "json" in ctype:
            return status, json.loads(raw.decode("utf-8"))
        return status, raw.decode("utf-8", "replace")

    def login(self, email_address, password="demo"):
        status, body = self.request("POST", "/api/login", {"email": email_address, "password": password})
        if status != 200:
            raise AssertionError("login %s: %s %s" % (email_address, status, body))
        self.csrf, self.user = body["csrf_token"], body["user"]
        return self

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, body):
        return self.request("POST", path, body)

    def messages(self):
        status, body = self.get("/api/messages")
        assert status == 200, (status, body)
        return body

    def find_candidates(self, *names):
        """(vacancy_id, {full name: candidate}) of the first vacancy whose applicants include all `names`."""
        status, vacancies = self.get("/api/vacancies")
        assert status == 200, (status, vacancies)
        for v in sorted(vacancies, key=lambda v: v["id"]):
            _, rows = self.get("/api/vacancies/%d/candidates" % v["id"])
            found = {}
            for row in rows:
                c = row["candidate"]
                full = (c["first_name"] + " " + c["last_name"]).strip()
                if full in names:
                    found[full] = c
            if len(found) == len(names):
                return v["id"], found
        raise AssertionError("no vacancy with all of %s in the demo data" % (names,))


def invitation_body(vacancy_id, candidate_ids, date, time_, attendee_ids, reminder="none", days_before=1,
                    action="send_email", duration=45, location="Herengracht 1, Amsterdam"):
    """A POST /api/invitations body with texts in nl, en and de; the subject names the candidate (B4)."""
    return {
        "vacancy_id": vacancy_id,
        "candidate_ids": candidate_ids,
        "interview": {"type": "in_person", "attendee_ids": attendee_ids, "date": date, "time": time_,
                      "duration_min": duration, "location": location},
        "email": {
            "action": action,
            "from": "Anna de Vries <anna@example.com>",
            "subject": {"nl": "Uitnodiging voor {fullname}: {vacancytitle}",
                        "en": "Invitation for {fullname}: {vacancytitle}",
                        "de": "Einladung für {fullname}: {vacancytitle}"},
            "content": {"nl": "Beste {firstname},\n\nWelkom op {interviewdate} om {interviewtime}.\n\n"
                              "Laat je weten of je komt? {confirmlink}",
                        "en": "Dear {firstname},\n\nWelcome on {interviewdate} at {interviewtime}.\n\n"
                              "Will you come? {confirmlink}",
                        "de": "Guten Tag {fullname},\n\nwillkommen am {interviewdate} um {interviewtime}.\n\n"
                              "Kommen Sie? {confirmlink}"},
            "add_confirm_link": False,
        },
        "reminder": {
            "channel": reminder,
            "days_before": days_before,
            "subject": {"nl": "Herinnering: {interviewdate}", "en": "Reminder: {interviewdate}",
                        "de": "Erinnerung: {interviewdate}"},
            "content": {"nl": "Tot {interviewdate} om {interviewtime}, {firstname}!",
                        "en": "See you on {interviewdate} at {interviewtime}, {firstname}!",
                        "de": "Bis {interviewdate} um {interviewtime}, {fullname}!"},
            "signature": {"nl": "Anna", "en": "Anna", "de": "Anna"},
        },
    }


# ---------------------------------------------------------------------------------------------------- test base

class E2ETestCase(unittest.TestCase):
    """Gives each test a temporary folder and starts what it asks for, stopping all of it afterwards."""

    def setUp(self):
        if not os.access(SERVER, os.X_OK):
            self.fail("KANDIDAAT_SERVER (%s) is not an executable kandidaat-server" % SERVER)
        self.tmp = tempfile.mkdtemp(prefix="kandidaat-e2e-")
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.servers = []
        self.addCleanup(self._dump_on_failure)

    def _dump_on_failure(self):
        # unittest has no "did this test fail" hook before 3.12's; print the server output when asked to.
        if os.environ.get("KANDIDAAT_E2E_VERBOSE"):
            for s in self.servers:
                print("\n--- server output (%s) ---\n%s" % (" ".join(s.args[1:]), s.output()))

    def start_smtp(self, port=None, **kwargs):
        sink = SmtpSink(port, **kwargs).start()
        self.addCleanup(sink.stop)
        return sink

    def start_sms(self):
        stand_in = SmsStandIn().start()
        self.addCleanup(stand_in.stop)
        return stand_in

    def start_server(self, data_dir=None, **kwargs):
        server = KandidaatServer(data_dir or os.path.join(self.tmp, "data"), **kwargs)
        self.servers.append(server)
        self.addCleanup(server.stop)
        return server.start()

    def login(self, server, who="anna@example.com"):
        return Api(server.url).login(who)

    def invite(self, api, body, expect=201):
        status, res = api.post("/api/invitations", body)
        self.assertEqual(status, expect, "POST /api/invitations: %s" % (res,))
        return res

    def message_rows(self, api, pred):
        return [m for m in api.messages() if pred(m)]

    def seconds_until_due(self, server, moment, within=5.0):
        """How long to wait from now for something due at server time `moment` that must happen within `within`
        seconds of it (plus a little for the SMTP round trip)."""
        latest_wall = server.ready_at + (moment - server.test_now) + within + 1.0
        return max(0.5, latest_wall - time.time())

    def assert_server_time_at_least(self, server, wall, moment, what):
        """The server's clock had reached `moment` by wall time `wall` for sure (so it did not act early)."""
        latest = server.server_time_bounds(wall)[1]
        self.assertGreaterEqual(latest, moment, "%s happened before its moment %s" % (what, iso(moment)))
