// AppState: everything the recruiter's UI shows and remembers between frames, owned by main.cpp.
#pragma once

#include <string>

namespace kandidaat::web {

enum class Page { login, vacancies, candidates, interviews, templates, messages };

struct LoginForm {
    std::string email;
    std::string password;
    std::string error;   // shown under the form; empty when there is nothing to say
    bool busy = false;   // a login request is in flight
};

struct AppState {
    Page page = Page::login;
    std::string ui_lang = "nl";  // "nl" or "en"; the default comes from the browser's language
    LoginForm login;
};

}  // namespace kandidaat::web
