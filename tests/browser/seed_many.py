#!/usr/bin/env python3
"""Adds N applicants (with Dutch, German, Polish and Nordic names) to one vacancy of a stopped server's database,
for the browser test that scrolls a 10,000-row list. Usage: seed_many.py DATABASE VACANCY_TITLE_PREFIX N"""
import sqlite3
import sys
import time

FIRST = ["Zoë", "Łukasz", "Søren", "Jürgen", "Anouk", "Daan", "Émilie", "Björn", "Ayşe", "Niamh", "Sanne", "Thijs"]
LAST = ["Çelik", "Wróbel", "Ødegård", "Müller", "de Vries", "van den Berg", "Jansen", "Dąbrowski", "Nørgaard", "Smit"]
LANGS = ["nl", "nl", "en", "de"]


def main() -> None:
    db, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    con = sqlite3.connect(db)
    (vacancy,) = con.execute("SELECT id FROM vacancies WHERE title LIKE ? ORDER BY id LIMIT 1", (prefix + "%",)).fetchone()
    now = int(time.time())
    with con:
        for i in range(n):
            first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
            mobile = "" if i % 7 == 0 else f"+316{10000000 + i:08d}"
            cur = con.execute(
                "INSERT INTO candidates (first_name, last_name, email, mobile, language, created_at) VALUES (?,?,?,?,?,?)",
                (first, f"{last} {i}", f"bulk{i}@example.org", mobile, LANGS[i % len(LANGS)], now))
            con.execute("INSERT INTO applications (candidate_id, vacancy_id, status, applied_at, updated_at) VALUES (?,?,?,?,?)",
                        (cur.lastrowid, vacancy, "new", now, now))
    con.close()


if __name__ == "__main__":
    main()
