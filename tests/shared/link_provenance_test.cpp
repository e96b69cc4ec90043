// Issue 11: link provenance — which opens of a confirmation link were likely a mail scanner, and the summary the
// recruiter reads ("opened 3× — 1 likely a mail scanner (HEAD, 2 s after sending)").
#include <doctest/doctest.h>

#include "kandidaat/link_provenance.hpp"

using namespace kandidaat;

namespace {
constexpr const char* browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120 Safari/537.36";
}

TEST_SUITE("issue 11 link provenance") {

TEST_CASE("issue 11 a HEAD is a scanner, a scanner's or library's user agent too, a GET seconds after sending too") {
    const int64_t sent = 1'000'000;
    CHECK(classify_link_open({sent + 600, "HEAD", browser}, sent) == ScannerSign::head);
    CHECK(classify_link_open({sent + 600, "GET", "Mozilla/5.0 (compatible; Barracuda Sentinel)"}, sent) == ScannerSign::agent);
    CHECK(classify_link_open({sent + 600, "GET", "python-requests/2.31"}, sent) == ScannerSign::agent);
    CHECK(classify_link_open({sent + 600, "GET", ""}, sent) == ScannerSign::agent);
    CHECK(classify_link_open({sent + 2, "GET", browser}, sent) == ScannerSign::fast);
    CHECK(classify_link_open({sent + scanner_fast_seconds + 1, "GET", browser}, sent) == ScannerSign::none);
    CHECK(classify_link_open({sent + 2, "GET", browser}, 0) == ScannerSign::none);  // sending time unknown
    CHECK(classify_link_open({sent + 1, "POST", "curl/8"}, sent) == ScannerSign::none);  // an answer is a person
}

TEST_CASE("issue 11 opened 3 times, 1 likely a mail scanner (HEAD, 2 s after sending), 1 answer") {
    const int64_t sent = 1'000'000;
    const auto s = summarize_link_opens({{sent + 3600, "POST", browser},
                                         {sent + 2, "HEAD", "Mozilla/5.0"},
                                         {sent + 3500, "GET", browser},
                                         {sent + 3590, "GET", browser}},
                                        sent);
    CHECK(s.opens == 3);
    CHECK(s.answers == 1);
    CHECK(s.likely_scanners == 1);
    CHECK(s.first_scanner_method == "HEAD");
    CHECK(s.first_scanner_sign == ScannerSign::head);
    CHECK(s.first_scanner_after_s == 2);
    CHECK(s.last_open_at == sent + 3590);
    REQUIRE(s.recent.size() == 4);
    CHECK(s.recent.front().method == "POST");  // newest first
    const nlohmann::json j = s;
    CHECK(j.get<LinkOpenSummary>().first_scanner_after_s == 2);
    CHECK(j["first_scanner_sign"] == "head");
}

TEST_CASE("issue 11 a link never opened summarizes as zero, and only the 20 newest opens are listed") {
    CHECK(summarize_link_opens({}, 0).opens == 0);
    std::vector<LinkOpen> many;
    for (int i = 0; i < 30; ++i) many.push_back({1000 + i, "GET", browser});
    const auto s = summarize_link_opens(many, 0);
    CHECK(s.opens == 30);
    CHECK(s.recent.size() == 20);
    CHECK(s.recent.front().at == 1029);
}

}
