// Link provenance (issue 11): every GET, HEAD and POST on a confirmation link is recorded; this rule says which of
// them were likely a mail scanner (a security gateway or a mail client's link preview) rather than the candidate,
// so a recruiter can read "opened 3× — 1 likely a mail scanner (HEAD, 2 s after sending)". No I/O.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace kandidaat {

struct LinkOpen {
    int64_t at = 0;           // UTC seconds
    std::string method;       // "GET", "HEAD" or "POST"
    std::string user_agent;   // as sent, cut at 300 bytes
};

// Why an open counts as a scanner's; none = probably a person.
enum class ScannerSign { none, head, fast, agent };

// Seconds after the invitation e-mail was sent within which a GET is too fast for a person.
inline constexpr int64_t scanner_fast_seconds = 10;

// One open: a HEAD request (people's browsers never send one) → head; a user agent of a known scanner, HTTP
// library or bot (Barracuda, Mimecast, Proofpoint, Safe Links, python-requests, curl, "bot", "scan", …), or none
// at all → agent; a GET within scanner_fast_seconds of `sent_at` (0: unknown) → fast. A POST (an answer) is
// always a person. Never fails.
ScannerSign classify_link_open(const LinkOpen& open, int64_t sent_at);

struct LinkOpenSummary {
    int opens = 0;              // GET and HEAD (the page was fetched)
    int answers = 0;            // POST
    int likely_scanners = 0;    // of `opens`
    // The first scanner-like open, to name it: its method and how many seconds after sending (-1: not known).
    std::string first_scanner_method;
    ScannerSign first_scanner_sign = ScannerSign::none;
    int64_t first_scanner_after_s = -1;
    int64_t sent_at = 0;        // the invitation e-mail's sending time (0: not sent, or unknown)
    int64_t last_open_at = 0;
    std::vector<LinkOpen> recent;  // the newest opens, at most 20, newest first
};

// `opens` in any order. Never fails.
LinkOpenSummary summarize_link_opens(std::vector<LinkOpen> opens, int64_t sent_at);

std::string_view code(ScannerSign s);  // "none", "head", "fast", "agent"

void to_json(nlohmann::json& j, const LinkOpen& o);
void from_json(const nlohmann::json& j, LinkOpen& o);
void to_json(nlohmann::json& j, const LinkOpenSummary& s);
void from_json(const nlohmann::json& j, LinkOpenSummary& s);

}  // namespace kandidaat
