// Result<T> and Error: how shared code reports failure without throwing.
#pragma once

#include <cstdlib>
#include <string>
#include <utility>
#include <variant>

#include <nlohmann/json.hpp>

namespace kandidaat {

// A failure a person can act on: a stable machine code ("unknown_tag"), a readable English message, and the
// request field it concerns as a dotted path ("interview.date", "email.content.nl"); field is empty when the
// error concerns no single field.
struct Error {
    std::string code;
    std::string message;
    std::string field;

    friend bool operator==(const Error&, const Error&) = default;
};

// Never fails.
Error make_error(std::string code, std::string message, std::string field = {});

// JSON: {"code": "...", "message": "...", "field": "..."} (missing keys read as empty).
void to_json(nlohmann::json& j, const Error& e);
void from_json(const nlohmann::json& j, Error& e);

// Either a value or an Error. value() and error() require the matching state (checked: a wrong access aborts,
// it never throws).
template <class T>
class Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *checked(std::get_if<0>(&state_)); }
    T& value() & { return *checked(std::get_if<0>(&state_)); }
    T&& value() && { return std::move(*checked(std::get_if<0>(&state_))); }
    const Error& error() const { return *checked(std::get_if<1>(&state_)); }

    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    // The value, or `fallback` when this holds an error. Never fails.
    T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    template <class P>
    static P* checked(P* p) {
        if (p == nullptr) std::abort();  // programming error: wrong accessor for the state
        return p;
    }

    std::variant<T, Error> state_;
};

}  // namespace kandidaat
