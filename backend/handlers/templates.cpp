// Handlers: message templates with their language variants.
#include "handlers/handlers.hpp"

#include <kandidaat/i18n.hpp>
#include <kandidaat/template_render.hpp>

#include "http_util.hpp"

namespace kandidaat::handlers {

namespace {
constexpr size_t max_templates_per_request = 50;  // the app saves one at a time; a bulk import a few dozen
constexpr size_t max_templates = 500;           // in the whole database

MessageTemplate checked_template(const nlohmann::json& j, const std::string& prefix) {
    if (!j.is_object()) fail(ErrorCode::invalid_type, Str::err_template_object, prefix);
    if (!j.contains("kind") || !j["kind"].is_string() || !parse_message_kind(j["kind"].get<std::string>()))
        fail(ErrorCode::invalid_value, Str::err_choose_template_kind, prefix + "kind");
    MessageTemplate t;
    try {
        t = j.get<MessageTemplate>();
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorCode::invalid_type, Str::err_field_wrong_type, prefix, {e.what()});
    }
    if (t.id < 0) fail(ErrorCode::invalid_value, Str::err_unknown_template_id, prefix + "id");
    if (t.name.empty()) fail(ErrorCode::required, Str::err_template_name_required, prefix + "name");
    for (const auto& [lang, v] : t.variants) {
        const std::string field = prefix + "variants." + lang;
        if (!parse_lang(lang)) fail(ErrorCode::invalid_value, Str::err_unsupported_language, field, {lang});
        const std::pair<const char*, const std::string*> parts[] = {
            {"subject", &v.subject}, {"content", &v.content}, {"signature", &v.signature}};
        for (const auto& [name, text] : parts) {
            if (auto unknown = unknown_tags(*text); !unknown.empty())
                fail(unknown_tag_error(unknown, field + "." + name));
        }
    }
    return t;
}
}  // namespace

void list_templates(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.list_templates(); }));
}

// Body: one MessageTemplate (id 0 creates it) -> the stored template; or {"templates": [...]} -> the stored list.
void save_templates(Services& s, const Req& req, Res& res, const Session&) {
    const auto body = json_body(req);
    std::vector<MessageTemplate> templates;
    const bool many = body.contains("templates");
    if (many) {
        if (!body["templates"].is_array()) fail(ErrorCode::invalid_type, Str::err_expected_list, "templates");
        if (body["templates"].size() > max_templates_per_request)
            fail(ErrorCode::too_many, Str::err_too_many_templates_per_request, "templates",
                 {std::to_string(max_templates_per_request)});
        for (size_t i = 0; i < body["templates"].size(); ++i)
            templates.push_back(checked_template(body["templates"][i], "templates[" + std::to_string(i) + "]."));
    } else {
        templates.push_back(checked_template(body, ""));
    }
    auto saved = s.storage.write([&](storage::Repo& r) {
        std::vector<MessageTemplate> out;
        size_t added = 0;
        for (const auto& t : templates) added += t.id == 0 ? 1 : 0;
        if (static_cast<size_t>(r.count_templates()) + added > max_templates)
            fail(ErrorCode::too_many, Str::err_too_many_templates, many ? "templates" : "",
                 {std::to_string(max_templates)});
        for (const auto& t : templates) {
            if (t.id != 0 && !r.template_by_id(t.id)) fail(ErrorCode::not_found, Str::err_template_not_found);
            int64_t id = 0;
            try {
                id = r.save_template(t, s.now());
            } catch (const storage::StorageError& e) {
                if (e.is_constraint()) fail(ErrorCode::name_taken, Str::err_template_name_taken, "name");
                throw;
            }
            out.push_back(*r.template_by_id(id));
        }
        return out;
    });
    if (many) send_json(res, 200, saved);
    else send_json(res, 200, saved.front());
}

void delete_template(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    if (!s.storage.write([&](storage::Repo& r) { return r.delete_template(id); }))
        fail(ErrorCode::not_found, Str::err_template_not_found);
    res.status = 204;
}

}  // namespace kandidaat::handlers
