// Handlers: the first-start page (/setup/{code}) that creates the first admin of an empty database (issue 16).
#include "handlers/handlers.hpp"

#include <kandidaat/candidate_input.hpp>
#include <kandidaat/validation.hpp>

#include "crypto.hpp"
#include "pages/confirm_page.hpp"
#include "pages/setup_page.hpp"

namespace kandidaat::handlers {

namespace {

void send_page(Res& res, int status, std::string html) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; "
                   "base-uri 'none'");
    res.set_content(std::move(html), "text/html; charset=utf-8");
}

std::string form_field(const Req& req, const char* name) {
    if (req.has_param(name)) return req.get_param_value(name);
    httplib::Params params;
    httplib::detail::parse_query_text(req.body, params);
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

Lang page_lang(const Req& req) { return pages::lang_from_accept_language(req.get_header_value("Accept-Language")); }

bool code_valid(Services& s, const std::string& code) {
    const std::string hash = crypto::sha256_hex(code);
    return s.storage.read([&](storage::Repo& r) { return r.count_users() == 0 && r.setup_code_valid(hash); });
}

const char* text(Lang l, const char* nl, const char* en, const char* de) {
    return l == Lang::nl ? nl : l == Lang::de ? de : en;
}

}  // namespace

void show_setup_page(Services& s, const Req& req, Res& res) {
    const Lang lang = page_lang(req);
    const std::string code = req.matches[1].str();
    if (!code_valid(s, code)) return send_page(res, 404, pages::setup_invalid_page(lang));
    pages::SetupForm f;
    f.lang = lang;
    f.code = code;
    send_page(res, 200, pages::setup_page(f));
}

void submit_setup_page(Services& s, const Req& req, Res& res) {
    const Lang lang = page_lang(req);
    pages::SetupForm f;
    f.lang = lang;
    f.code = req.matches[1].str();
    f.name = form_field(req, "name");
    f.email = normalize_email(form_field(req, "email"));
    const std::string password = form_field(req, "password");
    if (!code_valid(s, f.code)) return send_page(res, 404, pages::setup_invalid_page(lang));
    if (!is_valid_email(f.email))
        f.error = text(lang, "Vul een geldig e-mailadres in.", "Enter a valid e-mail address.",
                       "Geben Sie eine gültige E-Mail-Adresse ein.");
    else if (password.size() < 8)
        f.error = text(lang, "Het wachtwoord moet minstens 8 tekens hebben.",
                       "The password needs at least 8 characters.", "Das Passwort braucht mindestens 8 Zeichen.");
    else if (password != form_field(req, "password2"))
        f.error = text(lang, "De twee wachtwoorden zijn niet gelijk.", "The two passwords differ.",
                       "Die beiden Passwörter sind verschieden.");
    if (!f.error.empty()) return send_page(res, 422, pages::setup_page(f));

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
    if (!created) return send_page(res, 404, pages::setup_invalid_page(lang));
    send_page(res, 201, pages::setup_done_page(lang, u.email));
}

}  // namespace kandidaat::handlers
