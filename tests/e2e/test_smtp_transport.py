"""SMTP transport settings against a real SMTP server: STARTTLS when the server offers it (smtp://), STARTTLS
required (?starttls=required), AUTH with the user and password from the environment variables
(KANDIDAAT_SMTP_URL / _USER / _PASSWORD), and a wrong password kept as a retryable failure with the reason (B3)."""

import os
import shutil
import ssl
import subprocess
import unittest

from aiosmtpd.smtp import AuthResult, LoginPassword

from harness import E2ETestCase, invitation_body, utc, wait_until


class Authenticator:
    def __init__(self, user, password):
        self.user, self.password = user.encode(), password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == self.user and \
            auth_data.password == self.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


class SmtpTransportSettings(E2ETestCase):

    def tls_context(self):
        if not shutil.which("openssl"):
            self.skipTest("openssl is needed to make a test certificate")
        cert, key = os.path.join(self.tmp, "cert.pem"), os.path.join(self.tmp, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost"],
                       check=True, capture_output=True)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        return ctx

    def attempted(self, api):
        """The message rows once their first attempt is over (attempts counts from the claim)."""
        return [r for r in api.messages() if r["attempts"] >= 1 and r["state"] != "sending"]

    def send_one(self, server):
        api = self.login(server)
        vacancy_id, c = api.find_candidates("Zoë Çelik")
        self.invite(api, invitation_body(vacancy_id, [c["Zoë Çelik"]["id"]], "2026-10-26", "10:00", [api.user["id"]]))
        return api

    def test_B3_starttls_is_used_when_offered_and_auth_uses_the_environment_credentials(self):
        smtp = self.start_smtp(tls_context=self.tls_context(), require_starttls=True,
                               authenticator=Authenticator("kandidaat", "s3cret"), auth_required=True)
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0), env={
            # ?insecure=1: the test certificate is self-signed (never use it with a real server)
            "KANDIDAAT_SMTP_URL": smtp.url + "?insecure=1",
            "KANDIDAAT_SMTP_USER": "kandidaat",
            "KANDIDAAT_SMTP_PASSWORD": "s3cret",
        })
        # The transport line follows the listening line (with the dispatcher's start): wait for it, do not race it.
        wait_until(lambda: "STARTTLS when offered" in server.output(), 5, "the SMTP transport line")
        self.assertNotIn("s3cret", server.output())
        self.send_one(server)
        (m,) = smtp.wait_for(what="the invitation over STARTTLS with AUTH")
        self.assertTrue(m.tls, "the message did not travel over TLS")
        self.assertEqual(m.login, b"kandidaat")

    def test_B3_starttls_required_refuses_a_server_without_it_and_keeps_the_message(self):
        smtp = self.start_smtp()  # plain SMTP, no STARTTLS on offer
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0),
                                   smtp_url=smtp.url + "?starttls=required")
        api = self.send_one(server)
        (row,) = wait_until(lambda: self.attempted(api), 6, "the first attempt")
        self.assertEqual(row["state"], "queued")
        self.assertIn("SSL", row["last_error"])
        self.assertEqual(smtp.messages(), [])

    def test_B3_a_wrong_smtp_password_is_a_retryable_failure_with_the_reason(self):
        smtp = self.start_smtp(tls_context=self.tls_context(), authenticator=Authenticator("kandidaat", "s3cret"),
                               auth_required=True)
        server = self.start_server(test_now=utc(2026, 10, 20, 10, 0, 0),
                                   smtp_url=smtp.url + "?starttls=required&insecure=1",
                                   extra_args=["--smtp-user", "kandidaat", "--smtp-password", "wrong"])
        api = self.send_one(server)
        (row,) = wait_until(lambda: self.attempted(api), 6, "the first attempt")
        self.assertEqual(row["state"], "queued", row)  # the settings can be fixed; the message is kept
        self.assertIn("535", row["last_error"])
        self.assertEqual(smtp.messages(), [])


if __name__ == "__main__":
    unittest.main()
