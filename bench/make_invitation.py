"""Creates one invitation on a running demo server and prints shell assignments for bench/run:
CONFIRM_URL (a candidate's confirmation link), COOKIE (a recruiter session) and VACANCY_ID."""
import datetime
import http.cookiejar
import json
import re
import sys
import urllib.request

base = sys.argv[1]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def call(method, path, body=None, csrf=None):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Content-Type": "application/json", **({"X-CSRF-Token": csrf} if csrf else {})})
    with opener.open(req) as res:
        return json.loads(res.read() or b"null")


login = call("POST", "/api/login", {"email": "anna@example.com", "password": "demo"})
csrf = login["csrf_token"]
vacancy = call("GET", "/api/vacancies")[0]
candidate = call("GET", f"/api/vacancies/{vacancy['id']}/candidates")[0]["candidate"]
date = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
lang = candidate["language"]
call("POST", "/api/invitations", {
    "vacancy_id": vacancy["id"], "candidate_ids": [candidate["id"]],
    "interview": {"type": "in_person", "attendee_ids": [], "date": date, "time": "14:30", "duration_min": 45,
                  "location": "Stationsplein 1, Utrecht"},
    "email": {"action": "send_email", "from": "Kandidaat <jobs@example.com>", "subject": {lang: "Uitnodiging"},
              "content": {lang: "Beste {firstname},\n\nU bent uitgenodigd."}, "add_confirm_link": True},
}, csrf)
message = call("GET", "/api/messages")[0]
detail = call("GET", f"/api/messages/{message['id']}")
link = re.search(r"https?://[^\s\"<>]+/c/[A-Za-z0-9_-]+", detail["body_text"]).group(0)
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
print(f"CONFIRM_URL='{link}'\nCOOKIE='{cookie}'\nVACANCY_ID={vacancy['id']}")
