#!/usr/bin/env python3
"""Prints, as JSON, the messages a Maildir holds for one recipient: subject, plain text, HTML, the
calendar event (.ics text) and the links in them.

Used by the browser tests to take the confirmation link out of the e-mail the real SMTP server (aiosmtpd with its
Mailbox handler) received. Usage: read_mail.py MAILDIR RECIPIENT
"""
import json
import mailbox
import re
import sys
from email import policy
from email.parser import BytesParser


def main() -> None:
    maildir, recipient = sys.argv[1], sys.argv[2].lower()
    out = []
    box = mailbox.Maildir(maildir, create=True)
    for key in sorted(box.keys()):
        msg = BytesParser(policy=policy.default).parsebytes(box.get_bytes(key))
        to = str(msg.get("To", "")).lower()
        if recipient not in to:
            continue
        text = html = ics = ""
        for part in msg.walk():
            if part.get_content_type() == "text/calendar" and not ics:
                ics = part.get_payload(decode=True).decode("utf-8")
            if part.get_content_type() == "text/plain" and not text:
                text = part.get_content()
            elif part.get_content_type() == "text/html" and not html:
                html = part.get_content()
        links = re.findall(r"https?://[^\s<>\"']+", text)
        out.append({"subject": str(msg.get("Subject", "")), "to": to, "text": text, "html": html, "ics": ics, "links": links,
                    "attachments": [p.get_content_type() for p in msg.walk() if p.get_content_disposition()]})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
