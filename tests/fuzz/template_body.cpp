// Fuzz target: the PUT /api/templates body (JSON text -> parse_templates_body), then every accepted variant
// rendered as an invitation and a reminder, the way the server renders them.
// Promises: never throws or crashes; an accepted template renders without an unknown-tag error.
#include <kandidaat/api.hpp>
#include <kandidaat/template_render.hpp>

#include "fuzz_input.hpp"

using namespace kandidaat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto body = nlohmann::json::parse(data, data + size, nullptr, false);
    if (body.is_discarded()) return 0;
    auto parsed = parse_templates_body(body);
    if (!parsed) return 0;
    RenderContext ctx;
    ctx.candidate.first_name = "Eva";
    ctx.candidate.last_name = "de Vries";
    ctx.vacancy_title = "Verpleegkundige";
    ctx.slot = Slot{LocalDate{2026, 12, 7}, LocalTime{14, 30}, 45};
    ctx.location = "Stationsplein 1";
    ctx.confirm_link = "https://jobs.example/c/abc";
    for (const auto& t : parsed.value().templates) {
        for (const auto& [lang, variant] : t.variants) {
            ctx.lang = parse_lang(lang).value_or(Lang::nl);
            auto invitation = render_invitation_email(variant, ctx, true);
            if (!invitation) fuzz::broken("an accepted template does not render", invitation.error().message);
            auto reminder = render_reminder_email(variant, ctx);
            if (!reminder) fuzz::broken("an accepted template does not render as a reminder", reminder.error().message);
        }
    }
    return 0;
}
