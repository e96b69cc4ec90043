"""Issue 11, "the recruiter hears every answer": answer e-mails to the interview's people in their own language
(real SMTP server), webhooks with signed events to a real local HTTP receiver (retried through the outbox, refused
for loopback/private addresses), the private calendar feed (parsed with python3-icalendar, revocable) and the
confirmation links' provenance (GET, HEAD and POST recorded)."""

import hashlib
import hmac
import http.server
import json
import threading
import time
import unittest
import urllib.error
import urllib.request

import icalendar

from harness import E2ETestCase, free_port, invitation_body, utc, wait_until

SECRET = "s3cret-for-the-hooks-test"


class Receiver:
    """A real HTTP server on loopback that keeps every POST (headers and raw body). `fail_first` requests are
    answered 500 before it answers 204."""

    def __init__(self, fail_first=0, port=None):
        self.requests = []
        self.fail_first = fail_first
        self.lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with outer.lock:
                    outer.requests.append({"headers": {k.lower(): v for k, v in self.headers.items()},
                                           "body": body, "at": time.time()})
                    failing = len(outer.requests) <= outer.fail_first
                self.send_response(500 if failing else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port or 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = "http://127.0.0.1:%d/kandidaat-hook" % self.port
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def received(self, pred=lambda r: True):
        with self.lock:
            return [r for r in self.requests if pred(r)]

    def wait_for(self, event_type, count=1, timeout=8.0):
        return wait_until(lambda: (lambda got: got if len(got) >= count else None)(
            self.received(lambda r: r["headers"].get("x-kandidaat-event") == event_type)),
            timeout, "%d %s deliveries" % (count, event_type))


def verify(test, request, secret=SECRET):
    """The README's verification, step by step: the signature is HMAC-SHA256(secret, timestamp + "." + raw body)."""
    h = request["headers"]
    timestamp = h["x-kandidaat-timestamp"]
    expected = "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + request["body"],
                                    hashlib.sha256).hexdigest()
    test.assertTrue(hmac.compare_digest(h["x-kandidaat-signature"], expected), "signature of %r" % request["body"])
    test.assertTrue(abs(int(timestamp) - time.time()) < 3600 * 24 * 400, "a Unix timestamp")
    event = json.loads(request["body"])
    test.assertEqual(set(event), {"id", "type", "created_at", "data"})
    test.assertEqual(event["type"], h["x-kandidaat-event"])
    test.assertTrue(event["id"].startswith("evt_"))
    return event


def raw(method, url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=15) as res:
            return res.status, res.read(), res.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers


