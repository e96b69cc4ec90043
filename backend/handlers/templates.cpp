// Handlers: message templates with their language variants.
#include "handlers/handlers.hpp"

#include <kandidaat/api.hpp>

#include "http_util.hpp"

namespace kandidaat::handlers {

namespace {
constexpr size_t kMaxTemplates = 500;  // in the whole database (max_templates_per_request in one request)
}  // namespace

void list_templates(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.list_templates(); }));
}

// Body: one MessageTemplate (id 0 creates it) -> the stored template; or {"templates": [...]} -> the stored list.
void save_templates(Services& s, const Req& req, Res& res, const Session&) {
    auto parsed = parse_templates_body(json_body(req));
    if (!parsed) fail(parsed.error());
    const bool many = parsed.value().many;
    const std::vector<MessageTemplate>& templates = parsed.value().templates;
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
