// Dutch, English and German words: enum labels, weekday and month names, written-out dates and durations.
#include "kandidaat/i18n.hpp"

#include <array>

namespace kandidaat {
namespace {

// One row per enumerator, in declaration order: {nl, en, de}.
using Words = std::array<std::string_view, 3>;

template <class E, size_t N>
std::string_view pick(const Words (&rows)[N], E v, Lang lang) {
    const auto i = static_cast<size_t>(v);
    return i < N ? rows[i][static_cast<size_t>(lang)] : std::string_view{};
}

constexpr Words interview_type_words[] = {{"Telefonisch", "Phone", "Telefonisch"},
                                          {"Persoonlijk", "In person", "Persönlich"},
                                          {"Groepsinterview", "Group interview", "Gruppeninterview"}};
// The phrases stand after an article in the templates ("a …", "zum …", "zu einem …"), so each must read right there.
constexpr Words interview_type_phrases[] = {{"telefonisch interview", "phone interview", "Telefoninterview"},
                                            {"persoonlijk interview", "face-to-face interview", "Gespräch vor Ort"},
                                            {"groepsinterview", "group interview", "Gruppeninterview"}};
constexpr Words email_action_words[] = {{"E-mail verzenden", "Send e-mail", "E-Mail senden"},
                                        {"Geen e-mail verzenden", "Don't send e-mail", "Keine E-Mail senden"}};
constexpr Words reminder_channel_words[] = {
    {"Geen herinnering versturen", "No reminder", "Keine Erinnerung"},
    {"Verstuur herinnering per e-mail", "Reminder by e-mail", "Erinnerung per E-Mail"},
    {"Verstuur herinnering per sms", "Reminder by SMS", "Erinnerung per SMS"},
    {"Verstuur herinnering per e-mail en sms", "Reminder by e-mail and SMS", "Erinnerung per E-Mail und SMS"}};
constexpr Words answer_status_words[] = {
    {"Geen reactie", "No answer yet", "Noch keine Antwort"},
    {"Geaccepteerd", "Accepted", "Angenommen"},
    {"Niet geaccepteerd", "Not accepted", "Nicht angenommen"},
    {"Neem contact op voor een nieuwe afspraak", "Contact for a new appointment",
     "Kontakt für einen neuen Termin"},
    {"Niet van toepassing", "Not applicable", "Nicht zutreffend"}};
constexpr Words answer_words[] = {
    {"Ja, ik zal aanwezig zijn", "Yes, I will attend", "Ja, ich werde teilnehmen"},
    {"Nee, ik kan helaas niet", "No, I can't", "Nein, ich kann leider nicht"},
    {"Plan nieuwe afspraak", "Plan a new appointment", "Neuen Termin vereinbaren"},
    {"Sollicitatie intrekken", "Withdraw my application", "Bewerbung zurückziehen"}};
constexpr Words application_status_words[] = {
    {"Nieuw", "New", "Neu"},
    {"Uitgenodigd voor interview", "Invited for interview", "Zum Vorstellungsgespräch eingeladen"},
    {"Geïnterviewd", "Interviewed", "Vorstellungsgespräch geführt"},
    {"Aanbod gedaan", "Offer made", "Angebot gemacht"},
    {"Aangenomen", "Hired", "Eingestellt"},
    {"Afgewezen", "Rejected", "Abgelehnt"},
    {"Teruggetrokken", "Withdrawn", "Zurückgezogen"}};
constexpr Words role_words[] = {{"Beheerder", "Administrator", "Administrator"},
                                {"Recruiter", "Recruiter", "Recruiter"}};
constexpr Words interview_status_words[] = {{"Gepland", "Scheduled", "Geplant"},
                                            {"Geannuleerd", "Cancelled", "Abgesagt"}};
constexpr Words message_kind_words[] = {{"Uitnodiging", "Invitation", "Einladung"},
                                        {"Herinnering", "Reminder", "Erinnerung"},
                                        {"Wijziging", "Reschedule", "Terminänderung"},
                                        {"Annulering", "Cancellation", "Absage"},
                                        {"Afwijzing", "Rejection", "Absage der Bewerbung"},
                                        {"Melding", "Notification", "Benachrichtigung"},
                                        {"Webhook", "Webhook", "Webhook"}};
constexpr Words message_channel_words[] = {{"E-mail", "E-mail", "E-Mail"}, {"Sms", "SMS", "SMS"},
                                           {"Webhook", "Webhook", "Webhook"}};
constexpr Words message_state_words[] = {{"In wachtrij", "Queued", "In Warteschlange"},
                                         {"Wordt verzonden", "Sending", "Wird gesendet"},
                                         {"Verzonden", "Sent", "Gesendet"},
                                         {"Mislukt", "Failed", "Fehlgeschlagen"},
                                         {"Geannuleerd", "Cancelled", "Abgebrochen"}};
constexpr Words language_names[] = {{"Nederlands", "Dutch", "Niederländisch"},
                                    {"Engels", "English", "Englisch"},
                                    {"Duits", "German", "Deutsch"}};
constexpr Words weekday_words[] = {{"maandag", "Monday", "Montag"},     {"dinsdag", "Tuesday", "Dienstag"},
                                   {"woensdag", "Wednesday", "Mittwoch"}, {"donderdag", "Thursday", "Donnerstag"},
                                   {"vrijdag", "Friday", "Freitag"},     {"zaterdag", "Saturday", "Samstag"},
                                   {"zondag", "Sunday", "Sonntag"}};
constexpr Words month_words[] = {{"januari", "January", "Januar"},     {"februari", "February", "Februar"},
                                 {"maart", "March", "März"},           {"april", "April", "April"},
                                 {"mei", "May", "Mai"},                {"juni", "June", "Juni"},
                                 {"juli", "July", "Juli"},             {"augustus", "August", "August"},
                                 {"september", "September", "September"}, {"oktober", "October", "Oktober"},
                                 {"november", "November", "November"}, {"december", "December", "Dezember"}};
// Abbreviated as each language's dates abbreviate them (Dutch "mrt", German "März", "Sept."), not cut to 3 bytes.
constexpr Words month_short_words[] = {{"jan", "Jan", "Jan."},  {"feb", "Feb", "Feb."},  {"mrt", "Mar", "März"},
                                       {"apr", "Apr", "Apr."},  {"mei", "May", "Mai"},   {"jun", "Jun", "Juni"},
                                       {"jul", "Jul", "Juli"},  {"aug", "Aug", "Aug."},  {"sep", "Sep", "Sept."},
                                       {"okt", "Oct", "Okt."},  {"nov", "Nov", "Nov."},  {"dec", "Dec", "Dez."}};

}  // namespace

std::string_view code(Lang lang) {
    switch (lang) {
        case Lang::nl: return "nl";
        case Lang::en: return "en";
        case Lang::de: return "de";
    }
    return "nl";
}

std::optional<Lang> parse_lang(std::string_view c) {
    if (c == "nl") return Lang::nl;
    if (c == "en") return Lang::en;
    if (c == "de") return Lang::de;
    return std::nullopt;
}

Lang lang_or(std::string_view c, Lang fallback) { return parse_lang(c).value_or(fallback); }

std::string_view label(InterviewType v, Lang l) { return pick(interview_type_words, v, l); }
std::string_view label(EmailAction v, Lang l) { return pick(email_action_words, v, l); }
std::string_view label(ReminderChannel v, Lang l) { return pick(reminder_channel_words, v, l); }
std::string_view label(AnswerStatus v, Lang l) { return pick(answer_status_words, v, l); }
std::string_view label(Answer v, Lang l) { return pick(answer_words, v, l); }
std::string_view label(ApplicationStatus v, Lang l) { return pick(application_status_words, v, l); }
std::string_view label(Role v, Lang l) { return pick(role_words, v, l); }
std::string_view label(InterviewStatus v, Lang l) { return pick(interview_status_words, v, l); }
std::string_view label(MessageKind v, Lang l) { return pick(message_kind_words, v, l); }
std::string_view label(MessageChannel v, Lang l) { return pick(message_channel_words, v, l); }
std::string_view label(MessageState v, Lang l) { return pick(message_state_words, v, l); }
std::string_view language_name(Lang language, Lang in) { return pick(language_names, language, in); }
std::string_view interview_type_phrase(InterviewType v, Lang l) { return pick(interview_type_phrases, v, l); }
std::string_view weekday_name(Weekday w, Lang l) { return pick(weekday_words, w, l); }

constexpr Words team_words[] = {
    {"Interview", "Interview", "Gespräch"},
    {"Verzet", "Moved", "Verschoben"},
    {"Geannuleerd", "Cancelled", "Abgesagt"},
    {"Je bent aanwezig bij dit interview.", "You attend this interview.", "Sie nehmen an diesem Gespräch teil."},
    {"Dit interview is verzet naar een nieuwe tijd.", "This interview has moved to a new time.",
     "Dieses Gespräch wurde auf einen neuen Termin verschoben."},
    {"Dit interview is geannuleerd.", "This interview has been cancelled.", "Dieses Gespräch wurde abgesagt."},
    {"Wat", "What", "Was"},
    {"Wanneer", "When", "Wann"},
    {"Waar", "Where", "Wo"},
    {"Kandidaten", "Candidates", "Kandidaten"},
    {"Gepland door", "Planned by", "Geplant von"},
    {"Nederlandse tijd", "Amsterdam time", "Amsterdamer Zeit"},
    {"De agenda-uitnodiging zit in de bijlage; je agenda werkt de afspraak bij als die verandert.",
     "The calendar invitation is attached; your calendar updates the appointment when it changes.",
     "Die Kalendereinladung ist angehängt; Ihr Kalender aktualisiert den Termin, wenn er sich ändert."},
    {"De bijlage haalt de afspraak uit je agenda.", "The attachment removes the appointment from your calendar.",
     "Der Anhang entfernt den Termin aus Ihrem Kalender."},
    // Issue 11: a candidate's answer, told to the interview's people.
    {"Antwoord", "Answer", "Antwort"},
    {"heeft geantwoord op de uitnodiging.", "answered the invitation.", "hat auf die Einladung geantwortet."},
    {"Kandidaat", "Candidate", "Kandidat"},
    {"Antwoord", "Answer", "Antwort"},
    {"Accepteert", "Accepts", "Nimmt an"},
    {"Slaat af", "Declines", "Sagt ab"},
    {"Vraagt een nieuwe afspraak", "Asks for a new appointment", "Bittet um einen neuen Termin"},
    {"Trekt de sollicitatie in", "Withdraws the application", "Zieht die Bewerbung zurück"},
    {"Deze meldingen zet je uit onder Mijn instellingen in Kandidaat.",
     "You can turn these e-mails off under My settings in Kandidaat.",
     "Diese E-Mails schalten Sie in Kandidaat unter Meine Einstellungen ab."},
};

std::string_view team_word(TeamWord w, Lang l) { return pick(team_words, w, l); }

std::string_view month_name(int month, Lang l) {
    if (month < 1 || month > 12) return {};
    return month_words[month - 1][static_cast<size_t>(l)];
}

std::string_view month_short_name(int month, Lang l) {
    if (month < 1 || month > 12) return {};
    return month_short_words[month - 1][static_cast<size_t>(l)];
}

std::string format_long_date(LocalDate d, Lang l) {
    const std::string wd{weekday_name(weekday(d), l)};
    const std::string day = std::to_string(d.day);
    const std::string month{month_name(d.month, l)};
    const std::string year = std::to_string(d.year);
    if (l == Lang::de) return wd + ", " + day + ". " + month + " " + year;
    return wd + " " + day + " " + month + " " + year;
}

std::string format_long_date_time(LocalDate d, LocalTime t, Lang l) {
    static constexpr std::string_view joiner[] = {" om ", " at ", " um "};
    return format_long_date(d, l) + std::string(joiner[static_cast<size_t>(l)]) + format_time(t);
}

std::string format_short_date_time(LocalDate d, LocalTime t, Lang l) {
    const std::string_view wd = weekday_name(weekday(d), l).substr(0, 2);  // the first two letters (ASCII in all three)
    const std::string day = std::to_string(d.day) + (l == Lang::de ? "." : "");  // German: the day as an ordinal
    return std::string(wd) + " " + day + " " + std::string(month_short_name(d.month, l)) + " " + std::to_string(d.year) +
           ", " + format_time(t);
}

std::string format_duration(int minutes, Lang l) {
    const int h = minutes / 60;
    const int m = minutes % 60;
    auto mins = [l](int n) {
        static constexpr Words one_many[] = {{"minuut", "minute", "Minute"}, {"minuten", "minutes", "Minuten"}};
        return std::to_string(n) + " " + std::string(one_many[n == 1 ? 0 : 1][static_cast<size_t>(l)]);
    };
    auto hours = [l](int n) {
        static constexpr Words one_many[] = {{"uur", "hour", "Stunde"}, {"uur", "hours", "Stunden"}};
        return std::to_string(n) + " " + std::string(one_many[n == 1 ? 0 : 1][static_cast<size_t>(l)]);
    };
    if (h == 0) return mins(minutes);
    if (m == 0) return hours(h);
    static constexpr std::string_view and_word[] = {" en ", " and ", " und "};
    return hours(h) + std::string(and_word[static_cast<size_t>(l)]) + mins(m);
}

std::string join_names(const std::vector<std::string>& names, Lang l) {
    static constexpr std::string_view and_word[] = {" en ", " and ", " und "};
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? std::string(and_word[static_cast<size_t>(l)]) : ", ";
        out += names[i];
    }
    return out;
}

Lang lang_from_accept_language(std::string_view header) {
    // The first supported primary tag in the order written (q-values are rarely out of order in practice).
    size_t pos = 0;
    while (pos < header.size()) {
        size_t end = header.find(',', pos);
        if (end == std::string_view::npos) end = header.size();
        std::string tag(header.substr(pos, end - pos));
        const size_t first = tag.find_first_not_of(' ');
        tag = first == std::string::npos ? std::string() : tag.substr(first, 2);
        for (auto& c : tag)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (auto l = parse_lang(tag)) return *l;
        pos = end + 1;
    }
    return Lang::nl;
}

}  // namespace kandidaat
