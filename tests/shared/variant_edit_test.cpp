#include <doctest/doctest.h>

#include "kandidaat/variant_edit.hpp"

using kandidaat::carry_line_insertion;

TEST_CASE("issue 10 variants: a line added to the Dutch text lands at the same place in the English text") {
    const std::string nl = "Beste {firstname},\n\nWelkom op {interviewdate}.\n\nGroet,\n{recruitername}";
    const std::string en = "Dear {firstname},\n\nWelcome on {interviewdate}.\n\nRegards,\n{recruitername}";
    SUBCASE("after the greeting (counted from the start)") {
        const std::string edited = "Beste {firstname},\nParkeren kan op P2.\n\nWelkom op {interviewdate}.\n\nGroet,\n{recruitername}";
        CHECK(carry_line_insertion(nl, edited, en) ==
              "Dear {firstname},\nParkeren kan op P2.\n\nWelcome on {interviewdate}.\n\nRegards,\n{recruitername}");
    }
    SUBCASE("above the signature (counted from the end)") {
        const std::string edited = "Beste {firstname},\n\nWelkom op {interviewdate}.\n\nGroet,\nP.S. {confirmlink}\n{recruitername}";
        CHECK(carry_line_insertion(nl, edited, "Dear {firstname},\nWelcome.\nRegards,\n{recruitername}") ==
              "Dear {firstname},\nWelcome.\nRegards,\nP.S. {confirmlink}\n{recruitername}");
    }
    SUBCASE("at the very end") {
        CHECK(carry_line_insertion("a\nb", "a\nb\nc", "x\ny\nz") == "x\ny\nz\nc");
    }
    SUBCASE("several lines at once") {
        CHECK(carry_line_insertion("a\nb", "a\n1\n2\nb", "x\ny") == "x\n1\n2\ny");
    }
}

TEST_CASE("issue 10 variants: a changed or deleted line is not copied into another language") {
    CHECK_FALSE(carry_line_insertion("a\nb\nc", "a\nB\nc\nd", "x\ny\nz"));  // b changed as well
    CHECK_FALSE(carry_line_insertion("a\nb\nc", "a\nc", "x\ny\nz"));        // a line deleted
    CHECK_FALSE(carry_line_insertion("a\nb", "a\nb", "x\ny"));              // nothing changed
    CHECK_FALSE(carry_line_insertion("", "new text", "x"));                 // typed into an empty field
    CHECK_FALSE(carry_line_insertion("a b", "a b c", "x y"));               // inside a line
}