class Hooks(E2ETestCase):

    def start_receiver(self, **kwargs):
        r = Receiver(**kwargs)
        self.addCleanup(r.stop)
        return r

    def recorded_deliveries(self, admin, hook_id):
        """The hook's delivery log once no delivery is still `sending`: a receiver has the body a moment before the
        dispatcher has its answer and records it."""
        def recorded():
            status, log = admin.get("/api/webhooks/%d/deliveries" % hook_id)
            self.assertEqual(status, 200)
            return log if log and all(d["state"] != "sending" for d in log) else None
        return wait_until(recorded, 10, "every delivery's outcome in the log")

    def invite_one(self, api, smtp, name, attendees, date="2026-10-26"):
        vacancy_id, c = api.find_candidates(name)
        cand = c[name]
        created = self.invite(api, invitation_body(vacancy_id, [cand["id"]], date, "10:00", attendees))
        (mail,) = smtp.wait_for(lambda m: m.rcpt_tos == [cand["email"]], what="%s's invitation" % name)
        return cand, created, mail.links()[0]

    def test_issue11_notifications_the_attendees_mailbox_holds_the_answer_in_the_attendees_language(self):
        smtp = self.start_smtp()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        anna = self.login(server)
        bram = self.login(server, "bram@example.com")
        status, settings = bram.request("PUT", "/api/me/settings", {"language": "de"})
        self.assertEqual((status, settings), (200, {"language": "de", "notify_answers": True}))
        status, err = bram.request("PUT", "/api/me/settings", {"language": "fr"})
        self.assertEqual((status, err["error"]["field"]), (422, "language"))
        status, _ = bram.request("PUT", "/api/me/settings", {"language": "de", "colour": "red"})
        self.assertEqual(status, 422, "unknown fields are refused")
        status, first = anna.get("/api/me/events")
        self.assertEqual((status, first["events"]), (200, []))

        cand, created, link = self.invite_one(anna, smtp, "Zoë Çelik", [anna.user["id"], bram.user["id"]])
        started = time.time()
        status, *_ = raw("POST", link, b"answer=accept", {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200)
        self.assertLess(time.time() - started, 3.0)

        to_bram = lambda m: m.rcpt_tos == ["bram@example.com"] and m.subject.startswith("Antwort")
        (notice,) = smtp.wait_for(to_bram, what="bram's notification in German")
        self.assertIn("Zoë Çelik", notice.subject)
        self.assertIn("Nimmt an", notice.text())
        self.assertIn("/#/candidates/%d" % cand["id"], notice.text())
        self.assertIn("Meine Einstellungen", notice.text())
        (to_anna,) = smtp.wait_for(lambda m: m.rcpt_tos == ["anna@example.com"] and m.subject.startswith("Antwoord"),
                                   what="anna's notification in the company's language (Dutch)")
        self.assertIn("Accepteert", to_anna.text())

        # The open app's toast: the event, with the candidate's name and answer, for the interview's people.
        status, feed = anna.get("/api/me/events?after=%d" % first["last_id"])
        self.assertEqual(status, 200)
        (event,) = [e for e in feed["events"] if e["type"] == "invitation.answered"]
        self.assertEqual((event["candidate_name"], event["answer"], event["interview_id"]),
                         ("Zoë Çelik", "accepted", created["interview_id"]))
        admin = self.login(server, "admin@example.com")
        status, other = admin.get("/api/me/events?after=%d" % first["last_id"])
        self.assertEqual(other["events"], [], "only the interview's people get the toast")

        # The opt-out: Anna turns the e-mails off, the candidate declines; only Bram hears it.
        status, _ = anna.request("PUT", "/api/me/settings", {"notify_answers": False})
        self.assertEqual(status, 200)
        status, *_ = raw("POST", link, b"answer=decline", {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200)
        smtp.wait_for(to_bram, count=2, what="bram's second notification")
        self.assertIn("Sagt ab", smtp.messages(to_bram)[1].text())
        time.sleep(1.0)
        self.assertEqual(len(smtp.messages(lambda m: m.rcpt_tos == ["anna@example.com"]
                                           and m.subject.startswith("Antwoord"))), 1, "Anna opted out")

        # An erasure (AVG/GDPR) leaves the candidate's name in none of the team's answer e-mails.
        status, res = admin.post("/api/candidates/%d/erase" % cand["id"], {})
        self.assertEqual(status, 200, res)
        status, log = anna.get("/api/messages")
        notes = [m for m in log if m["kind"] == "notification"]
        self.assertTrue(notes)
        self.assertNotIn("Zoë", json.dumps(log, ensure_ascii=False))

    def test_issue11_webhooks_a_local_receiver_gets_signed_events_and_every_signature_verifies(self):
        smtp = self.start_smtp()
        receiver = self.start_receiver()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url,
                                   extra_args=["--webhooks-allow-private"])
        admin = self.login(server, "admin@example.com")
        anna = self.login(server)
        status, res = anna.post("/api/webhooks", {"url": receiver.url, "secret": SECRET})
        self.assertEqual(status, 403, "admins only")
        status, hook = admin.post("/api/webhooks", {"url": receiver.url, "secret": SECRET})
        self.assertEqual(status, 201, hook)
        self.assertNotIn("secret", hook, "the secret is never shown again")
        status, hooks = admin.get("/api/webhooks")
        self.assertEqual([h["url"] for h in hooks], [receiver.url])

        status, delivery = admin.post("/api/webhooks/%d/test" % hook["id"], {})
        self.assertEqual(status, 202, delivery)
        (test_request,) = receiver.wait_for("webhook.test")
        self.assertEqual(verify(self, test_request)["data"]["webhook_id"], hook["id"])

        cand, created, link = self.invite_one(anna, smtp, "Zoë Çelik", [anna.user["id"]])
        status, *_ = raw("POST", link, b"answer=accept", {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200)
        (answered,) = receiver.wait_for("invitation.answered")
        event = verify(self, answered)
        self.assertEqual((event["data"]["answer"], event["data"]["previous_answer"], event["data"]["by"]),
                         ("accepted", "pending", "candidate"))
        self.assertEqual(event["data"]["invitation_id"], created["invitation_ids"][0])
        self.assertEqual(event["data"]["candidate_id"], cand["id"])
        self.assertNotIn("Zoë", answered["body"].decode(), "ids and codes only: no personal data in events")

        status, *_ = raw("POST", link, b"answer=withdraw&confirm=yes",
                        {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200)
        (withdrawn,) = receiver.wait_for("application.withdrawn")
        self.assertEqual(verify(self, withdrawn)["data"]["invitation_id"], created["invitation_ids"][0])
        changes = receiver.wait_for("application.status_changed", count=2)  # invited (the invitation), withdrawn
        statuses = [verify(self, r)["data"]["status"] for r in changes]
        self.assertEqual(statuses, ["invited", "withdrawn"])
        ids = [json.loads(r["body"])["id"] for r in receiver.received()]
        self.assertEqual(len(ids), len(set(ids)), "every event has its own id")

        # A tampered body does not verify: the check above can fail.
        forged = dict(answered, body=answered["body"].replace(b"accepted", b"declined"))
        with self.assertRaises(AssertionError):
            verify(self, forged)

        log = self.recorded_deliveries(admin, hook["id"])
        self.assertTrue(all(d["state"] == "sent" for d in log), log)
        self.assertEqual(len(log), len(receiver.received()))
        status, _ = admin.request("DELETE", "/api/webhooks/%d" % hook["id"])
        self.assertEqual(status, 204)
        status, hooks = admin.get("/api/webhooks")
        self.assertEqual(hooks, [])
        status, _ = admin.request("DELETE", "/api/webhooks/%d" % hook["id"])
        self.assertEqual(status, 404)

    def test_issue11_a_dead_receiver_is_retried_and_never_blocks_an_answer(self):
        smtp = self.start_smtp()
        receiver = self.start_receiver(fail_first=1)
        dead_port = free_port()  # nothing listens here
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url,
                                   extra_args=["--webhooks-allow-private"])
        admin = self.login(server, "admin@example.com")
        anna = self.login(server)
        status, dead = admin.post("/api/webhooks", {"url": "http://127.0.0.1:%d/hook" % dead_port, "secret": SECRET,
                                                    "events": ["invitation.answered"]})
        self.assertEqual(status, 201, dead)
        status, flaky = admin.post("/api/webhooks", {"url": receiver.url, "secret": SECRET,
                                                     "events": ["invitation.answered"]})
        self.assertEqual(status, 201, flaky)

        cand, created, link = self.invite_one(anna, smtp, "Zoë Çelik", [anna.user["id"]])
        started = time.time()
        status, *_ = raw("POST", link, b"answer=accept", {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200)
        self.assertLess(time.time() - started, 2.0, "the candidate's answer does not wait for any receiver")
        self.assertEqual(receiver.wait_for("invitation.answered")[0]["headers"]["x-kandidaat-event"],
                         "invitation.answered")

        def first_attempt(hook_id):
            _, log = admin.get("/api/webhooks/%d/deliveries" % hook_id)
            return log if log and log[0]["attempts"] >= 1 and log[0]["last_error"] else None
        (dead_row,) = wait_until(lambda: first_attempt(dead["id"]), 8, "the dead receiver's first attempt")
        self.assertEqual(dead_row["state"], "queued", "retried later, not given up")
        self.assertIn("unreachable", dead_row["last_error"])
        self.assertGreaterEqual(dead_row["next_attempt_at"] - dead_row["created_at"], 30)
        (flaky_row,) = wait_until(lambda: first_attempt(flaky["id"]), 8, "the 500 answer's first attempt")
        self.assertIn("HTTP 500", flaky_row["last_error"])

        # The e-mails went on meanwhile: the notification to Anna is not held up by the webhooks.
        smtp.wait_for(lambda m: m.rcpt_tos == ["anna@example.com"] and m.subject.startswith("Antwoord"),
                      what="anna's notification")

        # 30 s later the outbox tries again: the receiver now answers 204 and gets the same event (same id).
        second = receiver.wait_for("invitation.answered", count=2, timeout=45)
        self.assertEqual(json.loads(second[0]["body"])["id"], json.loads(second[1]["body"])["id"])
        verify(self, second[1])
        log = self.recorded_deliveries(admin, flaky["id"])
        self.assertEqual((log[0]["state"], log[0]["attempts"]), ("sent", 2))

    def test_issue11_ssrf_webhook_urls_on_loopback_or_private_addresses_are_refused(self):
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0))
        admin = self.login(server, "admin@example.com")
        for url in ("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                    "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]:80/hook",
                    "http://[::ffff:127.0.0.1]/hook", "http://0.0.0.0/"):
            status, res = admin.post("/api/webhooks", {"url": url, "secret": SECRET})
            self.assertEqual((status, res["error"]["code"], res["error"]["field"]), (422, "url_not_allowed", "url"),
                             url)
        for url, code in (("ftp://example.com/x", "invalid_url"), ("http://user:pw@example.com/", "invalid_url"),
                          ("", "missing_field")):
            status, res = admin.post("/api/webhooks", {"url": url, "secret": SECRET})
            self.assertEqual((status, res["error"]["code"]), (422, code), url)
        status, res = admin.post("/api/webhooks", {"url": "https://example.com/hook", "secret": "short"})
        self.assertEqual((status, res["error"]["field"]), (422, "secret"))
        status, res = admin.post("/api/webhooks", {"url": "https://example.com/hook", "secret": SECRET,
                                                   "events": ["invitation.answered", "candidate.hired"]})
        self.assertEqual((status, res["error"]["field"]), (422, "events[1]"))
        status, hooks = admin.get("/api/webhooks")
        self.assertEqual(hooks, [], "nothing was stored")

    def test_issue11_calendar_feed_parses_with_icalendar_lists_the_interviews_and_a_revoked_url_is_404(self):
        smtp = self.start_smtp()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        anna = self.login(server)
        bram = self.login(server, "bram@example.com")
        cand, created, link = self.invite_one(anna, smtp, "Zoë Çelik", [anna.user["id"], bram.user["id"]])
        status, *_ = raw("POST", link, b"answer=accept", {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 200)
        vacancy_id, c = anna.find_candidates("Sanne de Jong")
        alone = self.invite(anna, invitation_body(vacancy_id, [c["Sanne de Jong"]["id"]], "2026-10-28", "14:30",
                                                  [anna.user["id"]]))

        status, feed = bram.get("/api/me/calendar")
        self.assertEqual(status, 200)
        self.assertEqual(bram.get("/api/me/calendar")[1], feed, "the same URL until it is rotated")
        status, body, headers = raw("GET", feed["url"])  # no session: the URL is the secret
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/calendar"))
        cal = icalendar.Calendar.from_ical(body)
        events = cal.walk("VEVENT")
        self.assertEqual(len(events), 1, "Bram attends only the first interview")
        (ev,) = events
        self.assertEqual(str(ev["UID"]), "interview-%d@localhost" % created["interview_id"])
        start = ev["DTSTART"].dt
        self.assertEqual((start.year, start.month, start.day, start.hour, start.minute), (2026, 10, 26, 10, 0))
        self.assertEqual(str(start.tzinfo), "Europe/Amsterdam")
        self.assertIn("Zoë Çelik: Geaccepteerd", str(ev["DESCRIPTION"]))

        status, anna_feed = anna.get("/api/me/calendar")
        status, body, _ = raw("GET", anna_feed["url"])
        uids = sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(body).walk("VEVENT"))
        self.assertEqual(uids, sorted("interview-%d@localhost" % i for i in (created["interview_id"],
                                                                             alone["interview_id"])))

        status, rotated = bram.post("/api/me/calendar/rotate", {})
        self.assertEqual(status, 200)
        self.assertNotEqual(rotated["url"], feed["url"])
        self.assertEqual(raw("GET", feed["url"])[0], 404, "the revoked URL")
        self.assertEqual(raw("GET", rotated["url"])[0], 200)
        self.assertEqual(raw("GET", anna_feed["url"])[0], 200, "Anna's feed is her own")

    def test_issue11_link_provenance_rows_for_get_head_and_post(self):
        smtp = self.start_smtp()
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), smtp_url=smtp.url)
        anna = self.login(server)
        cand, created, link = self.invite_one(anna, smtp, "Zoë Çelik", [anna.user["id"]])
        self.assertEqual(raw("HEAD", link, headers={"User-Agent": "Mozilla/5.0 (compatible; Barracuda)"})[0], 200)
        time.sleep(11)  # a person, later than shared/'s scanner_fast_seconds (10 s) after the e-mail went out
        browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36"
        self.assertEqual(raw("GET", link, headers={"User-Agent": browser})[0], 200)
        status, detail = anna.get("/api/candidates/%d" % cand["id"])  # issue 12: a page view's row waits for its
        self.assertEqual(detail["invitations"][0]["link_opens"]["opens"], 2, "batch, but a recruiter reads it at once")
        self.assertEqual(raw("POST", link, b"answer=accept", {"User-Agent": browser,
                                                               "Content-Type": "application/x-www-form-urlencoded"})[0],
                         200)
        status, detail = anna.get("/api/candidates/%d" % cand["id"])
        self.assertEqual(status, 200)
        (inv,) = detail["invitations"]
        opens = inv["link_opens"]
        self.assertEqual((opens["opens"], opens["answers"], opens["likely_scanners"]), (2, 1, 1))
        self.assertEqual((opens["first_scanner_method"], opens["first_scanner_sign"]), ("HEAD", "head"))
        self.assertGreater(opens["sent_at"], 0)
        self.assertGreaterEqual(opens["first_scanner_after_s"], 0)
        methods = [(o["method"], o["user_agent"]) for o in reversed(opens["recent"])]
        self.assertEqual(methods, [("HEAD", "Mozilla/5.0 (compatible; Barracuda)"), ("GET", browser),
                                   ("POST", browser)])
        self.assertEqual(raw("GET", link.rsplit("/", 1)[0] + "/unknownTokenXYZ")[0], 404)
        status, detail = anna.get("/api/candidates/%d" % cand["id"])
        self.assertEqual(detail["invitations"][0]["link_opens"]["opens"], 2, "an unknown link records nothing")


if __name__ == "__main__":
    unittest.main()
