// Fuzz target: the template renderer with any template text and any values (names, titles, locations come from
// recruiters and candidates). Field 0 is the template, fields 1-6 the values.
// Promises: never crashes; one pass (a value that looks like a tag is never expanded); html_escape leaves no
// markup character.
#include <kandidaat/template_render.hpp>

#include "fuzz_input.hpp"

using namespace kandidaat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Fields in(data, size);
    const std::string tmpl = in.field(0);
    RenderContext ctx;
    ctx.candidate.first_name = in.field(1);
    ctx.candidate.last_name = in.field(2);
    ctx.vacancy_title = in.field(3);
    ctx.location = in.field(4);
    ctx.company_name = in.field(5);
    ctx.recruiter_name = in.field(6);
    ctx.attendee_names = {in.field(1), in.field(6)};
    ctx.slot = Slot{LocalDate{2026, 12, 7}, LocalTime{14, 30}, 45};
    ctx.lang = static_cast<Lang>(size % 3);

    (void)split_template(tmpl);
    (void)unknown_tags(tmpl);
    (void)render_text(tmpl, ctx);
    (void)render_html(tmpl, ctx);
    (void)render_reminder_sms(ctx);

    // One pass: {firstname} with a first name that is itself a tag renders as that text, never expanded again.
    auto once = render_text("{firstname}", ctx);
    if (!once || once.value() != ctx.candidate.first_name)
        fuzz::broken("a value was expanded or changed by the renderer", ctx.candidate.first_name);

    const std::string escaped = html_escape(tmpl);
    if (escaped.find_first_of("<>\"'") != std::string::npos) fuzz::broken("html_escape left a markup character", escaped);
    auto html = render_html("{firstname} {lastname} {vacancytitle} {companyname}", ctx);
    if (!html) fuzz::broken("a template of known tags does not render");
    std::string markup = html.value();
    for (size_t at; (at = markup.find("<br>\n")) != std::string::npos;) markup.erase(at, 5);  // line breaks
    if (markup.find_first_of("<>\"") != std::string::npos) fuzz::broken("a value reached the HTML unescaped", markup);
    return 0;
}
