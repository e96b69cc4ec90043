// Issue 12 (the app stays responsive while a 10,000-row list arrives): the array's elements are found without
// parsing them, so the app can parse a slice of them per frame.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <kandidaat/json_slices.hpp>

#include <string>

using namespace kandidaat;

namespace {

std::vector<std::string> elements(std::string_view text) {
    std::vector<std::string> out;
    auto ranges = json_array_elements(text);
    REQUIRE(ranges);
    for (const auto& r : *ranges) out.emplace_back(text.substr(r.begin, r.end - r.begin));
    return out;
}

}  // namespace

TEST_CASE("issue 12 a list's answer is cut into its elements, each parsable alone, whatever is inside them") {
    CHECK(elements("[]").empty());
    CHECK(elements("  [ ]\n").empty());
    CHECK(elements("[1]") == std::vector<std::string>{"1"});
    // Strings with brackets, commas, braces and escaped quotes and backslashes inside; nested arrays and objects.
    const std::string text = R"( [ {"name":"de Boer, [Jan]","note":"a \"quote\" } ] {"},
                                   {"x":[1,[2,3],{"y":"\\"}]} ,"\\",null, -1.5e3,true ] )";
    const auto parts = elements(text);
    REQUIRE(parts.size() == 6);
    CHECK(parts[0] == R"({"name":"de Boer, [Jan]","note":"a \"quote\" } ] {"})");
    CHECK(parts[1] == R"({"x":[1,[2,3],{"y":"\\"}]})");
    CHECK(parts[2] == R"("\\")");
    CHECK(parts[3] == "null");
    CHECK(parts[4] == "-1.5e3");
    CHECK(parts[5] == "true");
    // Every element parses alone to what the whole array holds.
    const auto whole = nlohmann::json::parse(text);
    for (size_t i = 0; i < parts.size(); ++i) CHECK(nlohmann::json::parse(parts[i]) == whole[i]);
    // UTF-8 passes through untouched.
    const std::string zoe = "\"Zo\xc3\xab \xc3\x87" "elik\"";
    CHECK(elements("[" + zoe + "]") == std::vector<std::string>{zoe});
}

TEST_CASE("issue 12 a body that is not one whole JSON array is refused, never cut wrongly") {
    for (const char* bad : {"", "   ", "{}", "1", "\"[1]\"", "[", "[1", "[1,", "[1,]", "[,1]", "[1,,2]", "[\"a]",
                            "[\"a\\\"]", "[1]]", "[1] x", "[{]", "[1}", "[[1]"}) {
        CAPTURE(bad);
        CHECK_FALSE(json_array_elements(bad));
    }
}

TEST_CASE("issue 12 an answer scanned piece by piece as it arrives is cut as the whole text is, wherever it is cut") {
    const std::string text = R"( [ {"name":"de Boer, [Jan]","note":"a \"quote\" \\ } ] {"}, {"x":[1,{"y":"\\"}]},"\\",-1.5e3 ] )";
    const auto whole = json_array_elements(text);
    REQUIRE(whole);
    REQUIRE(whole->size() == 4);
    // Two pieces cut at every byte, and one byte at a time.
    for (size_t cut = 0; cut <= text.size(); ++cut) {
        CAPTURE(cut);
        JsonArrayScanner scanner;
        CHECK(scanner.feed(std::string_view(text).substr(0, cut)));
        const auto parts = scanner.finish(text);
        REQUIRE(parts);
        REQUIRE(parts->size() == whole->size());
        for (size_t i = 0; i < parts->size(); ++i) {
            CHECK((*parts)[i].begin == (*whole)[i].begin);
            CHECK((*parts)[i].end == (*whole)[i].end);
        }
    }
    JsonArrayScanner bytewise;
    for (size_t k = 0; k <= text.size(); ++k) CHECK(bytewise.feed(std::string_view(text).substr(0, k)));
    const auto parts = bytewise.finish(text);
    REQUIRE(parts);
    CHECK(parts->size() == whole->size());
    // A bad text is refused as soon as it cannot be an array any more, and at the end; a cut-off one at the end.
    for (const char* bad : {"[1,]", "[1] x", "{}", "[\"a\\\"]", "[[1]"}) {
        CAPTURE(bad);
        const std::string_view b(bad);
        JsonArrayScanner scanner;
        for (size_t k = 0; k <= b.size(); ++k) scanner.feed(b.substr(0, k));
        CHECK_FALSE(scanner.finish(b));
    }
}
