// The first-start page (/setup/{code}): server-rendered HTML, like the confirmation page, that creates the first
// admin of an empty database. Self-contained documents (inline CSS, no JavaScript); every value is HTML-escaped.
// None of the functions fails.
#pragma once

#include <string>

#include <kandidaat/i18n.hpp>

namespace kandidaat::pages {

struct SetupForm {
    Lang lang = Lang::en;
    std::string code;   // for the form's action (/setup/<code>)
    std::string name;   // what was typed, kept after an error
    std::string email;
    std::string error;  // shown above the form; empty when there is nothing to say
};

// The form: name, e-mail, password twice, one button.
std::string setup_page(const SetupForm& f);
// The admin exists: a link to the app's login.
std::string setup_done_page(Lang lang, const std::string& email);
// 404: an unknown or used code, or the database already has users.
std::string setup_invalid_page(Lang lang);

}  // namespace kandidaat::pages
