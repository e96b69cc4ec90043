// CSV import: decoding, delimiter detection, RFC 4180 parsing, header mapping and row checks.
#include "kandidaat/csv_import.hpp"
#include "kandidaat/utf8.hpp"

#include <algorithm>
#include <charconv>

#include "kandidaat/candidate_input.hpp"

namespace kandidaat {

namespace {

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252's 0x80-0x9F (the rest of 0xA0-0xFF is Latin-1 = Unicode). Undefined bytes become U+FFFD.
constexpr uint16_t cp1252_high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

std::string lower_alnum(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    }
    return out;
}

std::string cell(const std::vector<std::string>& cells, int column) {
    if (column < 0 || static_cast<size_t>(column) >= cells.size()) return {};
    return cells[static_cast<size_t>(column)];
}

}  // namespace

DecodedText decode_csv_bytes(std::string_view bytes) {
    const bool bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
    if (bom) bytes.remove_prefix(3);
    if (is_valid_utf8(bytes)) return {std::string(bytes), bom ? "utf-8 (BOM)" : "utf-8"};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) out += ch;
        else if (b < 0xA0) append_utf8(out, cp1252_high[b - 0x80]);
        else append_utf8(out, b);
    }
    return {std::move(out), "windows-1252"};
}

char detect_delimiter(std::string_view text) {
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ';') ++semicolons;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == '\t') ++tabs;
    }
    if (tabs > semicolons && tabs > commas) return '\t';
    if (commas > semicolons) return ',';
    return ';';
}

CsvParse parse_csv(std::string_view text, char delimiter, Lang lang) {
    CsvParse out;
    int line = 1;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool end_of_record = false;
        while (!end_of_record) {
            field.clear();
            if (i < n && text[i] == '"') {
                const int quote_line = line;
                ++i;
                for (;;) {
                    if (i >= n) {
                        out.error = ImportProblem{quote_line, "", "unterminated_quote",
                                                  fill(lang, Str::err_csv_unterminated_quote,
                                                       {std::to_string(quote_line)})};
                        return out;
                    }
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {  // CRLF inside quotes reads as one newline
                        field += '\n';
                        i += 2;
                        ++line;
                        continue;
                    }
                    if (c == '\n') ++line;
                    field += c;
                    ++i;
                }
                // Text after the closing quote up to the delimiter is kept (lenient, like spreadsheets).
                while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') field += text[i++];
            } else {
                while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') field += text[i++];
            }
            rec.cells.push_back(field);
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            end_of_record = true;
            if (i < n && text[i] == '\r') ++i;
            if (i < n && text[i] == '\n') ++i;
            ++line;
        }
        const bool empty = std::all_of(rec.cells.begin(), rec.cells.end(), [](const std::string& c) {
            return c.find_first_not_of(" \t") == std::string::npos;
        });
        if (!empty) out.records.push_back(std::move(rec));
    }
    return out;
}

std::map<std::string, int> map_headers(const std::vector<std::string>& headers) {
    static const std::map<std::string, std::vector<std::string>> names = {
        {"first_name", {"voornaam", "roepnaam", "firstname", "first", "givenname", "forename", "vorname"}},
        {"last_name", {"achternaam", "familienaam", "lastname", "last", "surname", "familyname", "nachname"}},
        {"email", {"email", "emailadres", "emailaddress", "mail", "mailadres", "emailadresse"}},
        {"mobile", {"mobiel", "mobielnummer", "mobiel06", "telefoon", "telefoonnummer", "tel", "gsm", "mobile",
                    "mobilenumber", "mobilephone", "phone", "phonenumber", "telephone", "handy", "telefon"}},
        {"language", {"taal", "voorkeurstaal", "language", "lang", "preferredlanguage", "sprache"}},
        {"cv_text", {"cv", "cvtekst", "cvtext", "resume", "curriculumvitae", "lebenslauf"}},
    };
    std::map<std::string, int> out;
    for (const char* f : csv_fields) out[f] = -1;
    for (size_t col = 0; col < headers.size(); ++col) {
        const std::string h = lower_alnum(headers[col]);
        for (const auto& [field, aliases] : names)
            if (out[field] < 0 && std::find(aliases.begin(), aliases.end(), h) != aliases.end())
                out[field] = static_cast<int>(col);
    }
    return out;
}

