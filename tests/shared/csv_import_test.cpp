// Issue 16: the CSV import's parsing rules and the phone/e-mail rules for candidates coming in.
#include <doctest/doctest.h>

#include <kandidaat/candidate_input.hpp>
#include <kandidaat/csv_import.hpp>

using namespace kandidaat;

TEST_SUITE("issue 16 candidates coming in") {

TEST_CASE("issue 16 phone: 06-12345678 and +31 6 1234 5678 are +31612345678, +32/+49 kept, landlines are no mobiles") {
    CHECK(normalize_phone("06-12345678")->e164 == "+31612345678");
    CHECK(normalize_phone("+31 6 1234 5678")->e164 == "+31612345678");
    CHECK(normalize_phone("0031 (0)6 12345678")->e164 == "+31612345678");
    CHECK(normalize_phone("06-12345678")->mobile);
    CHECK(normalize_phone("+32 470 12 34 56")->e164 == "+32470123456");
    CHECK(normalize_phone("+32 470 12 34 56")->mobile);
    CHECK(normalize_phone("+49 151 23456789")->e164 == "+4915123456789");
    const auto landline = normalize_phone("020-1234567");
    REQUIRE(landline);
    CHECK(landline->e164 == "+31201234567");
    CHECK_FALSE(landline->mobile);
    CHECK_FALSE(normalize_phone("+49 30 1234567")->mobile);
    CHECK(normalize_phone("12345").error().code == ErrorCode::invalid_phone);
    CHECK(normalize_phone("06-1234").error().code == ErrorCode::invalid_phone);
    CHECK(normalize_phone("06-1234567x").error().code == ErrorCode::invalid_phone);

    Candidate c;
    c.first_name = " Anna ";
    c.email = " Anna@Example.NL ";
    c.mobile = "020 123 4567";
    const auto check = check_candidate(c);
    CHECK(check.errors.empty());
    CHECK(check.candidate.email == "anna@example.nl");
    CHECK(check.candidate.mobile.empty());  // never an SMS recipient
    CHECK(check.candidate.phone == "+31201234567");
    CHECK(check.landline);
}

TEST_CASE("issue 16 CSV: ',' delimiter, UTF-8 BOM, CRLF, quoted ',' and newline inside, trailing empty lines") {
    const std::string file =
        "\xEF\xBB\xBFVoornaam;Achternaam;E-mail;Mobiel;Taal\r\n"
        "Anna;\"de Vries; jr.\";anna@example.nl;06-12345678;nl\r\n"
        "\"Piet\";\"Multi\r\nLine\";piet@example.nl;;en\r\n"
        "Bad;Mail;not-an-email;;nl\r\n"
        "\r\n\r\n";
    const auto a = analyse_csv(file);
    CHECK(a.report.encoding == "utf-8 (BOM)");
    CHECK(a.report.delimiter == ";");
    CHECK(a.report.headers[0] == "Voornaam");  // no BOM left in the first header
    CHECK(a.report.rows == 3);
    CHECK(a.report.valid == 2);
    REQUIRE(a.rows.size() == 2);
    CHECK(a.rows[0].candidate.last_name == "de Vries; jr.");
    CHECK(a.rows[0].candidate.mobile == "+31612345678");
    CHECK(a.rows[1].candidate.last_name == "Multi\nLine");
    CHECK(a.rows[1].candidate.language == "en");
    REQUIRE(a.report.problems.size() == 1);
    CHECK(a.report.problems[0].line == 5);  // the quoted newline makes line 3 span two lines
    CHECK(a.report.problems[0].field == "email");
    CHECK(a.report.problems[0].code == "invalid_email");
}

TEST_CASE("issue 16 CSV: Windows-1252 bytes become UTF-8 (é ë ç ø), ',' and tab delimiters, English headers") {
    const std::string cp1252 = "first name,last name,email\nRen\xE9,M\xEBller-\xE7\xF8,rene@example.nl\n";
    const auto a = analyse_csv(cp1252);
    CHECK(a.report.encoding == "windows-1252");
    CHECK(a.report.delimiter == ",");
    REQUIRE(a.rows.size() == 1);
    CHECK(a.rows[0].candidate.first_name == "Ren\xC3\xA9");
    CHECK(a.rows[0].candidate.last_name == "M\xC3\xAB" "ller-\xC3\xA7\xC3\xB8");

    const auto tabs = analyse_csv("First Name\tLast Name\tE-mail address\tPhone\tLanguage\nAl\tB\tal@example.com\t+49 151 23456789\tDeutsch\n");
    CHECK(tabs.report.delimiter == "\t");
    REQUIRE(tabs.rows.size() == 1);
    CHECK(tabs.rows[0].candidate.mobile == "+4915123456789");
    CHECK(tabs.rows[0].candidate.language == "de");
}

TEST_CASE("issue 16 CSV: problems by line — duplicate inside the file, unreadable phone, missing name, bad quote") {
    const auto a = analyse_csv("voornaam;achternaam;email;telefoon\n"
                               "A;One;a@example.nl;06 1234 5678\n"
                               "B;Two;A@EXAMPLE.NL;\n"
                               "C;Three;c@example.nl;12\n"
                               ";;d@example.nl;\n");
    CHECK(a.report.valid == 1);
    REQUIRE(a.report.problems.size() == 3);
    CHECK(a.report.problems[0].line == 3);
    CHECK(a.report.problems[0].code == "duplicate_in_file");
    CHECK(a.report.problems[1].line == 4);
    CHECK(a.report.problems[1].code == "invalid_phone");
    CHECK(a.report.problems[2].line == 5);
    CHECK(a.report.problems[2].code == "missing_name");

    const auto broken = analyse_csv("voornaam;email\nA;\"a@example.nl\nB;b@example.nl\n");
    REQUIRE_FALSE(broken.report.problems.empty());
    CHECK(broken.report.problems.back().code == "unterminated_quote");
    CHECK(broken.report.problems.back().line == 2);
}

TEST_CASE("issue 16 CSV: the recruiter corrects the mapping, no e-mail column is a problem on line 1") {
    const std::string file = "naam;adres;contact\nJan;Straat 1;jan@example.nl\n";
    const auto detected = analyse_csv(file);
    CHECK(detected.report.mapping.at("email") == -1);
    CHECK(detected.report.valid == 0);
    REQUIRE_FALSE(detected.report.problems.empty());
    CHECK(detected.report.problems[0].line == 1);
    CHECK(detected.report.problems[0].code == "missing_column");

    const auto corrected = analyse_csv(file, parse_mapping_param("first_name:0,email:2"));
    CHECK(corrected.report.mapping.at("email") == 2);
    REQUIRE(corrected.rows.size() == 1);
    CHECK(corrected.rows[0].candidate.first_name == "Jan");
    CHECK(parse_mapping_param(mapping_param(corrected.report.mapping)) == corrected.report.mapping);
}

}  // TEST_SUITE
