// The audit log: action names, body redaction, and the write.
#include "audit.hpp"

#include <cstdio>

#include <kandidaat/api.hpp>

#include "accounts.hpp"

namespace kandidaat::audit {

namespace {

// Keys whose text values are codes (an answer, a status, a role …), kept as they are; any other text is personal
// or free text (names, e-mail texts, notes, CSV rows) and is replaced by its length, so the log holds no personal
// data that an erasure (issue 16) would have to find.
bool is_code_key(const std::string& key) {
    static const char* const codes[] = {"answer", "status", "role", "kind", "type", "action", "channel",
                                        "language", "date", "time", "state", "default_language"};
    for (const char* c : codes)
        if (key == c) return true;
    return false;
}

void redact(nlohmann::json& j, bool code) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end();) {
            if (it.key().find("password") != std::string::npos) {
                it = j.erase(it);
            } else {
                redact(*it, is_code_key(it.key()));
                ++it;
            }
        }
    } else if (j.is_array()) {
        for (auto& v : j) redact(v, code);
    } else if (j.is_string() && !(code && j.get_ref<const std::string&>().size() <= 40)) {
        j = "(" + std::to_string(utf8_chars(j.get_ref<const std::string&>())) + " characters)";
    }
}

std::string cut(std::string text, size_t max_chars) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++chars > max_chars) {
            text.resize(i);
            text += "…";
            break;
        }
    }
    return text;
}

}  // namespace

std::string action_of(Method method, std::string_view pattern) {
    namespace p = paths;
    if (method == Method::get || pattern == p::invitations_preview) return {};
    struct Name {
        Method m;
        std::string_view pattern;
        const char* action;
    };
    static const Name names[] = {
        {Method::post, p::login, "login"},
        {Method::post, p::logout, "logout"},
        {Method::post, p::my_password, "password_change"},
        {Method::del, p::session_pattern, "session_revoke"},
        {Method::put, p::allowed_senders, "senders_change"},
        {Method::post, p::users, "user_create"},
        {Method::patch, p::user_pattern, "user_change"},
        {Method::post, p::invitations, "invite"},
        {Method::put, p::invitation_answer_pattern, "set_answer"},
        {Method::post, p::invitation_reschedule_pattern, "reschedule"},
        {Method::patch, p::interview_pattern, "reschedule"},
        {Method::del, p::interview_pattern, "cancel"},
        {Method::post, p::interview_cancel_pattern, "cancel"},
        {Method::put, p::templates, "template_save"},
        {Method::del, p::template_item_pattern, "template_delete"},
        {Method::post, p::message_resend_pattern, "message_resend"},
        {Method::post, p::candidate_notes_pattern, "note_add"},
        {Method::patch, p::settings, "settings_change"},
        {Method::post, p::vacancies, "vacancy_create"},
        {Method::patch, p::vacancy_pattern, "vacancy_change"},
        {Method::post, p::vacancy_applications_pattern, "application_add"},
        {Method::post, p::vacancy_import_pattern, "candidates_import"},
        {Method::patch, p::candidate_pattern, "candidate_change"},
        {Method::post, p::candidate_erase_pattern, "candidate_erase"},
        {Method::put, p::application_cv_file_pattern, "cv_upload"},
        {Method::patch, p::application_pattern, "status_change"},
        {Method::post, p::applications_status, "status_change_bulk"},
        {Method::post, p::setup_page_pattern, "first_admin_setup"},
    };
    for (const auto& n : names)
        if (n.m == method && n.pattern == pattern) return n.action;
    return std::string(method_name(method)) + " " + std::string(pattern);
}

std::string detail_of(const std::string& body) {
    if (body.empty()) return {};
    auto j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_discarded()) return "(" + std::to_string(body.size()) + " bytes, not JSON)";  // words: not shown (a CSV, a CV file, a form)
    redact(j, false);
    return cut(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), 1000);
}

void record(Services& s, const httplib::Request& req, int status, const std::string& action, int64_t user_id,
            const std::string& user_email) {
    try {
        AuditEntry e;
        e.at = s.now();
        e.user_id = user_id;
        e.user_email = user_email.substr(0, 320);
        e.address = client_address(s, req);
        e.action = action;
        e.method = req.method;
        e.path = req.path.substr(0, 300);
        e.status = status;
        e.detail = detail_of(req.body);
        s.storage.write([&](storage::Repo& r) { r.add_audit(e); });
    } catch (const std::exception& ex) {
        std::fprintf(stderr, "audit log: not recorded (%s %s by user %lld): %s\n", req.method.c_str(),
                     req.path.c_str(), static_cast<long long>(user_id), ex.what());
    }
}

}  // namespace kandidaat::audit
