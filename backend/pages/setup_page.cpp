// The first-start page: the data of each state, rendered with web/templates/setup_page.mustache (pages/template.hpp,
// HTML escaping on). The words are the recruiter's (shared/recruiter_words.hpp): an admin reads this page.
#include "pages/setup_page.hpp"

#include <utility>

#include <kandidaat/recruiter_words.hpp>

#include "pages/page_templates.hpp"
#include "pages/template.hpp"

namespace kandidaat::pages {

namespace {

using data = Data;

data page(Lang l, Str title) {
    data out;
    out.set("lang", std::string(code(l)));
    out.set("title", tr(l, title));
    return out;
}

std::string render_setup(const data& d) {
    static const Template page_template(setup_page_template);
    return page_template.render(d);
}

}  // namespace

std::string setup_page(const SetupForm& f) {
    const Lang l = f.lang;
    data form;
    if (!f.error.empty()) form.set("error", f.error);
    form.set("intro", tr(l, Str::setup_intro));
    form.set("code", f.code);
    form.set("name_label", tr(l, Str::setup_name));
    form.set("name", f.name);
    form.set("email_label", tr(l, Str::login_email));
    form.set("email", f.email);
    form.set("password_label", tr(l, Str::setup_password));
    form.set("password2_label", tr(l, Str::setup_password2));
    form.set("create", tr(l, Str::setup_create));
    data out = page(l, Str::setup_title);
    out.set("form", std::move(form));
    return render_setup(out);
}

std::string setup_done_page(Lang lang, const std::string& email) {
    data done;
    done.set("text", tr(lang, Str::setup_done_text));
    done.set("email", email);
    done.set("open_app", tr(lang, Str::setup_open_app));
    data out = page(lang, Str::setup_done_title);
    out.set("done", std::move(done));
    return render_setup(out);
}

std::string setup_invalid_page(Lang lang) {
    data invalid;
    invalid.set("text", tr(lang, Str::setup_invalid_text));
    invalid.set("open_app", tr(lang, Str::setup_open_app));
    data out = page(lang, Str::setup_invalid_title);
    out.set("invalid", std::move(invalid));
    return render_setup(out);
}

}  // namespace kandidaat::pages
