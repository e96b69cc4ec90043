#!/usr/bin/env python3
"""No user-facing words outside the two catalogues.

What a recruiter or a candidate reads lives in shared/include/kandidaat/recruiter_words.hpp (the app and the
server's messages) and shared/include/kandidaat/candidate_words.hpp (mails, SMS, the confirmation page); labels of
domain values shared by both are in shared/src/i18n.cpp. This check reads every other shipped source and fails on a
string literal that reads like a sentence or a label: two or more words of letters. What is not for those two
audiences is passed over by file (SQL, protocols, logs, the command line, demo data) or by line (log and
exception texts, ImGui ids after ##). A line can opt out with the comment `// words: not shown` and a reason.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATALOGUES = {"shared/include/kandidaat/recruiter_words.hpp", "shared/include/kandidaat/candidate_words.hpp",
              "shared/src/i18n.cpp"}
NOT_FOR_USERS = (  # whole files whose strings only operators, protocols or the database read
    "backend/storage/", "backend/notify/", "backend/config.cpp", "backend/demo_data.cpp", "backend/main.cpp",
    "backend/crypto.cpp", "backend/server.cpp", "frontend/platform.cpp", "frontend/test_hooks.cpp",
)
LINE_PASS = re.compile(
    r"words: not shown|fprintf\(|printf\(|puts\(|log\(|throw |StartupError|runtime_error|static_assert|#include|"
    r"set_header|Content-|Cache-Control|text/html|application/|EM_JS|EM_ASM|std::getenv|publish_")
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
SENTENCE = re.compile(r"[A-Za-zÀ-ÿ]{2,}(?:\\x[0-9A-F]{2})*[a-z]*\s+[A-Za-zÀ-ÿ]{2,}")


def shipped_sources():
    for folder in ("shared", "backend", "frontend"):
        for path in sorted((ROOT / folder).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if path.suffix in (".cpp", ".hpp") and rel not in CATALOGUES and not rel.startswith(NOT_FOR_USERS):
                yield rel, path


def without_comment(line):
    """The line up to a // that is not inside a string literal."""
    in_string = escaped = False
    for i, ch in enumerate(line):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            in_string = not in_string
        elif not in_string and line.startswith("//", i):
            return line[:i]
    return line


def findings():
    for rel, path in shipped_sources():
        in_raw = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = without_comment(line)
            if 'R"' in code:
                in_raw = True
            if in_raw:
                if ')"' in code or ')CSS"' in code:
                    in_raw = False
                continue
            if LINE_PASS.search(line):
                continue
            for text in LITERAL.findall(code):
                visible = re.sub(r"<[^<>]*>", " ", text.split("##")[0])  # markup is not words
                if SENTENCE.search(visible):
                    yield f"{rel}:{number}: \"{text}\""


def main():
    found = list(findings())
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} user-facing strings outside the catalogues "
              "(shared/include/kandidaat/recruiter_words.hpp, candidate_words.hpp)", file=sys.stderr)
        return 1
    print("no user-facing strings outside the catalogues")
    return 0


if __name__ == "__main__":
    sys.exit(main())
