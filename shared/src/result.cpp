// The error-code table's lookups, Error construction and its JSON mapping.
#include "kandidaat/result.hpp"

namespace kandidaat {

namespace {
struct CodeRow {
    std::string_view wire;
    int status;
};
constexpr CodeRow code_rows[] = {
#define KANDIDAAT_ERROR_CODE_ROW(id, wire, status) {wire, status},
    KANDIDAAT_ERROR_CODES(KANDIDAAT_ERROR_CODE_ROW)
#undef KANDIDAAT_ERROR_CODE_ROW
};
const CodeRow& row(ErrorCode code) { return code_rows[static_cast<size_t>(code)]; }
}  // namespace

std::string_view wire_code(ErrorCode code) { return row(code).wire; }
int http_status(ErrorCode code) { return row(code).status; }

ErrorCode error_code_from_wire(std::string_view wire) {
    for (size_t i = 0; i < std::size(code_rows); ++i)
        if (code_rows[i].wire == wire) return static_cast<ErrorCode>(i);
    return ErrorCode::request_failed;
}

Error make_error(ErrorCode code, Str words, std::string field, std::vector<std::string> args) {
    std::string message = fill(Lang::en, words, args);
    return Error{code, std::move(message), std::move(field), words, std::move(args)};
}

Error make_error(ErrorCode code, std::string message, std::string field) {
    return Error{code, std::move(message), std::move(field), std::nullopt, {}};
}

std::string said(const Error& e, Lang lang) { return e.words ? fill(lang, *e.words, e.args) : e.message; }

void to_json(nlohmann::json& j, const Error& e) {
    j = nlohmann::json{{"code", wire_code(e.code)}, {"message", e.message}, {"field", e.field}};
}

void from_json(const nlohmann::json& j, Error& e) {
    e.code = error_code_from_wire(j.value("code", std::string{}));
    e.message = j.value("message", std::string{});
    e.field = j.value("field", std::string{});
}

}  // namespace kandidaat
