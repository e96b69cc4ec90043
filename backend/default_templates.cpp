// The templates every new database gets; their texts are the candidate catalogue's (shared/candidate_words.hpp).
#include "default_templates.hpp"

#include <optional>

#include <kandidaat/candidate_words.hpp>
#include <kandidaat/recruiter_words.hpp>

namespace kandidaat {

namespace {

// A template with the candidate catalogue's texts in every language. Its name is in Dutch, the language of the
// seed's users (recruiters rename templates freely).
MessageTemplate make(Str name, MessageKind kind, Say subject, Say content, std::optional<Say> signature) {
    MessageTemplate t;
    t.name = tr(Lang::nl, name);
    t.kind = kind;
    for (Lang l : {Lang::nl, Lang::en, Lang::de})
        t.variants[std::string(code(l))] = TemplateVariant{say(l, subject), say(l, content),
                                                            signature ? say(l, *signature) : ""};
    return t;
}

std::vector<MessageTemplate> build() {
    return {
        make(Str::tpl_name_invitation, MessageKind::invitation, Say::tpl_invitation_subject, Say::tpl_invitation_content,
             std::nullopt),
        make(Str::tpl_name_short, MessageKind::invitation, Say::tpl_short_subject, Say::tpl_short_content, std::nullopt),
        make(Str::tpl_name_reminder, MessageKind::reminder, Say::tpl_reminder_subject, Say::tpl_reminder_content,
             Say::tpl_signature),
        make(Str::tpl_name_reschedule, MessageKind::reschedule, Say::tpl_reschedule_subject, Say::tpl_reschedule_content,
             Say::tpl_signature),
        make(Str::tpl_name_cancellation, MessageKind::cancellation, Say::tpl_cancellation_subject,
             Say::tpl_cancellation_content, Say::tpl_signature),
        make(Str::tpl_name_rejection, MessageKind::rejection, Say::tpl_rejection_subject, Say::tpl_rejection_content,
             Say::tpl_signature),
    };
}

}  // namespace

const std::vector<MessageTemplate>& default_templates() {
    static const std::vector<MessageTemplate> templates = build();
    return templates;
}

const MessageTemplate& default_template_of_kind(MessageKind kind) {
    for (const auto& t : default_templates())
        if (t.kind == kind) return t;
    return default_templates().front();
}

}  // namespace kandidaat
