#include "kandidaat/link_provenance.hpp"

#include <algorithm>

namespace kandidaat {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Fragments of the user agents of mail security gateways, link previews and HTTP libraries (lower case).
constexpr std::string_view scanner_agents[] = {
    "barracuda", "mimecast", "proofpoint", "safelinks", "safe links", "microsoft office", "ms-office",  // words: not shown
    "outlook", "skypeuripreview", "symantec", "trendmicro", "trend micro", "fortinet", "sophos", "zscaler",  // words: not shown
    "cisco", "ironport", "checkpoint", "python-requests", "python-urllib", "aiohttp", "curl/", "wget/",
    "go-http-client", "java/", "okhttp", "libwww", "httpclient", "headless", "bot", "spider", "crawler",
    "scan", "preview", "slurp", "facebookexternalhit", "whatsapp",
};

}  // namespace

ScannerSign classify_link_open(const LinkOpen& open, int64_t sent_at) {
    if (open.method == "POST") return ScannerSign::none;
    if (open.method == "HEAD") return ScannerSign::head;
    const std::string agent = lower(open.user_agent);
    if (agent.find_first_not_of(" \t") == std::string::npos) return ScannerSign::agent;
    for (std::string_view fragment : scanner_agents)
        if (agent.find(fragment) != std::string::npos) return ScannerSign::agent;
    if (sent_at > 0 && open.at >= sent_at - 1 && open.at - sent_at <= scanner_fast_seconds) return ScannerSign::fast;
    return ScannerSign::none;
}

LinkOpenSummary summarize_link_opens(std::vector<LinkOpen> opens, int64_t sent_at) {
    std::stable_sort(opens.begin(), opens.end(), [](const LinkOpen& a, const LinkOpen& b) { return a.at < b.at; });
    LinkOpenSummary s;
    s.sent_at = sent_at;
    for (const LinkOpen& o : opens) {
        if (o.method == "POST") {
            ++s.answers;
            continue;
        }
        ++s.opens;
        s.last_open_at = std::max(s.last_open_at, o.at);
        const ScannerSign sign = classify_link_open(o, sent_at);
        if (sign == ScannerSign::none) continue;
        if (s.likely_scanners++ == 0) {
            s.first_scanner_method = o.method;
            s.first_scanner_sign = sign;
            s.first_scanner_after_s = sent_at > 0 ? std::max<int64_t>(0, o.at - sent_at) : -1;
        }
    }
    const size_t keep = std::min<size_t>(opens.size(), 20);
    s.recent.assign(opens.rbegin(), opens.rbegin() + static_cast<std::ptrdiff_t>(keep));
    return s;
}

std::string_view code(ScannerSign s) {
    switch (s) {
        case ScannerSign::none: return "none";
        case ScannerSign::head: return "head";
        case ScannerSign::fast: return "fast";
        case ScannerSign::agent: return "agent";
    }
    return "none";
}

void to_json(nlohmann::json& j, const LinkOpen& o) {
    j = {{"at", o.at}, {"method", o.method}, {"user_agent", o.user_agent}};
}
void from_json(const nlohmann::json& j, LinkOpen& o) {
    o.at = j.value("at", int64_t{0});
    o.method = j.value("method", std::string());
    o.user_agent = j.value("user_agent", std::string());
}

void to_json(nlohmann::json& j, const LinkOpenSummary& s) {
    j = {{"opens", s.opens},
         {"answers", s.answers},
         {"likely_scanners", s.likely_scanners},
         {"first_scanner_method", s.first_scanner_method},
         {"first_scanner_sign", std::string(code(s.first_scanner_sign))},
         {"first_scanner_after_s", s.first_scanner_after_s},
         {"sent_at", s.sent_at},
         {"last_open_at", s.last_open_at},
         {"recent", s.recent}};
}
void from_json(const nlohmann::json& j, LinkOpenSummary& s) {
    s.opens = j.value("opens", 0);
    s.answers = j.value("answers", 0);
    s.likely_scanners = j.value("likely_scanners", 0);
    s.first_scanner_method = j.value("first_scanner_method", std::string());
    const std::string sign = j.value("first_scanner_sign", std::string("none"));
    s.first_scanner_sign = sign == "head" ? ScannerSign::head : sign == "fast" ? ScannerSign::fast
                           : sign == "agent" ? ScannerSign::agent : ScannerSign::none;
    s.first_scanner_after_s = j.value("first_scanner_after_s", int64_t{-1});
    s.sent_at = j.value("sent_at", int64_t{0});
    s.last_open_at = j.value("last_open_at", int64_t{0});
    s.recent = j.contains("recent") && j["recent"].is_array() ? j["recent"].get<std::vector<LinkOpen>>()
                                                               : std::vector<LinkOpen>{};
}

}  // namespace kandidaat
