// Handlers: message templates with their language variants.
#include "handlers/handlers.hpp"

#include <kandidaat/i18n.hpp>
#include <kandidaat/template_render.hpp>

#include "http_util.hpp"

namespace kandidaat::handlers {

namespace {
constexpr size_t kMaxTemplatesPerRequest = 50;  // the app saves one at a time; a bulk import a few dozen
constexpr size_t kMaxTemplates = 500;           // in the whole database

MessageTemplate checked_template(const nlohmann::json& j, const std::string& prefix) {
    if (!j.is_object()) fail(400, "invalid_type", "A template must be an object.", prefix);
    if (!j.contains("kind") || !j["kind"].is_string() || !parse_message_kind(j["kind"].get<std::string>()))
        fail(422, "invalid_value", "kind must be invitation, reminder, reschedule, cancellation or rejection.", prefix + "kind");
    MessageTemplate t;
    try {
        t = j.get<MessageTemplate>();
    } catch (const nlohmann::json::exception&) {
        fail(400, "invalid_type", "A template field has the wrong type.", prefix);
    }
    if (t.id < 0) fail(422, "invalid_value", "Unknown template id.", prefix + "id");
    if (t.name.empty()) fail(422, "required", "Give the template a name.", prefix + "name");
    for (const auto& [lang, v] : t.variants) {
        const std::string field = prefix + "variants." + lang;
        if (!parse_lang(lang)) fail(422, "invalid_value", "Languages are nl, en and de.", field);
        const std::pair<const char*, const std::string*> parts[] = {
            {"subject", &v.subject}, {"content", &v.content}, {"signature", &v.signature}};
        for (const auto& [name, text] : parts) {
            if (auto unknown = unknown_tags(*text); !unknown.empty())
                fail(422, "unknown_tag", "Unknown tag " + unknown.front(), field + "." + name);
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
        if (!body["templates"].is_array()) fail(400, "invalid_type", "templates must be a list.", "templates");
        if (body["templates"].size() > kMaxTemplatesPerRequest)
            fail(422, "too_many", "At most " + std::to_string(kMaxTemplatesPerRequest) + " templates in one request.",
                 "templates");
        for (size_t i = 0; i < body["templates"].size(); ++i)
            templates.push_back(checked_template(body["templates"][i], "templates[" + std::to_string(i) + "]."));
    } else {
        templates.push_back(checked_template(body, ""));
    }
    auto saved = s.storage.write([&](storage::Repo& r) {
        std::vector<MessageTemplate> out;
        size_t added = 0;
        for (const auto& t : templates) added += t.id == 0 ? 1 : 0;
        if (static_cast<size_t>(r.count_templates()) + added > kMaxTemplates)
            fail(422, "too_many", "There can be at most " + std::to_string(kMaxTemplates) + " templates; delete some first.",
                 many ? "templates" : "");
        for (const auto& t : templates) {
            if (t.id != 0 && !r.template_by_id(t.id)) fail(404, "not_found", "This template does not exist.");
            int64_t id = 0;
            try {
                id = r.save_template(t, s.now());
            } catch (const storage::StorageError& e) {
                if (e.is_constraint()) fail(409, "name_taken", "A template of this kind has this name already.", "name");
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
        fail(404, "not_found", "This template does not exist.");
    res.status = 204;
}

}  // namespace kandidaat::handlers
