// Handlers: message templates with their language variants.
#include "handlers/handlers.hpp"

#include <kandidaat/api.hpp>

#include "http_util.hpp"

namespace kandidaat::handlers {

namespace {
constexpr size_t max_templates = 500;  // in the whole database (max_templates_per_request in one request)
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
