// Application status changes and the rejection e-mail (issue 16).
#include "flows/status.hpp"
#include "flows/events.hpp"

#include <kandidaat/template_render.hpp>

#include "http_util.hpp"

namespace kandidaat::flows {

namespace {

// The texts of the rejection e-mail per language: the template's, or those in the request.
struct RejectionTexts {
    LangText subject, content, signature;
};

RejectionTexts texts_of(storage::Repo& r, const RejectionEmail& e) {
    RejectionTexts t;
    if (e.template_id != 0) {
        auto tmpl = r.template_by_id(e.template_id);
        if (!tmpl || tmpl->kind != MessageKind::rejection)
            fail(ErrorCode::not_found_in_body, Str::err_rejection_template_missing, "rejection_email.template_id");
        for (const auto& [lang, v] : tmpl->variants) {
            t.subject[lang] = v.subject;
            t.content[lang] = v.content;
            t.signature[lang] = v.signature;
        }
    } else {
        t.subject = e.subject;
        t.content = e.content;
    }
    bool any = false;
    for (const auto& [lang, text] : t.content) any = any || !text.empty();
    if (!any) fail(ErrorCode::missing_field, Str::err_rejection_text_needed, "rejection_email.content");
    return t;
}

RenderedEmail render_rejection(storage::Repo& r, const RejectionTexts& t, const Candidate& c,
                               const std::string& vacancy_title, const User& by, const CompanySettings& company) {
    const std::string lang = choose_language(t.content, c.language, company.default_language);
    const TemplateVariant v = variant_for(t.subject, t.content, t.signature, lang, company.default_language);
    if (v.subject.empty()) fail(ErrorCode::missing_field, Str::err_rejection_subject_needed, "rejection_email.subject." + lang);
    RenderContext ctx;
    ctx.candidate = c;
    ctx.vacancy_title = vacancy_title;
    ctx.recruiter_name = display_name(by);
    ctx.recruiter_email = by.email;
    ctx.company_name = company.company_name;
    ctx.lang = lang_or(lang, Lang::nl);
    auto e = render_reminder_email(v, ctx);
    if (!e) {
        Error err = e.error();
        err.field = "rejection_email." + err.field + "." + lang;
        fail(err);
    }
    (void)r;
    return e.value();
}

}  // namespace

bool settable_status(ApplicationStatus s) {
    return s == ApplicationStatus::interviewed || s == ApplicationStatus::offer || s == ApplicationStatus::hired ||
           s == ApplicationStatus::rejected;
}

BulkStatusResponse change_status(Services& s, const User& by, const BulkStatusRequest& req) {
    if (!settable_status(req.status))
        fail(ErrorCode::invalid_status, Str::err_status_values, "status");
    if (req.application_ids.empty())
        fail(ErrorCode::missing_field, Str::err_choose_application, "application_ids");
    if (req.note.size() > 2000) fail(ErrorCode::too_long, Str::err_status_note_too_long, "note");
    const bool send_rejection = req.status == ApplicationStatus::rejected && req.rejection_email.has_value();
    BulkStatusResponse out = s.storage.write([&](storage::Repo& r) {
        BulkStatusResponse out;
        const CompanySettings company = r.company_settings();
        RejectionTexts texts;
        if (send_rejection) texts = texts_of(r, *req.rejection_email);
        const int64_t now = s.now();
        const std::string who = "user:" + std::to_string(by.id);
        for (size_t i = 0; i < req.application_ids.size(); ++i) {
            const std::string field = "application_ids[" + std::to_string(i) + "]";
            auto app = r.application_by_id(req.application_ids[i]);
            if (!app) fail(ErrorCode::not_found_in_body, Str::err_no_application_id, field);
            if (app->status == req.status) continue;
            if (app->status == ApplicationStatus::withdrawn && !req.confirm_reopen)
                fail(ErrorCode::application_withdrawn, Str::err_application_withdrawn_reopen, field);
            change_application_status(r, app->id, req.status, now, who, req.note);
            out.changed.push_back(app->id);
            if (!send_rejection) continue;
            auto c = r.candidate_by_id(app->candidate_id);
            if (!c || c->email.empty()) continue;
            const auto v = r.vacancy_by_id(app->vacancy_id);
            const RenderedEmail e = render_rejection(r, texts, *c, v ? v->title : "", by, company);
            storage::NewMessage m;
            m.kind = MessageKind::rejection;
            m.channel = MessageChannel::email;
            m.revision = r.count_application_messages(app->id, MessageKind::rejection);
            m.recipient = c->email;
            m.recipient_name = full_name(*c);
            m.sender = display_name(by) + " <" + by.email + ">";
            m.reply_to = by.email;
            m.subject = e.subject;
            m.body_text = e.text;
            m.body_html = e.html;
            m.send_at = now;
            r.insert_application_message(app->id, m, now);
            ++out.rejection_emails_queued;
        }
        return out;
    });
    if (out.rejection_emails_queued > 0 || !out.changed.empty()) s.messages_queued();  // e-mails, webhook events
    return out;
}

}  // namespace kandidaat::flows
