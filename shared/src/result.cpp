// Error construction and its JSON mapping.
#include "kandidaat/result.hpp"

namespace kandidaat {

Error make_error(std::string code, std::string message, std::string field) {
    return Error{std::move(code), std::move(message), std::move(field)};
}

void to_json(nlohmann::json& j, const Error& e) {
    j = nlohmann::json{{"code", e.code}, {"message", e.message}, {"field", e.field}};
}

void from_json(const nlohmann::json& j, Error& e) {
    e.code = j.value("code", std::string{});
    e.message = j.value("message", std::string{});
    e.field = j.value("field", std::string{});
}

}  // namespace kandidaat
