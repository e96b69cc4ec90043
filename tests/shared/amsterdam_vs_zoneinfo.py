#!/usr/bin/python3
"""Europe/Amsterdam expectations from the IANA database (Debian tzdata via Python's zoneinfo).

  /usr/bin/python3 tests/shared/amsterdam_vs_zoneinfo.py --emit
      prints the two C++ tables of tests/shared/amsterdam_zoneinfo_cases.inc (every switch of 1996-2040 and
      seeded random instants of 1996-2100).
  /usr/bin/python3 tests/shared/amsterdam_vs_zoneinfo.py --check tests/shared/amsterdam_zoneinfo_cases.inc
      re-derives every embedded row from zoneinfo and exits 1 on any difference (ctest-friendly).
"""
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")


def local_of(utc_seconds):
    d = datetime.fromtimestamp(utc_seconds, tz=timezone.utc).astimezone(AMS)
    return d.strftime("%Y-%m-%d %H:%M:%S"), int(d.utcoffset().total_seconds())


def utc_of(date_text, time_text):
    # fold=0: the earlier reading of an autumn hour, the pre-switch offset in the spring gap
    d = datetime.strptime(date_text + " " + time_text, "%Y-%m-%d %H:%M").replace(tzinfo=AMS, fold=0)
    return int(d.timestamp())


def switches(year):
    """UTC seconds of the year's two offset changes, found from zoneinfo itself (hour steps, then bisect)."""
    out = []
    t = int(datetime(year, 1, 1, tzinfo=timezone.utc).timestamp())
    end = int(datetime(year + 1, 1, 1, tzinfo=timezone.utc).timestamp())
    prev = local_of(t)[1]
    while t < end:
        nxt = t + 3600
        if local_of(nxt)[1] != prev:
            lo, hi = t, nxt
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if local_of(mid)[1] == prev:
                    lo = mid
                else:
                    hi = mid
            out.append(hi)
            prev = local_of(hi)[1]
        t = nxt
    return out


def emit():
    utc_rows, local_rows = [], []
    for year in range(1996, 2041):
        for s in switches(year):
            for t in (s - 1, s, s + 3599):
                utc_rows.append(t)
            day = datetime.fromtimestamp(s, tz=timezone.utc).astimezone(AMS).strftime("%Y-%m-%d")
            for hm in ("01:59", "02:00", "02:30", "03:00"):
                local_rows.append((day, hm))
    rng = random.Random(20261207)
    lo = int(datetime(1996, 1, 1, tzinfo=timezone.utc).timestamp())
    hi = int(datetime(2100, 1, 1, tzinfo=timezone.utc).timestamp())
    for _ in range(60):
        utc_rows.append(rng.randrange(lo, hi))
    for _ in range(30):
        t = rng.randrange(lo, hi)
        d = datetime.fromtimestamp(t, tz=timezone.utc)
        local_rows.append((d.strftime("%Y-%m-%d"), d.strftime("%H:%M")))
    print("// Europe/Amsterdam expectations from the IANA database, included by civil_time_test.cpp. Generated, do not")
    print("// edit: /usr/bin/python3 tests/shared/amsterdam_vs_zoneinfo.py --emit > tests/shared/amsterdam_zoneinfo_cases.inc")
    print("// (Debian tzdata through Python's zoneinfo; --check re-verifies this file). Every switch of 1996-2040 plus")
    print("// seeded random instants of 1996-2100.")
    print("// utc seconds, Amsterdam wall time, UTC offset in seconds")
    print("constexpr UtcCase utc_cases[] = {")
    for t in utc_rows:
        text, off = local_of(t)
        print(f'    {{{t}, "{text}", {off}}},')
    print("};")
    print("// Amsterdam wall date and time, UTC seconds (zoneinfo fold=0)")
    print("constexpr LocalCase local_cases[] = {")
    for d, hm in local_rows:
        print(f'    {{"{d}", "{hm}", {utc_of(d, hm)}}},')
    print("};")


def check(path):
    text = open(path, encoding="utf-8").read()
    bad = 0
    utc_rows = re.findall(r'\{(-?\d+), "(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", (\d+)\}', text)
    local_rows = re.findall(r'\{"(\d{4}-\d\d-\d\d)", "(\d\d:\d\d)", (-?\d+)\}', text)
    for t, want, off in utc_rows:
        got = local_of(int(t))
        if got != (want, int(off)):
            print(f"utc {t}: table says {want} {off}, zoneinfo says {got}")
            bad += 1
    for d, hm, want in local_rows:
        got = utc_of(d, hm)
        if got != int(want):
            print(f"local {d} {hm}: table says {want}, zoneinfo says {got}")
            bad += 1
    print(f"{len(utc_rows) + len(local_rows)} rows checked, {bad} differ")
    return 1 if bad or not utc_rows or not local_rows else 0


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--emit":
        emit()
    elif len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2]))
    else:
        print(__doc__)
        sys.exit(2)