CsvAnalysis analyse_csv(std::string_view bytes, const std::map<std::string, int>& mapping_override,
                        std::string_view default_language, Lang lang) {
    CsvAnalysis a;
    ImportReport& r = a.report;
    r.max_rows = csv_max_rows;
    r.max_bytes = csv_max_bytes;
    const DecodedText decoded = decode_csv_bytes(bytes);
    r.encoding = decoded.encoding;
    const char delim = detect_delimiter(decoded.text);
    r.delimiter = std::string(1, delim);
    CsvParse parsed = parse_csv(decoded.text, delim, lang);
    if (parsed.error) r.problems.push_back(*parsed.error);
    if (parsed.records.empty()) {
        r.mapping = map_headers({});
        if (!parsed.error) r.problems.push_back({1, "", "empty_file", tr(lang, Str::err_csv_empty)});
        return a;
    }
    r.headers = parsed.records.front().cells;
    r.mapping = map_headers(r.headers);
    for (const auto& [field, column] : mapping_override)
        if (r.mapping.count(field)) r.mapping[field] = column < static_cast<int>(r.headers.size()) ? column : -1;
    const int header_line = parsed.records.front().line;
    if (r.mapping["email"] < 0)
        r.problems.push_back({header_line, "email", "missing_column", tr(lang, Str::err_csv_no_email_column)});
    if (r.mapping["first_name"] < 0 && r.mapping["last_name"] < 0)
        r.problems.push_back({header_line, "first_name", "missing_column", tr(lang, Str::err_csv_no_name_column)});
    const bool mapped = r.mapping["email"] >= 0 && (r.mapping["first_name"] >= 0 || r.mapping["last_name"] >= 0);

    std::map<std::string, int> seen;  // e-mail -> line of its first valid row
    for (size_t k = 1; k < parsed.records.size(); ++k) {
        const CsvRecord& rec = parsed.records[k];
        ++r.rows;
        if (r.preview.size() < 5) r.preview.push_back(rec.cells);
        if (!mapped) continue;
        Candidate in;
        in.first_name = cell(rec.cells, r.mapping["first_name"]);
        in.last_name = cell(rec.cells, r.mapping["last_name"]);
        in.email = cell(rec.cells, r.mapping["email"]);
        in.mobile = cell(rec.cells, r.mapping["mobile"]);
        in.language = cell(rec.cells, r.mapping["language"]);
        CandidateCheck check = check_candidate(in, default_language);
        for (const Error& e : check.errors)
            r.problems.push_back({rec.line, e.field, std::string(wire_code(e.code)), said(e, lang)});
        if (!check.errors.empty()) continue;
        if (auto it = seen.find(check.candidate.email); it != seen.end()) {
            r.problems.push_back({rec.line, "email", "duplicate_in_file",
                                  fill(lang, Str::err_csv_duplicate_line, {std::to_string(it->second)})});
            continue;
        }
        seen[check.candidate.email] = rec.line;
        a.rows.push_back({rec.line, std::move(check.candidate), cell(rec.cells, r.mapping["cv_text"])});
    }
    r.valid = static_cast<int>(a.rows.size());
    return a;
}

std::map<std::string, int> parse_mapping_param(std::string_view text) {
    std::map<std::string, int> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view part = text.substr(start, end - start);
        if (const size_t colon = part.find(':'); colon != std::string_view::npos) {
            const std::string field(part.substr(0, colon));
            const std::string_view num = part.substr(colon + 1);
            int column = 0;
            auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), column);
            const bool known = std::find_if(std::begin(csv_fields), std::end(csv_fields),
                                            [&](const char* f) { return field == f; }) != std::end(csv_fields);
            if (known && ec == std::errc() && p == num.data() + num.size() && column >= -1) out[field] = column;
        }
        start = end + 1;
    }
    return out;
}

std::string mapping_param(const std::map<std::string, int>& mapping) {
    std::string out;
    for (const auto& [field, column] : mapping) {
        if (!out.empty()) out += ',';
        out += field + ":" + std::to_string(column);
    }
    return out;
}

}  // namespace kandidaat
