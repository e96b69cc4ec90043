// CSV import (issue 16): candidates from a spreadsheet file as it really comes — RFC 4180 quoting (delimiters and
// newlines inside quotes, "" for a quote), ';' (Dutch Excel), ',' or tab as delimiter, a UTF-8 byte order mark,
// CRLF or LF, trailing empty lines, and Windows-1252 bytes (Excel's "CSV" on Windows) converted to UTF-8; Dutch and
// English headers. Pure functions: the server runs them on the uploaded bytes; nothing here touches a database.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/api.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/recruiter_words.hpp"

namespace kandidaat {

// The import's limits (over them the server answers 413 naming the limit).
inline constexpr int csv_max_rows = 5000;
inline constexpr int64_t csv_max_bytes = 2 * 1024 * 1024;

// The fields a column can be mapped to, in display order.
inline constexpr const char* csv_fields[] = {"first_name", "last_name", "email", "mobile", "language", "cv_text"};

// The file's text as UTF-8: a UTF-8 BOM is dropped ("utf-8 (BOM)"); valid UTF-8 stays ("utf-8"); anything else is
// read as Windows-1252 ("windows-1252": é, ë, ç, ø as single bytes become their UTF-8 forms). Never fails.
struct DecodedText {
    std::string text;
    std::string encoding;
};
DecodedText decode_csv_bytes(std::string_view bytes);

// The delimiter of the header line: the most frequent of ';', ',' and tab outside quotes (';' on a tie, the Dutch
// default). Never fails.
char detect_delimiter(std::string_view text);

// One record and the line of the file it starts on (1-based; a quoted newline makes a record span lines).
struct CsvRecord {
    int line = 0;
    std::vector<std::string> cells;
};
// RFC 4180 records. Empty lines (also at the end) are skipped; CR LF and LF both end a record. An unterminated
// quote is reported in `error` (code "unterminated_quote", with its line) and ends the parse. Never throws.
struct CsvParse {
    std::vector<CsvRecord> records;
    std::optional<ImportProblem> error;
};
CsvParse parse_csv(std::string_view text, char delimiter, Lang lang = Lang::nl);  // lang: the problem's words

// Column -> field from the header cells: Dutch and English names (voornaam/first name, achternaam/last name,
// e-mail, mobiel/telefoon/mobile/phone, taal/language, cv), case, spaces and punctuation ignored. Every field of
// csv_fields is a key; -1 = no column. Never fails.
std::map<std::string, int> map_headers(const std::vector<std::string>& headers);

// A row that can be imported.
struct CsvCandidate {
    int line = 0;
    Candidate candidate;  // normalized (check_candidate)
    std::string cv_text;
};

// The whole analysis of an upload: decode, detect, parse, map (the recruiter's `mapping_override` wins per field;
// a column of -1 unmaps), check every row. Problems carry their line: invalid_email, invalid_phone, missing_name,
// invalid_language, duplicate_in_file (the same e-mail as an earlier row), missing_column (line 1: no e-mail or no
// name column), unterminated_quote. report.valid counts `rows`' entries. "already applied" needs the database:
// the server adds those problems. Never fails.
struct CsvAnalysis {
    ImportReport report;
    std::vector<CsvCandidate> rows;
};
// Problems are said in `lang` (the recruiter's UI language).
CsvAnalysis analyse_csv(std::string_view bytes, const std::map<std::string, int>& mapping_override = {},
                        std::string_view default_language = "nl", Lang lang = Lang::nl);

// "first_name:0,email:2,mobile:-1" (the query parameter `mapping`) -> a mapping override; unknown fields and
// malformed parts are ignored. Never fails.
std::map<std::string, int> parse_mapping_param(std::string_view text);
std::string mapping_param(const std::map<std::string, int>& mapping);  // the reverse

}  // namespace kandidaat
