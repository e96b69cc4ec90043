// Default template texts. Tags are those of shared/ template_render.hpp's tag_table().
#include "default_templates.hpp"

namespace kandidaat {

namespace {
MessageTemplate make(const char* name, MessageKind kind, std::map<std::string, TemplateVariant> variants) {
    MessageTemplate t;
    t.name = name;
    t.kind = kind;
    t.variants = std::move(variants);
    return t;
}

std::vector<MessageTemplate> build() {
    std::vector<MessageTemplate> out;
    out.push_back(make(
        "Uitnodiging interview", MessageKind::invitation,
        {{"nl", {"Uitnodiging voor een {interviewtype}: {vacancytitle}",
                 "Beste {firstname},\n\nBedankt voor je sollicitatie op de functie {vacancytitle}. We nodigen je graag "
                 "uit voor een {interviewtype} op {interviewdate} om {interviewtime} (tot {endtime}).\n\n"
                 "Locatie: {location}\nAanwezig: {attendees}\n\n"
                 "Laat je via deze link weten of je komt?\n{confirmlink}\n\nMet vriendelijke groet,\n{recruitername}\n"
                 "{companyname}",
                 ""}},
         {"en", {"Invitation to a {interviewtype}: {vacancytitle}",
                 "Dear {firstname},\n\nThank you for applying for the position of {vacancytitle}. We would like to "
                 "invite you to a {interviewtype} on {interviewdate} at {interviewtime} (until {endtime}).\n\n"
                 "Location: {location}\nAttending: {attendees}\n\nKind regards,\n{recruitername}\n{companyname}",
                 ""}},
         {"de", {"Einladung zum {interviewtype}: {vacancytitle}",
                 "Guten Tag {fullname},\n\nvielen Dank für Ihre Bewerbung als {vacancytitle}. Wir laden Sie gern zu "
                 "einem {interviewtype} am {interviewdate} um {interviewtime} Uhr ein (bis {endtime} Uhr).\n\n"
                 "Ort: {location}\nAnwesend: {attendees}\n\n"
                 "Bitte teilen Sie uns über diesen Link mit, ob Sie kommen:\n{confirmlink}\n\n"
                 "Mit freundlichen Grüßen\n{recruitername}\n{companyname}",
                 ""}}}));
    out.push_back(make(
        "Uitnodiging kort (zonder link in de tekst)", MessageKind::invitation,
        {{"nl", {"Uitnodiging: {vacancytitle}",
                 "Beste {firstname},\n\nJe bent uitgenodigd voor een {interviewtype} op {interviewdate} om "
                 "{interviewtime} ({duration}), {location}.\n\nMet vriendelijke groet,\n{recruitername}",
                 ""}},
         {"en", {"Invitation: {vacancytitle}",
                 "Dear {firstname},\n\nYou are invited to a {interviewtype} on {interviewdate} at {interviewtime} "
                 "({duration}), {location}.\n\nKind regards,\n{recruitername}",
                 ""}},
         {"de", {"Einladung: {vacancytitle}",
                 "Guten Tag {fullname},\n\nSie sind zu einem {interviewtype} am {interviewdate} um {interviewtime} Uhr "
                 "({duration}) eingeladen, {location}.\n\nMit freundlichen Grüßen\n{recruitername}",
                 ""}}}));
    out.push_back(make(
        "Herinnering interview", MessageKind::reminder,
        {{"nl", {"Herinnering: {interviewtype} op {interviewdate}",
                 "Beste {firstname},\n\nHierbij herinneren we je aan je {interviewtype} voor {vacancytitle} op "
                 "{interviewdate} om {interviewtime}, {location}.\n\nKun je toch niet? Laat het ons weten: "
                 "{confirmlink}",
                 "Met vriendelijke groet,\n{recruitername}\n{companyname}"}},
         {"en", {"Reminder: {interviewtype} on {interviewdate}",
                 "Dear {firstname},\n\nThis is a reminder of your {interviewtype} for {vacancytitle} on "
                 "{interviewdate} at {interviewtime}, {location}.\n\nCan't make it after all? Let us know: "
                 "{confirmlink}",
                 "Kind regards,\n{recruitername}\n{companyname}"}},
         {"de", {"Erinnerung: {interviewtype} am {interviewdate}",
                 "Guten Tag {fullname},\n\nwir erinnern Sie an Ihr {interviewtype} für {vacancytitle} am "
                 "{interviewdate} um {interviewtime} Uhr, {location}.\n\nSie können doch nicht? Bitte sagen Sie "
                 "uns Bescheid: {confirmlink}",
                 "Mit freundlichen Grüßen\n{recruitername}\n{companyname}"}}}));
    out.push_back(make(
        "Gewijzigde afspraak", MessageKind::reschedule,
        {{"nl", {"Gewijzigd: {interviewtype} op {interviewdate}",
                 "Beste {firstname},\n\nOnze afspraak voor {vacancytitle} is verplaatst. Het nieuwe tijdstip is "
                 "{interviewdate} om {interviewtime} ({duration}), {location}.\n\nLaat je weten of dit past?",
                 "Met vriendelijke groet,\n{recruitername}\n{companyname}"}},
         {"en", {"Changed: {interviewtype} on {interviewdate}",
                 "Dear {firstname},\n\nOur appointment for {vacancytitle} has moved. The new time is {interviewdate} "
                 "at {interviewtime} ({duration}), {location}.\n\nPlease let us know whether this suits you.",
                 "Kind regards,\n{recruitername}\n{companyname}"}},
         {"de", {"Geändert: {interviewtype} am {interviewdate}",
                 "Guten Tag {fullname},\n\nunser Termin für {vacancytitle} wurde verschoben. Der neue Termin ist "
                 "{interviewdate} um {interviewtime} Uhr ({duration}), {location}.\n\nBitte teilen Sie uns mit, "
                 "ob er Ihnen passt.",
                 "Mit freundlichen Grüßen\n{recruitername}\n{companyname}"}}}));
    out.push_back(make(
        "Afgezegde afspraak", MessageKind::cancellation,
        {{"nl", {"Geannuleerd: {interviewtype} op {interviewdate}",
                 "Beste {firstname},\n\nHelaas gaat onze afspraak voor {vacancytitle} op {interviewdate} om "
                 "{interviewtime} niet door. We nemen contact met je op.",
                 "Met vriendelijke groet,\n{recruitername}\n{companyname}"}},
         {"en", {"Cancelled: {interviewtype} on {interviewdate}",
                 "Dear {firstname},\n\nUnfortunately our appointment for {vacancytitle} on {interviewdate} at "
                 "{interviewtime} cannot go ahead. We will be in touch.",
                 "Kind regards,\n{recruitername}\n{companyname}"}},
         {"de", {"Abgesagt: {interviewtype} am {interviewdate}",
                 "Guten Tag {fullname},\n\nleider muss unser Termin für {vacancytitle} am {interviewdate} um "
                 "{interviewtime} Uhr ausfallen. Wir melden uns bei Ihnen.",
                 "Mit freundlichen Grüßen\n{recruitername}\n{companyname}"}}}));
    out.push_back(make(
        "Afwijzing", MessageKind::rejection,
        {{"nl", {"Je sollicitatie: {vacancytitle}",
                 "Beste {firstname},\n\nBedankt voor je sollicitatie op de functie {vacancytitle} en voor de tijd "
                 "die je erin hebt gestoken. Na zorgvuldige afweging hebben we besloten niet met je verder te gaan. "
                 "We wensen je veel succes bij het vinden van een passende baan.",
                 "Met vriendelijke groet,\n{recruitername}\n{companyname}"}},
         {"en", {"Your application: {vacancytitle}",
                 "Dear {firstname},\n\nThank you for applying for the position of {vacancytitle} and for the time "
                 "you invested. After careful consideration we have decided not to proceed with your application. "
                 "We wish you every success in finding a suitable position.",
                 "Kind regards,\n{recruitername}\n{companyname}"}},
         {"de", {"Ihre Bewerbung: {vacancytitle}",
                 "Guten Tag {fullname},\n\nvielen Dank für Ihre Bewerbung als {vacancytitle} und die Zeit, die Sie "
                 "investiert haben. Nach sorgfältiger Abwägung haben wir uns entschieden, Ihre Bewerbung nicht "
                 "weiter zu berücksichtigen. Wir wünschen Ihnen viel Erfolg bei der Suche nach einer passenden "
                 "Stelle.",
                 "Mit freundlichen Grüßen\n{recruitername}\n{companyname}"}}}));
    return out;
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
