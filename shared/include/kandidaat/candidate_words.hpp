// What candidates read, in Dutch, English and German: the confirmation page, the fixed words in e-mails and the
// SMS, and the texts of the default templates. Dutch speaks to the candidate as "u", German as "Sie", in every
// one of them. One table, so a missing translation cannot compile; a fourth language is one more column. Labels
// of domain values (answers, interview types, dates) are i18n.hpp's.
#pragma once

#include "kandidaat/i18n.hpp"

namespace kandidaat {

// X(id, Dutch, English, German)
#define KANDIDAAT_CANDIDATE_WORDS(X) \
    X(page_title, "Uw uitnodiging", "Your invitation", "Ihre Einladung")                                               \
    X(page_greeting, "Beste", "Dear", "Guten Tag")                                                                     \
    X(page_intro,                                                                                                      \
      "U bent uitgenodigd voor een gesprek. Laat ons weten of u komt.",                                                \
      "You are invited to an interview. Please let us know whether you can come.",                                     \
      "Sie sind zu einem Gespr\xC3\xA4" "ch eingeladen. Bitte teilen Sie uns mit, ob Sie kommen.")                     \
    X(page_what, "Wat", "What", "Was")                                                                                 \
    X(page_when, "Wanneer", "When", "Wann")                                                                            \
    X(page_duration, "Duur", "Duration", "Dauer")                                                                      \
    X(page_where, "Waar", "Where", "Wo")                                                                               \
    X(page_with, "Met", "With", "Mit")                                                                                 \
    X(page_until, "tot", "until", "bis")                                                                               \
    X(page_tz, "Nederlandse tijd", "Dutch time", "niederl\xC3\xA4ndische Zeit")                                        \
    X(page_current, "Uw huidige antwoord", "Your current answer", "Ihre aktuelle Antwort")                             \
    X(page_question, "Kunt u komen?", "Can you come?", "K\xC3\xB6nnen Sie kommen?")                                    \
    X(page_change_note,                                                                                                \
      "U kunt uw antwoord wijzigen tot het gesprek begint.",                                                           \
      "You can change your answer until the interview starts.",                                                        \
      "Sie k\xC3\xB6nnen Ihre Antwort \xC3\xA4ndern, bis das Gespr\xC3\xA4" "ch beginnt.")                             \
    X(slot_one_of_below, \
      "een van de tijden hieronder", \
      "one of the times below", \
      "eine der unten genannten Zeiten") \
    X(slot_phrase_full, \
      "op {interviewdate} om {interviewtime} (tot {endtime})", \
      "on {interviewdate} at {interviewtime} (until {endtime})", \
      "am {interviewdate} um {interviewtime} Uhr ein (bis {endtime} Uhr)") \
    X(slot_phrase_full_several, \
      "op een van de tijden hieronder", \
      "at one of the times below", \
      "ein. Bitte w\xC3\xA4hlen Sie eine der unten genannten Zeiten") \
    X(slot_phrase_short, \
      "op {interviewdate} om {interviewtime}", \
      "on {interviewdate} at {interviewtime}", \
      "am {interviewdate} um {interviewtime} Uhr") \
    X(slot_phrase_short_several, \
      "op een van de tijden hieronder", \
      "at one of the times below", \
      "zu einer der unten genannten Zeiten") \
    X(page_choose_time, \
      "Kies een tijd", \
      "Choose a time", \
      "W\xC3\xA4hlen Sie eine Zeit") \
    X(page_choose_time_note, \
      "Alle tijden zijn Nederlandse tijd (Europe/Amsterdam). Met een klik op een tijd bevestigt u dat u komt.", \
      "All times are Dutch time (Europe/Amsterdam). Clicking a time confirms that you will come.", \
      "Alle Zeiten sind niederl\xC3\xA4ndische Zeit (Europe/Amsterdam). Mit einem Klick auf eine Zeit best\xC3\xA4tigen Sie, dass Sie kommen.") \
    X(page_choose_time_first, \
      "Kies hieronder een tijd om te bevestigen dat u komt.", \
      "Choose a time below to confirm that you will come.", \
      "W\xC3\xA4hlen Sie unten eine Zeit, um zu best\xC3\xA4tigen, dass Sie kommen.") \
    X(page_slot_gone, \
      "Die tijd is net door iemand anders gekozen. Kies een van de tijden die nog vrij zijn.", \
      "That time has just been taken by someone else. Please choose one of the times that are still free.", \
      "Diese Zeit wurde gerade von jemand anderem gew\xC3\xA4hlt. Bitte w\xC3\xA4hlen Sie eine der noch freien Zeiten.") \
    X(page_slot_not_offered, \
      "Deze tijd hoort niet bij uw uitnodiging. Kies een van de tijden hieronder.", \
      "This time is not part of your invitation. Please choose one of the times below.", \
      "Diese Zeit geh\xC3\xB6rt nicht zu Ihrer Einladung. Bitte w\xC3\xA4hlen Sie eine der Zeiten unten.") \
    X(page_no_free_slots, \
      "Er is op dit moment geen tijd meer vrij. Laat ons hieronder weten welke tijden u passen.", \
      "No time is free at the moment. Please tell us below which times suit you.", \
      "Im Moment ist keine Zeit mehr frei. Bitte teilen Sie uns unten mit, welche Zeiten Ihnen passen.") \
    X(page_seats_left, \
      "nog %d plaatsen vrij", \
      "%d seats left", \
      "noch %d Pl\xC3\xA4tze frei") \
    X(page_change_slot, \
      "Liever een andere tijd? Kies hieronder een tijd die nog vrij is.", \
      "Prefer another time? Choose one that is still free below.", \
      "Lieber eine andere Zeit? W\xC3\xA4hlen Sie unten eine noch freie Zeit.") \
    X(page_change_closed, \
      "Uw tijd kan nu niet meer online worden gewijzigd (dat kan tot %d uur van tevoren). Wilt u toch iets veranderen, neem dan contact op met de recruiter.", \
      "Your time can no longer be changed online (that is possible until %d hours before). To change anything, please contact the recruiter.", \
      "Ihre Zeit kann nicht mehr online ge\xC3\xA4ndert werden (das ist bis %d Stunden vorher m\xC3\xB6glich). M\xC3\xB6" "chten Sie etwas \xC3\xA4ndern, wenden Sie sich bitte an den Recruiter.") \
    X(page_times_suit, \
      "Tijden die mij passen (optioneel)", \
      "Times that suit me (optional)", \
      "Zeiten, die mir passen (optional)") \
    X(page_send_times, \
      "Tijden versturen", \
      "Send these times", \
      "Zeiten senden") \
    X(page_withdraw_note,                                                                                              \
      "Geen interesse meer in deze functie?",                                                                          \
      "No longer interested in this position?",                                                                        \
      "Kein Interesse mehr an dieser Stelle?")                                                                         \
    X(page_sure_title, "Sollicitatie intrekken?", "Withdraw your application?", "Bewerbung zur\xC3\xBC" "ckziehen?")   \
    X(page_sure_text,                                                                                                  \
      "Weet u het zeker? Als u uw sollicitatie intrekt, vervalt ook deze afspraak. Dit kunt u daarna niet meer "       \
      "ongedaan maken.",                                                                                               \
      "Are you sure? Withdrawing your application also cancels this appointment. You cannot undo this afterwards.",    \
      "Sind Sie sicher? Wenn Sie Ihre Bewerbung zur\xC3\xBC" "ckziehen, entf\xC3\xA4llt auch dieser Termin. Das "      \
      "k\xC3\xB6nnen Sie danach nicht mehr r\xC3\xBC" "ckg\xC3\xA4ngig machen.")                                       \
    X(page_sure_yes,                                                                                                   \
      "Ja, trek mijn sollicitatie in",                                                                                 \
      "Yes, withdraw my application",                                                                                  \
      "Ja, Bewerbung zur\xC3\xBC" "ckziehen")                                                                          \
    X(page_sure_no,                                                                                                    \
      "Nee, terug naar de uitnodiging",                                                                                \
      "No, back to the invitation",                                                                                    \
      "Nein, zur\xC3\xBC" "ck zur Einladung")                                                                          \
    X(page_thanks, "Bedankt voor uw antwoord", "Thank you for your answer", "Vielen Dank f\xC3\xBCr Ihre Antwort")     \
    X(page_recorded,                                                                                                   \
      "We hebben uw antwoord ontvangen:",                                                                              \
      "We have received your answer:",                                                                                 \
      "Wir haben Ihre Antwort erhalten:")                                                                              \
    X(page_change_link, "Antwoord wijzigen", "Change your answer", "Antwort \xC3\xA4ndern")                            \
    X(page_withdrawn_title, "Sollicitatie ingetrokken", "Application withdrawn", "Bewerbung zur\xC3\xBC" "ckgezogen")  \
    X(page_withdrawn_text,                                                                                             \
      "U heeft uw sollicitatie ingetrokken. Bedankt voor uw interesse en veel succes.",                                \
      "You have withdrawn your application. Thank you for your interest, and good luck.",                              \
      "Sie haben Ihre Bewerbung zur\xC3\xBC" "ckgezogen. Vielen Dank f\xC3\xBCr Ihr Interesse und viel Erfolg.")       \
    X(page_expired_title,                                                                                              \
      "Deze uitnodiging is verlopen",                                                                                  \
      "This invitation has expired",                                                                                   \
      "Diese Einladung ist abgelaufen")                                                                                \
    X(page_expired_text,                                                                                               \
      "Het gesprek is al begonnen, dus u kunt uw antwoord niet meer wijzigen.",                                        \
      "The interview has already started, so your answer can no longer be changed.",                                   \
      "Das Gespr\xC3\xA4" "ch hat bereits begonnen, daher k\xC3\xB6nnen Sie Ihre Antwort nicht mehr "                  \
      "\xC3\xA4ndern.")                                                                                                \
    X(page_last_answer, "Uw laatste antwoord", "Your last answer", "Ihre letzte Antwort")                              \
    X(page_cancelled_title,                                                                                            \
      "Deze afspraak is geannuleerd",                                                                                  \
      "This appointment was cancelled",                                                                                \
      "Dieser Termin wurde abgesagt")                                                                                  \
    X(page_cancelled_text,                                                                                             \
      "U hoeft niets te doen. Wij nemen contact met u op.",                                                            \
      "There is nothing you need to do. We will be in touch.",                                                         \
      "Sie m\xC3\xBCssen nichts tun. Wir melden uns bei Ihnen.")                                                       \
    X(page_not_found_title, "Deze link werkt niet", "This link does not work", "Dieser Link funktioniert nicht")       \
    X(page_not_found_text,                                                                                             \
      "Controleer of u de volledige link uit de e-mail heeft gebruikt. Werkt het nog steeds niet? Neem dan "           \
      "contact op met de recruiter die u de e-mail stuurde.",                                                          \
      "Please check that you used the complete link from the e-mail. Still not working? Please contact the "           \
      "recruiter who sent you the e-mail.",                                                                            \
      "Bitte pr\xC3\xBC" "fen Sie, ob Sie den vollst\xC3\xA4ndigen Link aus der E-Mail verwendet haben. "              \
      "Funktioniert es immer noch nicht? Dann wenden Sie sich bitte an die Person, die Ihnen die E-Mail "              \
      "geschickt hat.")                                                                                                \
    X(page_questions, "Vragen? Mail", "Questions? E-mail", "Fragen? Schreiben Sie an")                                 \
    X(page_secure,                                                                                                     \
      "Deze pagina is persoonlijk: deel de link niet.",                                                                \
      "This page is personal: please do not share the link.",                                                          \
      "Diese Seite ist pers\xC3\xB6nlich: Bitte teilen Sie den Link nicht.")                                           \
    X(page_choose_answer,                                                                                              \
      "Kies een van de antwoorden.",                                                                                   \
      "Please choose one of the answers.",                                                                             \
      "Bitte w\xC3\xA4hlen Sie eine der Antworten.")                                                                   \
    X(page_answer_closed,                                                                                              \
      "Uw antwoord kan niet meer worden gewijzigd.",                                                                   \
      "Your answer can no longer be changed.",                                                                         \
      "Ihre Antwort kann nicht mehr ge\xC3\xA4ndert werden.")                                                          \
    X(confirm_link_intro,                                                                                              \
      "Bevestig uw afspraak of geef een reactie:",                                                                     \
      "Confirm your appointment or reply:",                                                                            \
      "Best\xC3\xA4tigen Sie Ihren Termin oder antworten Sie:")                                                        \
    X(sms_reminder, "Herinnering", "Reminder", "Erinnerung")                                                           \
    X(sms_your, "uw", "your", "Ihr")                                                                                   \
    X(sms_for, "voor", "for", "f\xC3\xBCr")                                                                            \
    X(sms_on, "op", "on", "am")                                                                                        \
    X(sms_at, "om", "at", "um")                                                                                        \
    X(page_too_many_title, "Even geduld", "Please wait", "Bitte warten Sie")                                            \
    X(page_too_many_text,                                                                                              \
      "Vanaf dit adres zijn te veel onbekende links geopend. Probeer het over %d minuten opnieuw met de volledige "    \
      "link uit uw e-mail.",                                                                                           \
      "Too many unknown links were opened from this address. Please try again in %d minutes with the complete link "  \
      "from your e-mail.",                                                                                             \
      "Von dieser Adresse wurden zu viele unbekannte Links ge\xC3\xB6" "ffnet. Bitte versuchen Sie es in %d Minuten "    \
      "noch einmal mit dem vollst\xC3\xA4ndigen Link aus Ihrer E-Mail.")                                                 \
    X(tpl_invitation_subject,                                                                                          \
      "Uitnodiging voor een {interviewtype}: {vacancytitle}",                                                          \
      "Invitation to a {interviewtype}: {vacancytitle}",                                                               \
      "Einladung zum {interviewtype}: {vacancytitle}")                                                                 \
    X(tpl_invitation_content,                                                                                          \
      "Beste {firstname},\n\nBedankt voor uw sollicitatie op de functie {vacancytitle}. We nodigen u graag uit "       \
      "voor een {interviewtype} op {interviewdate} om {interviewtime} (tot {endtime}).\n\nLocatie: "                   \
      "{location}\nAanwezig: {attendees}\n\nLaat u via deze link weten of u komt?\n{confirmlink}\n\nMet "              \
      "vriendelijke groet,\n{recruitername}\n{companyname}",                                                           \
      "Dear {firstname},\n\nThank you for applying for the position of {vacancytitle}. We would like to invite "       \
      "you to a {interviewtype} on {interviewdate} at {interviewtime} (until {endtime}).\n\nLocation: "                \
      "{location}\nAttending: {attendees}\n\nKind regards,\n{recruitername}\n{companyname}",                           \
      "Guten Tag {fullname},\n\nvielen Dank f\xC3\xBCr Ihre Bewerbung als {vacancytitle}. Wir laden Sie gern zu "      \
      "einem {interviewtype} am {interviewdate} um {interviewtime} Uhr ein (bis {endtime} Uhr).\n\nOrt: "              \
      "{location}\nAnwesend: {attendees}\n\nBitte teilen Sie uns \xC3\xBC" "ber diesen Link mit, ob Sie "              \
      "kommen:\n{confirmlink}\n\nMit freundlichen Gr\xC3\xBC\xC3\x9F" "en\n{recruitername}\n{companyname}")            \
    X(tpl_short_subject, "Uitnodiging: {vacancytitle}", "Invitation: {vacancytitle}", "Einladung: {vacancytitle}")     \
    X(tpl_short_content,                                                                                               \
      "Beste {firstname},\n\nU bent uitgenodigd voor een {interviewtype} op {interviewdate} om {interviewtime} "       \
      "({duration}), {location}.\n\nMet vriendelijke groet,\n{recruitername}",                                         \
      "Dear {firstname},\n\nYou are invited to a {interviewtype} on {interviewdate} at {interviewtime} "               \
      "({duration}), {location}.\n\nKind regards,\n{recruitername}",                                                   \
      "Guten Tag {fullname},\n\nSie sind zu einem {interviewtype} am {interviewdate} um {interviewtime} Uhr "          \
      "({duration}) eingeladen, {location}.\n\nMit freundlichen Gr\xC3\xBC\xC3\x9F" "en\n{recruitername}")             \
    X(tpl_reminder_subject,                                                                                            \
      "Herinnering: {interviewtype} op {interviewdate}",                                                               \
      "Reminder: {interviewtype} on {interviewdate}",                                                                  \
      "Erinnerung: {interviewtype} am {interviewdate}")                                                                \
    X(tpl_reminder_content,                                                                                            \
      "Beste {firstname},\n\nHierbij herinneren we u aan uw {interviewtype} voor {vacancytitle} op "                   \
      "{interviewdate} om {interviewtime}, {location}.\n\nKunt u toch niet? Laat het ons weten: {confirmlink}",        \
      "Dear {firstname},\n\nThis is a reminder of your {interviewtype} for {vacancytitle} on {interviewdate} at "      \
      "{interviewtime}, {location}.\n\nCan't make it after all? Let us know: {confirmlink}",                           \
      "Guten Tag {fullname},\n\nwir erinnern Sie an Ihr {interviewtype} f\xC3\xBCr {vacancytitle} am "                 \
      "{interviewdate} um {interviewtime} Uhr, {location}.\n\nSie k\xC3\xB6nnen doch nicht? Bitte sagen Sie uns "      \
      "Bescheid: {confirmlink}")                                                                                       \
    X(tpl_signature,                                                                                                   \
      "Met vriendelijke groet,\n{recruitername}\n{companyname}",                                                       \
      "Kind regards,\n{recruitername}\n{companyname}",                                                                 \
      "Mit freundlichen Gr\xC3\xBC\xC3\x9F" "en\n{recruitername}\n{companyname}")                                      \
    X(tpl_reschedule_subject,                                                                                          \
      "Gewijzigd: {interviewtype} op {interviewdate}",                                                                 \
      "Changed: {interviewtype} on {interviewdate}",                                                                   \
      "Ge\xC3\xA4ndert: {interviewtype} am {interviewdate}")                                                           \
    X(tpl_reschedule_content,                                                                                          \
      "Beste {firstname},\n\nOnze afspraak voor {vacancytitle} is verplaatst. Het nieuwe tijdstip is "                 \
      "{interviewdate} om {interviewtime} ({duration}), {location}.\n\nLaat u weten of dit past?",                     \
      "Dear {firstname},\n\nOur appointment for {vacancytitle} has moved. The new time is {interviewdate} at "         \
      "{interviewtime} ({duration}), {location}.\n\nPlease let us know whether this suits you.",                       \
      "Guten Tag {fullname},\n\nunser Termin f\xC3\xBCr {vacancytitle} wurde verschoben. Der neue Termin ist "         \
      "{interviewdate} um {interviewtime} Uhr ({duration}), {location}.\n\nBitte teilen Sie uns mit, ob er Ihnen "     \
      "passt.")                                                                                                        \
    X(tpl_cancellation_subject,                                                                                        \
      "Geannuleerd: {interviewtype} op {interviewdate}",                                                               \
      "Cancelled: {interviewtype} on {interviewdate}",                                                                 \
      "Abgesagt: {interviewtype} am {interviewdate}")                                                                  \
    X(tpl_cancellation_content,                                                                                        \
      "Beste {firstname},\n\nHelaas gaat onze afspraak voor {vacancytitle} op {interviewdate} om {interviewtime} "     \
      "niet door. We nemen contact met u op.",                                                                         \
      "Dear {firstname},\n\nUnfortunately our appointment for {vacancytitle} on {interviewdate} at "                   \
      "{interviewtime} cannot go ahead. We will be in touch.",                                                         \
      "Guten Tag {fullname},\n\nleider muss unser Termin f\xC3\xBCr {vacancytitle} am {interviewdate} um "             \
      "{interviewtime} Uhr ausfallen. Wir melden uns bei Ihnen.")                                                      \
    X(tpl_rejection_subject,                                                                                           \
      "Uw sollicitatie: {vacancytitle}",                                                                               \
      "Your application: {vacancytitle}",                                                                              \
      "Ihre Bewerbung: {vacancytitle}")                                                                                \
    X(tpl_rejection_content,                                                                                           \
      "Beste {firstname},\n\nBedankt voor uw sollicitatie op de functie {vacancytitle} en voor de tijd die u erin "    \
      "heeft gestoken. Na zorgvuldige afweging hebben we besloten niet met u verder te gaan. We wensen u veel "        \
      "succes bij het vinden van een passende baan.",                                                                  \
      "Dear {firstname},\n\nThank you for applying for the position of {vacancytitle} and for the time you "           \
      "invested. After careful consideration we have decided not to proceed with your application. We wish you "      \
      "every success in finding a suitable position.",                                                                 \
      "Guten Tag {fullname},\n\nvielen Dank f\xC3\xBCr Ihre Bewerbung als {vacancytitle} und die Zeit, die Sie "        \
      "investiert haben. Nach sorgf\xC3\xA4ltiger Abw\xC3\xA4gung haben wir uns entschieden, Ihre Bewerbung nicht "     \
      "weiter zu ber\xC3\xBC" "cksichtigen. Wir w\xC3\xBCnschen Ihnen viel Erfolg bei der Suche nach einer passenden "  \
      "Stelle.")

enum class Say {
#define KANDIDAAT_CANDIDATE_WORD_ID(id, nl, en, de) id,
    KANDIDAAT_CANDIDATE_WORDS(KANDIDAAT_CANDIDATE_WORD_ID)
#undef KANDIDAAT_CANDIDATE_WORD_ID
};

// The text of `s` in `lang`. Never fails.
const char* say(Lang lang, Say s);

}  // namespace kandidaat
