// Handlers: the first-start page (/setup/{code}) that creates the first admin of an empty database (issue 16).
#include "handlers/handlers.hpp"

#include <kandidaat/candidate_input.hpp>
#include <kandidaat/validation.hpp>

#include "crypto.hpp"
#include "pages/page_http.hpp"
#include "pages/setup_page.hpp"

namespace kandidaat::handlers {

namespace {

Lang page_lang(const Req& req) { return lang_from_accept_language(req.get_header_value("Accept-Language")); }

bool code_valid(Services& s, const std::string& code) {
    const std::string hash = crypto::sha256_hex(code);
    return s.storage.read([&](storage::Repo& r) { return r.count_users() == 0 && r.setup_code_valid(hash); });
}


}  // namespace

void show_setup_page(Services& s, const Req& req, Res& res) {
    const Lang lang = page_lang(req);
    const std::string code = req.matches[1].str();
    if (!code_valid(s, code)) return pages::send_page(res, 404, pages::setup_invalid_page(lang));
    pages::SetupForm f;
    f.lang = lang;
    f.code = code;
    pages::send_page(res, 200, pages::setup_page(f));
}

void submit_setup_page(Services& s, const Req& req, Res& res) {
    const Lang lang = page_lang(req);
    pages::SetupForm f;
    f.lang = lang;
    f.code = req.matches[1].str();
    f.name = pages::form_value(req, "name");
    f.email = normalize_email(pages::form_value(req, "email"));
    const std::string password = pages::form_value(req, "password");
    if (!code_valid(s, f.code)) return pages::send_page(res, 404, pages::setup_invalid_page(lang));
    if (!is_valid_email(f.email))
        f.error = tr(lang, Str::err_invalid_email);
    else if (password.size() < 8)
        f.error = tr(lang, Str::err_password_short);
    else if (password != pages::form_value(req, "password2"))
        f.error = tr(lang, Str::setup_passwords_differ);
    if (!f.error.empty()) return pages::send_page(res, 422, pages::setup_page(f));

    User u;
    u.email = f.email;
    u.name = f.name;
    u.role = Role::admin;
    u.sms_access = true;
    const std::string hash = crypto::hash_password(password, s.config.fast_password_hashing);
    const std::string code_hash = crypto::sha256_hex(f.code);
    const bool created = s.storage.write([&](storage::Repo& r) {
        // Checked again inside the write: two tabs submitting at once make one admin.
        if (r.count_users() != 0 || !r.setup_code_valid(code_hash)) return false;
        r.insert_user(u, hash, s.now());
        r.use_setup_codes(s.now());
        return true;
    });
    if (!created) return pages::send_page(res, 404, pages::setup_invalid_page(lang));
    pages::send_page(res, 201, pages::setup_done_page(lang, u.email));
}

}  // namespace kandidaat::handlers
