// The recruiter's words: everything the app shows and every message the server answers a recruiter with, in
// Dutch, English and German (the register is "u" / "Sie"). One table, so a missing translation cannot compile,
// and a fourth language is one more column. Labels of domain values (answer statuses, interview types, dates)
// are i18n.hpp's; what candidates read is candidate_words.hpp's. In a text, %s is a piece of text, %d a
// number (both filled by fill(); plural() and printf-style callers pass ints for %d), %L a language code that
// fill() writes as the language's name in the text's language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/i18n.hpp"

namespace kandidaat {

// X(id, Dutch, English, German)
#define KANDIDAAT_RECRUITER_WORDS(X) \
    X(loading, "Laden\xE2\x80\xA6", "Loading\xE2\x80\xA6", "Laden\xE2\x80\xA6")                                        \
    X(yes, "Ja", "Yes", "Ja")                                                                                          \
    X(no, "Nee", "No", "Nein")                                                                                         \
    X(save, "Opslaan", "Save", "Speichern")                                                                            \
    X(cancel, "Annuleren", "Cancel", "Abbrechen")                                                                      \
    X(back, "\xE2\x86\x90 Terug", "\xE2\x86\x90 Back", "\xE2\x86\x90 Zur\xC3\xBC" "ck")                                \
    X(and_word, "en", "and", "und")                                                                                    \
    X(select_all, "Alles (de)selecteren", "Select or deselect all", "Alle (ab)w\xC3\xA4hlen")                          \
    X(clear_filter, "Filter wissen", "Clear the filter", "Filter l\xC3\xB6schen")                                      \
    /* login */                                                                                                        \
    X(login_tagline,                                                                                                   \
      "Sollicitanten uitnodigen voor interviews",                                                                      \
      "Invite applicants to interviews",                                                                               \
      "Bewerber zu Vorstellungsgespr\xC3\xA4" "chen einladen")                                                         \
    X(login_email, "E-mailadres", "E-mail address", "E-Mail-Adresse")                                                  \
    X(login_email_hint, "naam@bedrijf.nl", "name@company.com", "name@firma.de")                                        \
    X(login_password, "Wachtwoord", "Password", "Passwort")                                                            \
    X(login_submit, "Inloggen", "Log in", "Anmelden")                                                                  \
    X(login_busy, "Bezig met inloggen\xE2\x80\xA6", "Logging in\xE2\x80\xA6", "Anmeldung l\xC3\xA4uft\xE2\x80\xA6")    \
    X(login_failed,                                                                                                    \
      "E-mailadres of wachtwoord klopt niet.",                                                                         \
      "The e-mail address or password is not correct.",                                                                \
      "E-Mail-Adresse oder Passwort ist nicht korrekt.")                                                               \
    X(login_missing,                                                                                                   \
      "Vul uw e-mailadres en wachtwoord in.",                                                                          \
      "Enter your e-mail address and password.",                                                                       \
      "Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.")                                                           \
    X(login_session_expired,                                                                                           \
      "Uw sessie is verlopen. Log opnieuw in: wat u had ingevuld, staat nog klaar.",                                   \
      "Your session has expired. Log in again: everything you entered is still there.",                                \
      "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an: Ihre Eingaben sind noch da.")                           \
    X(login_demo_hint,                                                                                                 \
      "Demo: anna@example.com / demo",                                                                                 \
      "Demo: anna@example.com / demo",                                                                                 \
      "Demo: anna@example.com / demo")                                                                                 \
    /* top bar */                                                                                                      \
    X(nav_vacancies, "Vacaturelijst", "Vacancy list", "Stellenliste")                                                  \
    X(nav_interviews, "Interviews", "Interviews", "Interviews")                                                        \
    X(nav_templates, "Sjablonen", "Templates", "Vorlagen")                                                             \
    X(nav_messages, "Berichten", "Messages", "Nachrichten")                                                            \
    X(nav_logout, "Uitloggen", "Log out", "Abmelden")                                                                  \
    /* vacancies */                                                                                                    \
    X(vacancies_intro,                                                                                                 \
      "Kies een vacature om de kandidaten te zien.",                                                                   \
      "Choose a vacancy to see its candidates.",                                                                       \
      "W\xC3\xA4hlen Sie eine Stelle, um ihre Kandidaten zu sehen.")                                                   \
    X(vacancies_empty, "Er zijn nog geen vacatures.", "There are no vacancies yet.", "Es gibt noch keine Stellen.")    \
    X(vacancy_not_found,                                                                                               \
      "Deze vacature bestaat niet (meer).",                                                                            \
      "This vacancy does not exist (any more).",                                                                       \
      "Diese Stelle gibt es nicht (mehr).")                                                                            \
    X(col_vacancy_title, "Vacature", "Vacancy", "Stelle")                                                              \
    X(col_location, "Locatie", "Location", "Ort")                                                                      \
    X(col_candidates, "Kandidaten", "Candidates", "Kandidaten")                                                        \
    X(col_invited, "Uitgenodigd", "Invited", "Eingeladen")                                                             \
    X(col_interviews, "Interviews", "Interviews", "Interviews")                                                        \
    X(overview, "Overzicht", "Overview", "\xC3\x9C" "bersicht")                                                        \
    X(overview_all_candidates_hint,                                                                                    \
      "Alle sollicitanten van deze vacature: aanvinken en uitnodigen voor een interview.",                             \
      "Every applicant of this vacancy: check them and invite them to an interview.",                                  \
      "Alle Bewerber dieser Stelle: ankreuzen und zu einem Interview einladen.")                                       \
    X(overview_interviews, "Geplande interviews", "Scheduled interviews", "Geplante Interviews")                       \
    /* all candidates */                                                                                               \
    X(all_candidates, "Alle kandidaten", "All candidates", "Alle Kandidaten")                                          \
    X(candidates_filter_hint,                                                                                          \
      "Zoek op naam, e-mail, taal of status",                                                                          \
      "Search by name, e-mail, language or status",                                                                    \
      "Nach Name, E-Mail, Sprache oder Status suchen")                                                                 \
    X(candidates_none_checked, "Niemand aangevinkt", "Nobody checked", "Niemand ausgew\xC3\xA4hlt")                    \
    X(candidates_n_checked, "%d aangevinkt", "%d checked", "%d ausgew\xC3\xA4hlt") /* count */                         \
    X(recruitment_action, "Wervingsactie", "Recruitment action", "Aktion")                                             \
    X(invite_for_interview, "Uitnodigen voor interview", "Invite for interview", "Zum Interview einladen")             \
    X(execute, "Uitvoeren", "Execute", "Ausf\xC3\xBChren")                                                             \
    X(execute_needs_check,                                                                                             \
      "Vink eerst een of meer kandidaten aan.",                                                                        \
      "Check one or more candidates first.",                                                                           \
      "W\xC3\xA4hlen Sie zuerst einen oder mehrere Kandidaten aus.")                                                   \
    X(candidates_empty,                                                                                                \
      "Nog geen sollicitanten voor deze vacature.",                                                                    \
      "No applicants for this vacancy yet.",                                                                           \
      "Noch keine Bewerber f\xC3\xBCr diese Stelle.")                                                                  \
    X(candidates_no_match,                                                                                             \
      "Niets gevonden met dit filter.",                                                                                \
      "Nothing matches this filter.",                                                                                  \
      "Nichts passt zu diesem Filter.")                                                                                \
    X(candidates_cannot_invite_withdrawn,                                                                              \
      "Heeft de sollicitatie ingetrokken en kan niet worden uitgenodigd.",                                             \
      "Has withdrawn the application and cannot be invited.",                                                          \
      "Hat die Bewerbung zur\xC3\xBC" "ckgezogen und kann nicht eingeladen werden.")                                   \
    X(col_name, "Naam", "Name", "Name")                                                                                \
    X(col_application_status, "Status sollicitatie", "Application status", "Bewerbungsstatus")                         \
    X(col_latest_answer, "Laatste reactie", "Latest answer", "Letzte Antwort")                                         \
    X(col_language, "Taal", "Language", "Sprache")                                                                     \
    X(col_mobile, "Mobiel", "Mobile", "Mobil")                                                                         \
    X(col_email, "E-mail", "E-mail", "E-Mail")                                                                         \
    /* wizard */                                                                                                       \
    X(wizard_step1, "Interview", "Interview", "Interview")                                                             \
    X(wizard_step2, "E-mail en herinnering", "E-mail and reminder", "E-Mail und Erinnerung")                           \
    X(wizard_candidates_n, "Kandidaten (%d)", "Candidates (%d)", "Kandidaten (%d)") /* count */                        \
    X(no_mobile, "geen mobiel nummer", "no mobile number", "keine Mobilnummer")                                        \
    X(wizard_type, "Soort interview", "Interview type", "Art des Interviews")                                          \
    X(wizard_attendees, "Aanwezigen", "Attendees", "Teilnehmer")                                                       \
    X(wizard_attendees_hint,                                                                                           \
      "Collega's die bij het interview zijn; zij staan in de uitnodiging.",                                            \
      "Colleagues who attend; the invitation names them.",                                                             \
      "Kollegen, die am Interview teilnehmen; die Einladung nennt sie.")                                               \
    X(wizard_no_attendees, "Kies aanwezigen", "Choose attendees", "Teilnehmer w\xC3\xA4hlen")                          \
    X(wizard_date, "Datum", "Date", "Datum")                                                                           \
    X(wizard_date_hint,                                                                                                \
      "Tijden zijn Nederlandse tijd (Europe/Amsterdam).",                                                              \
      "Times are Dutch time (Europe/Amsterdam).",                                                                      \
      "Zeiten sind niederl\xC3\xA4ndische Zeit (Europe/Amsterdam).")                                                   \
    X(choose_date, "Kies een datum", "Choose a date", "Datum w\xC3\xA4hlen")                                           \
    X(wizard_time, "Tijd", "Time", "Uhrzeit")                                                                          \
    X(wizard_duration, "Duur", "Duration", "Dauer")                                                                    \
    X(wizard_until, "Tot %s", "Until %s", "Bis %s") /* end time */                                                     \
    X(wizard_location, "Locatie", "Location", "Ort")                                                                   \
    X(wizard_location_phone, "Telefoon / details", "Phone / details", "Telefon / Details")                             \
    X(wizard_location_hint,                                                                                            \
      "Adres, zaal of belgegevens",                                                                                    \
      "Address, room or call details",                                                                                 \
      "Adresse, Raum oder Einwahldaten")                                                                               \
    X(wizard_next, "Volgende \xE2\x86\x92", "Next \xE2\x86\x92", "Weiter \xE2\x86\x92")                                \
    X(wizard_back, "\xE2\x86\x90 Vorige", "\xE2\x86\x90 Back", "\xE2\x86\x90 Zur\xC3\xBC" "ck")                        \
    X(wizard_send, "Verzenden", "Send", "Senden")                                                                      \
    X(wizard_n_problems, "Nog op te lossen: %d", "Still to fix: %d", "Noch zu beheben: %d") /* count */                \
    X(wizard_email, "Uitnodiging per e-mail", "Invitation e-mail", "Einladung per E-Mail")                             \
    X(wizard_action, "Actie", "Action", "Aktion")                                                                      \
    X(wizard_no_email_note,                                                                                            \
      "Er gaat geen uitnodiging uit; alleen de herinnering hieronder.",                                                \
      "No invitation goes out; only the reminder below.",                                                              \
      "Es geht keine Einladung hinaus; nur die Erinnerung unten.")                                                     \
    X(wizard_from, "Van", "From", "Von")                                                                               \
    X(wizard_template, "Sjabloon", "Template", "Vorlage")                                                              \
    X(wizard_subject, "Onderwerp", "Subject", "Betreff")                                                               \
    X(wizard_content, "Inhoud", "Content", "Inhalt")                                                                   \
    X(wizard_signature, "Handtekening", "Signature", "Signatur")                                                       \
    X(insert_tag, "Tag invoegen \xE2\x96\xBC", "Insert tag \xE2\x96\xBC", "Tag einf\xC3\xBCgen \xE2\x96\xBC")          \
    X(insert_tag_hint,                                                                                                 \
      "Tags worden per kandidaat ingevuld, bijvoorbeeld {firstname} met de voornaam.",                                 \
      "Tags are filled in for each candidate, e.g. {firstname} with their first name.",                                \
      "Tags werden f\xC3\xBCr jeden Kandidaten ausgef\xC3\xBCllt, z.\xC2\xA0" "B. {firstname} mit dem Vornamen.")      \
    X(wizard_no_variant,                                                                                               \
      "Nog geen tekst in het %s: deze kandidaten krijgen nu de tekst in het %s. Schrijf hier een eigen versie als u dat wilt.", \
      "No %s text yet: these candidates now receive the %s text. Write their own version here if you like.",           \
      "Noch kein Text auf %s: diese Kandidaten erhalten jetzt den Text auf %s. Schreiben Sie hier eine eigene Fassung, wenn Sie m\xC3\xB6" "chten.") \
    X(wizard_confirm_link,                                                                                             \
      "Wenst u een link bij te voegen zodat de kandidaat de uitnodiging kan bevestigen?",                              \
      "Add a link so that the candidate can confirm the invitation?",                                                  \
      "Einen Link hinzuf\xC3\xBCgen, damit der Kandidat die Einladung best\xC3\xA4tigen kann?")                        \
    X(wizard_confirm_link_you_checked,                                                                                 \
      "U hebt de optie zelf aangezet.",                                                                                \
      "You switched the option on yourself.",                                                                          \
      "Sie haben die Option selbst eingeschaltet.")                                                                    \
    X(wizard_confirm_link_you_unchecked,                                                                               \
      "U hebt de optie zelf uitgezet.",                                                                                \
      "You switched the option off yourself.",                                                                         \
      "Sie haben die Option selbst ausgeschaltet.")                                                                    \
    X(wizard_confirm_link_reset, "Standaard herstellen", "Restore the default", "Standard wiederherstellen")           \
    X(wizard_reminder, "Herinnering", "Reminder", "Erinnerung")                                                        \
    X(wizard_reminder_channel, "Versturen", "Send", "Senden")                                                          \
    X(wizard_no_sms_access,                                                                                            \
      "Sms-herinneringen zijn er alleen voor gebruikers met sms-toegang.",                                             \
      "SMS reminders are only for users with SMS access.",                                                             \
      "SMS-Erinnerungen gibt es nur f\xC3\xBCr Benutzer mit SMS-Zugang.")                                              \
    X(wizard_reminder_days, "Dagen vooraf", "Days before", "Tage vorher")                                              \
    X(wizard_days_before,                                                                                              \
      "dag(en) voor het interview, rond 09:00",                                                                        \
      "day(s) before the interview, around 09:00",                                                                     \
      "Tag(e) vor dem Interview, gegen 09:00")                                                                         \
    X(wizard_reminder_when,                                                                                            \
      "De herinnering gaat uit op %s.",                                                                                \
      "The reminder goes out on %s.",                                                                                  \
      "Die Erinnerung geht am %s hinaus.") /* date and time */                                                         \
    X(wizard_no_day_possible,                                                                                          \
      "Het interview is te dichtbij voor een herinnering. Kies \xE2\x80\x9CGeen herinnering\xE2\x80\x9D.",             \
      "The interview is too close for a reminder. Choose \xE2\x80\x9CNo reminder\xE2\x80\x9D.",                        \
      "Das Interview ist zu nah f\xC3\xBCr eine Erinnerung. W\xC3\xA4hlen Sie \xE2\x80\x9EKeine Erinnerung\xE2\x80\x9C.") \
    X(wizard_sms_fixed,                                                                                                \
      "De sms is een vaste korte tekst in de taal van de kandidaat; zie het voorbeeld.",                               \
      "The SMS is a fixed short text in the candidate's language; see the preview.",                                   \
      "Die SMS ist ein fester kurzer Text in der Sprache des Kandidaten; siehe die Vorschau.")                         \
    X(preview, "Voorbeeld", "Preview", "Vorschau")                                                                     \
    X(preview_exact,                                                                                                   \
      "\xE2\x9C\x93 precies zoals verstuurd",                                                                          \
      "\xE2\x9C\x93 exactly as sent",                                                                                  \
      "\xE2\x9C\x93 genau wie versendet")                                                                              \
    X(preview_checking, "wordt gecontroleerd\xE2\x80\xA6", "checking\xE2\x80\xA6", "wird gepr\xC3\xBC" "ft\xE2\x80\xA6") \
    X(preview_invitation, "Uitnodiging", "Invitation", "Einladung")                                                    \
    X(preview_no_invitation,                                                                                           \
      "Geen uitnodiging (actie: geen e-mail verzenden).",                                                              \
      "No invitation (action: don't send e-mail).",                                                                    \
      "Keine Einladung (Aktion: keine E-Mail senden).")                                                                \
    X(preview_reminder_email, "Herinnering per e-mail", "Reminder e-mail", "Erinnerung per E-Mail")                    \
    X(preview_sms, "Sms-herinnering", "SMS reminder", "SMS-Erinnerung")                                                \
    X(preview_sms_length,                                                                                              \
      "%d tekens \xC2\xB7 %d delen (%s)",                                                                              \
      "%d characters \xC2\xB7 %d segments (%s)",                                                                       \
      "%d Zeichen \xC2\xB7 %d Teile (%s)")                                                                             \
    X(preview_sms_length_one,                                                                                          \
      "%d tekens \xC2\xB7 %d deel (%s)",                                                                               \
      "%d characters \xC2\xB7 %d segment (%s)",                                                                        \
      "%d Zeichen \xC2\xB7 %d Teil (%s)")                                                                              \
    X(preview_no_sms,                                                                                                  \
      "Geen sms voor deze kandidaat (geen mobiel nummer).",                                                            \
      "No SMS for this candidate (no mobile number).",                                                                 \
      "Keine SMS f\xC3\xBCr diesen Kandidaten (keine Mobilnummer).")                                                   \
    X(toast_invitation_one, "1 uitnodiging wordt verstuurd", "1 invitation is on its way", "1 Einladung ist unterwegs") \
    X(toast_invitation_many,                                                                                           \
      "%d uitnodigingen worden verstuurd",                                                                             \
      "%d invitations are on their way",                                                                               \
      "%d Einladungen sind unterwegs")                                                                                 \
    X(toast_invited_one_no_email,                                                                                      \
      "1 kandidaat uitgenodigd zonder e-mail",                                                                         \
      "1 candidate invited without e-mail",                                                                            \
      "1 Kandidat ohne E-Mail eingeladen")                                                                             \
    X(toast_invited_many_no_email,                                                                                     \
      "%d kandidaten uitgenodigd zonder e-mail",                                                                       \
      "%d candidates invited without e-mail",                                                                          \
      "%d Kandidaten ohne E-Mail eingeladen")                                                                          \
    X(toast_reminder_none, "geen herinneringen", "no reminders", "keine Erinnerungen")                                 \
    X(toast_reminder_one, "1 herinnering ingepland", "1 reminder scheduled", "1 Erinnerung geplant")                   \
    X(toast_reminder_many, "%d herinneringen ingepland", "%d reminders scheduled", "%d Erinnerungen geplant")          \
    /* errors */                                                                                                       \
    X(err_network,                                                                                                     \
      "De server is niet bereikbaar. Controleer de verbinding; het wordt zo opnieuw geprobeerd.",                      \
      "The server cannot be reached. Check the connection; it will be tried again shortly.",                           \
      "Der Server ist nicht erreichbar. Pr\xC3\xBC" "fen Sie die Verbindung; es wird gleich erneut versucht.")         \
    X(err_server,                                                                                                      \
      "Er ging iets mis op de server. Probeer het opnieuw.",                                                           \
      "Something went wrong on the server. Please try again.",                                                         \
      "Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es erneut.")                                       \
    X(err_choose_date,                                                                                                 \
      "Kies een datum in de kalender.",                                                                                \
      "Choose a date in the calendar.",                                                                                \
      "W\xC3\xA4hlen Sie ein Datum im Kalender.")                                                                      \
    X(err_invalid_date,                                                                                                \
      "Kies een geldige datum.",                                                                                       \
      "Choose a valid date.",                                                                                          \
      "W\xC3\xA4hlen Sie ein g\xC3\xBCltiges Datum.")                                                                  \
    X(err_invalid_time,                                                                                                \
      "Kies een geldige tijd.",                                                                                        \
      "Choose a valid time.",                                                                                          \
      "W\xC3\xA4hlen Sie eine g\xC3\xBCltige Uhrzeit.")                                                                \
    X(err_invalid_duration,                                                                                            \
      "De duur moet tussen 5 en 480 minuten liggen.",                                                                  \
      "The duration must be between 5 and 480 minutes.",                                                               \
      "Die Dauer muss zwischen 5 und 480 Minuten liegen.")                                                             \
    X(err_in_the_past,                                                                                                 \
      "Het interview moet in de toekomst liggen.",                                                                     \
      "The interview must start in the future.",                                                                       \
      "Das Interview muss in der Zukunft liegen.")                                                                     \
    X(err_invalid_from,                                                                                                \
      "Vul een geldig afzenderadres in, bijvoorbeeld Naam <jobs@bedrijf.nl>.",                                         \
      "Enter a valid sender address, e.g. Name <jobs@example.com>.",                                                   \
      "Geben Sie eine g\xC3\xBCltige Absenderadresse ein, z.\xC2\xA0" "B. Name <jobs@firma.de>.")                      \
    X(err_reminder_too_late,                                                                                           \
      "Dat moment is al voorbij: kies minder dagen vooraf.",                                                           \
      "That moment has passed: choose fewer days before.",                                                             \
      "Dieser Zeitpunkt ist schon vorbei: w\xC3\xA4hlen Sie weniger Tage vorher.")                                     \
    X(err_sms_not_allowed, "U hebt geen toegang tot sms.", "You have no SMS access.", "Sie haben keinen SMS-Zugang.")  \
    /* interviews */                                                                                                   \
    X(interviews_intro,                                                                                                \
      "Alle interviews met hun kandidaten en wat die hebben geantwoord.",                                              \
      "Every interview with its candidates and what they answered.",                                                   \
      "Alle Interviews mit ihren Kandidaten und deren Antworten.")                                                     \
    X(interviews_upcoming, "Komend", "Upcoming", "Anstehend")                                                          \
    X(interviews_past, "Afgelopen", "Past", "Vergangen")                                                               \
    X(all_vacancies, "Alle vacatures", "All vacancies", "Alle Stellen")                                                \
    X(interviews_between, "Tussen", "Between", "Zwischen")                                                             \
    X(interviews_none,                                                                                                 \
      "Nog geen interviews gepland.",                                                                                  \
      "No interviews scheduled yet.",                                                                                  \
      "Noch keine Interviews geplant.")                                                                                \
    X(interviews_none_past,                                                                                            \
      "Nog geen afgelopen interviews.",                                                                                \
      "No past interviews yet.",                                                                                       \
      "Noch keine vergangenen Interviews.")                                                                            \
    X(interviews_none_match,                                                                                           \
      "Geen interviews met deze filters.",                                                                             \
      "No interviews match these filters.",                                                                            \
      "Keine Interviews mit diesen Filtern.")                                                                          \
    X(col_when, "Wanneer", "When", "Wann")                                                                             \
    X(col_type, "Soort", "Type", "Art")                                                                                \
    X(col_candidate, "Kandidaat", "Candidate", "Kandidat")                                                             \
    X(col_appointment_confirmed, "Afspraak bevestigd", "Appointment confirmed", "Termin best\xC3\xA4tigt")             \
    X(reschedule, "Verzetten", "Reschedule", "Verschieben")                                                            \
    X(reschedule_title, "Interview verzetten", "Reschedule the interview", "Interview verschieben")                    \
    X(reschedule_hint,                                                                                                 \
      "De kandidaten krijgen een bijgewerkte uitnodiging; herinneringen schuiven mee.",                                \
      "The candidates get an updated invitation; reminders move along.",                                               \
      "Die Kandidaten erhalten eine aktualisierte Einladung; Erinnerungen werden mitverschoben.")                      \
    X(reschedule_save, "Verzetten", "Reschedule", "Verschieben")                                                       \
    X(cancel_interview, "Annuleren", "Cancel", "Absagen")                                                              \
    X(cancel_title, "Interview annuleren?", "Cancel the interview?", "Interview absagen?")                             \
    X(cancel_body,                                                                                                     \
      "De kandidaten krijgen een annulering per e-mail en hun herinneringen vervallen. Dit kan niet ongedaan worden gemaakt.", \
      "The candidates get a cancellation e-mail and their reminders are dropped. This cannot be undone.",              \
      "Die Kandidaten erhalten eine Absage per E-Mail und ihre Erinnerungen entfallen. Dies kann nicht r\xC3\xBC" "ckg\xC3\xA4ngig gemacht werden.") \
    X(cancel_keep, "Interview houden", "Keep the interview", "Interview behalten")                                     \
    X(cancel_confirm, "Interview annuleren", "Cancel the interview", "Interview absagen")                              \
    X(toast_interview_cancelled,                                                                                       \
      "Het interview is geannuleerd.",                                                                                 \
      "The interview has been cancelled.",                                                                             \
      "Das Interview wurde abgesagt.")                                                                                 \
    X(toast_rescheduled,                                                                                               \
      "Het interview is verzet; de kandidaten krijgen bericht.",                                                       \
      "The interview has been rescheduled; the candidates are told.",                                                  \
      "Das Interview wurde verschoben; die Kandidaten werden benachrichtigt.")                                         \
    /* candidate page */                                                                                               \
    X(application_cv, "Sollicitatie & cv", "Application & CV", "Bewerbung & Lebenslauf")                               \
    X(contact, "Contactgegevens", "Contact details", "Kontaktdaten")                                                   \
    X(applications, "Sollicitaties", "Applications", "Bewerbungen")                                                    \
    X(no_applications, "Geen sollicitaties.", "No applications.", "Keine Bewerbungen.")                                \
    X(invitations, "Uitnodigingen", "Invitations", "Einladungen")                                                      \
    X(no_invitations,                                                                                                  \
      "Nog niet uitgenodigd voor een interview.",                                                                      \
      "Not invited to an interview yet.",                                                                              \
      "Noch nicht zu einem Interview eingeladen.")                                                                     \
    X(edit_appointment_invitation,                                                                                     \
      "Uitnodiging voor afspraak bewerken",                                                                            \
      "Edit appointment invitation",                                                                                   \
      "Termineinladung bearbeiten")                                                                                    \
    X(history, "Geschiedenis van de reactie", "History of the answer", "Verlauf der Antwort")                          \
    X(history_empty, "Nog geen reactie.", "No answer yet.", "Noch keine Antwort.")                                     \
    X(history_withdrew, "(sollicitatie ingetrokken)", "(withdrew the application)", "(Bewerbung zur\xC3\xBC" "ckgezogen)") \
    X(col_answer, "Reactie", "Answer", "Antwort")                                                                      \
    X(col_by, "Door", "By", "Von")                                                                                     \
    X(by_candidate, "kandidaat", "candidate", "Kandidat")                                                              \
    X(by_recruiter, "recruiter", "recruiter", "Recruiter")                                                             \
    X(withdrawn_final,                                                                                                 \
      "Ingetrokken: de reactie ligt vast.",                                                                            \
      "Withdrawn: the answer is final.",                                                                               \
      "Zur\xC3\xBC" "ckgezogen: die Antwort steht fest.")                                                              \
    X(toast_answer_saved, "De reactie is opgeslagen.", "The answer has been saved.", "Die Antwort wurde gespeichert.") \
    /* templates */                                                                                                    \
    X(templates_empty, "Er zijn nog geen sjablonen.", "There are no templates yet.", "Es gibt noch keine Vorlagen.")   \
    X(templates_pick,                                                                                                  \
      "Kies links een sjabloon.",                                                                                      \
      "Choose a template on the left.",                                                                                \
      "W\xC3\xA4hlen Sie links eine Vorlage.")                                                                         \
    X(templates_no_variant,                                                                                            \
      "Deze taal heeft nog geen tekst; kandidaten krijgen dan de standaardtaal.",                                      \
      "This language has no text yet; its candidates get the default language.",                                       \
      "Diese Sprache hat noch keinen Text; ihre Kandidaten erhalten die Standardsprache.")                             \
    X(templates_unknown_tags, "Onbekende tag:", "Unknown tag:", "Unbekanntes Tag:")                                    \
    X(templates_saved,                                                                                                 \
      "De sjablonen zijn opgeslagen.",                                                                                 \
      "The templates have been saved.",                                                                                \
      "Die Vorlagen wurden gespeichert.")                                                                              \
    X(tags, "Tags", "Tags", "Tags")                                                                                    \
    X(tags_hint,                                                                                                       \
      "Klik om in te voegen op de cursorpositie.",                                                                     \
      "Click to insert at the cursor.",                                                                                \
      "Klicken Sie, um an der Cursorposition einzuf\xC3\xBCgen.")                                                      \
    X(discard_changes, "Wijzigingen weggooien", "Discard changes", "\xC3\x84nderungen verwerfen")                      \
    X(unsaved_changes, "Niet opgeslagen wijzigingen", "Unsaved changes", "Nicht gespeicherte \xC3\x84nderungen")       \
    /* messages */                                                                                                     \
    X(messages_intro,                                                                                                  \
      "Elke e-mail en sms: in de wachtrij, verstuurd of mislukt (met de reden).",                                      \
      "Every e-mail and SMS: queued, sent or failed (with the reason).",                                               \
      "Jede E-Mail und SMS: in der Warteschlange, gesendet oder fehlgeschlagen (mit dem Grund).")                      \
    X(messages_filter_hint,                                                                                            \
      "Zoek op ontvanger, onderwerp of fout",                                                                          \
      "Search by recipient, subject or error",                                                                         \
      "Nach Empf\xC3\xA4nger, Betreff oder Fehler suchen")                                                             \
    X(all_states, "Alle statussen", "All states", "Alle Status")                                                       \
    X(messages_empty, "Nog geen berichten verstuurd.", "No messages sent yet.", "Noch keine Nachrichten gesendet.")    \
    X(col_message, "Bericht", "Message", "Nachricht")                                                                  \
    X(col_recipient, "Ontvanger", "Recipient", "Empf\xC3\xA4nger")                                                     \
    X(col_state, "Status", "State", "Status")                                                                          \
    X(col_attempts, "Pogingen", "Attempts", "Versuche")                                                                \
    X(col_last_error, "Laatste fout", "Last error", "Letzter Fehler")                                                  \
    /* the app as a web page: leaving a half-finished invitation, the collapsed top bar, link addresses */             \
    X(leave_title, "Uitnodiging nog niet verzonden", "Invitation not sent yet", "Einladung noch nicht gesendet")       \
    X(leave_text,                                                                                                      \
      "U bent een uitnodiging aan het maken die nog niet is verzonden. Wilt u deze pagina verlaten? " "Wat u hebt ingevuld blijft bewaard zolang dit tabblad openstaat.", \
      "You are writing an invitation that has not been sent. Leave this page? What you entered is kept for as long " "as this tab stays open.", \
      "Sie schreiben eine Einladung, die noch nicht gesendet ist. Diese Seite verlassen? Ihre Eingaben bleiben erhalten, solange dieser Tab ge\xC3\xB6" "ffnet ist.") \
    X(leave_stay, "Terug naar de uitnodiging", "Back to the invitation", "Zur\xC3\xBC" "ck zur Einladung")             \
    X(leave_go, "Pagina verlaten", "Leave the page", "Seite verlassen")                                                \
    X(menu, "Menu", "Menu", "Men\xC3\xBC")                                                                             \
    X(language, "Taal", "Language", "Sprache")                                                                         \
    /* server and shared messages; %s text, %d a number, %L a language code said as its name */                        \
    X(err_field_required, "Dit veld is verplicht.", "This field is required.", "Dieses Feld ist erforderlich.")        \
    X(err_expected_number,                                                                                             \
      "Hier hoort een geheel getal.",                                                                                  \
      "Expected a whole number.",                                                                                      \
      "Hier gehört eine ganze Zahl hin.")                                                                              \
    X(err_expected_text, "Hier hoort tekst.", "Expected text.", "Hier gehört Text hin.")                               \
    X(err_expected_bool,                                                                                               \
      "Hier hoort waar of onwaar (true/false).",                                                                       \
      "Expected true or false.",                                                                                       \
      "Hier gehört wahr oder falsch (true/false) hin.")                                                                \
    X(err_expected_ids,                                                                                                \
      "Hier hoort een lijst met id's.",                                                                                \
      "Expected a list of ids.",                                                                                       \
      "Hier gehört eine Liste von IDs hin.")                                                                           \
    X(err_expected_id,                                                                                                 \
      "Hier hoort een id (een geheel getal).",                                                                         \
      "Expected an id (a whole number).",                                                                              \
      "Hier gehört eine ID (eine ganze Zahl) hin.")                                                                    \
    X(err_expected_object, "Hier hoort een object.", "Expected an object.", "Hier gehört ein Objekt hin.")             \
    X(err_expected_lang_texts,                                                                                         \
      "Hier horen teksten per taal, bijvoorbeeld {\"nl\": \"...\"}.",                                                  \
      "Expected texts per language, e.g. {\"nl\": \"...\"}.",                                                          \
      "Hier gehören Texte pro Sprache hin, z.\xC2\xA0" "B. {\"nl\": \"...\"}.")                                        \
    X(err_number_too_large, "Het getal is te groot.", "The number is too large.", "Die Zahl ist zu gro\xC3\x9F.")      \
    X(err_number_range,                                                                                                \
      "Kies een getal van %s tot en met %s.",                                                                          \
      "Expected a number from %s to %s.",                                                                              \
      "W\xC3\xA4hlen Sie eine Zahl von %s bis %s.")                                                                    \
    X(err_ids_positive,                                                                                                \
      "Id's zijn positieve gehele getallen.",                                                                          \
      "Ids are positive whole numbers.",                                                                               \
      "IDs sind positive ganze Zahlen.")                                                                               \
    X(err_unknown_value,                                                                                               \
      "Onbekende waarde \xE2\x80\x9C%s\xE2\x80\x9D; kies uit %s.",                                                     \
      "Unknown value \xE2\x80\x9C%s\xE2\x80\x9D; expected one of %s.",                                                 \
      "Unbekannter Wert \xE2\x80\x9E%s\xE2\x80\x9C; erlaubt sind %s.")                                                 \
    X(err_unsupported_language,                                                                                        \
      "De taal \xE2\x80\x9C%s\xE2\x80\x9D wordt niet ondersteund (wel: Nederlands, Engels, Duits).",                   \
      "The language \xE2\x80\x9C%s\xE2\x80\x9D is not supported (these are: Dutch, English, German).",                 \
      "Die Sprache \xE2\x80\x9E%s\xE2\x80\x9C wird nicht unterst\xC3\xBCtzt (unterst\xC3\xBCtzt: Niederl\xC3\xA4ndisch, Englisch, Deutsch).") \
    X(err_expected_date,                                                                                               \
      "Schrijf de datum als JJJJ-MM-DD.",                                                                              \
      "Expected a date as YYYY-MM-DD.",                                                                                \
      "Schreiben Sie das Datum als JJJJ-MM-TT.")                                                                       \
    X(err_expected_time,                                                                                               \
      "Schrijf de tijd als UU:MM.",                                                                                    \
      "Expected a time as HH:MM.",                                                                                     \
      "Schreiben Sie die Uhrzeit als HH:MM.")                                                                          \
    X(err_body_not_object,                                                                                             \
      "De inhoud van het verzoek moet een JSON-object zijn.",                                                          \
      "The request body must be a JSON object.",                                                                       \
      "Der Inhalt der Anfrage muss ein JSON-Objekt sein.")                                                             \
    X(err_body_not_json,                                                                                               \
      "De inhoud van het verzoek is geen geldige JSON.",                                                               \
      "The request body is not valid JSON.",                                                                           \
      "Der Inhalt der Anfrage ist kein g\xC3\xBCltiges JSON.")                                                         \
    X(err_body_unreadable,                                                                                             \
      "De inhoud van het verzoek is onleesbaar.",                                                                      \
      "The request body could not be read.",                                                                           \
      "Der Inhalt der Anfrage ist nicht lesbar.")                                                                      \
    X(err_choose_interview_type,                                                                                       \
      "Kies telefonisch, persoonlijk of groepsinterview.",                                                             \
      "Choose phone, in person or group interview.",                                                                   \
      "W\xC3\xA4hlen Sie telefonisch, pers\xC3\xB6nlich oder Gruppeninterview.")                                       \
    X(err_choose_role,                                                                                                 \
      "De rol is beheerder of recruiter.",                                                                             \
      "The role is administrator or recruiter.",                                                                       \
      "Die Rolle ist Administrator oder Recruiter.")                                                                   \
    X(err_choose_answer,                                                                                               \
      "Kies een van de reacties.",                                                                                     \
      "Choose one of the answers.",                                                                                    \
      "W\xC3\xA4hlen Sie eine der Antworten.")                                                                         \
    X(err_choose_template_kind,                                                                                        \
      "Kies het soort sjabloon: uitnodiging, herinnering, wijziging of annulering.",                                   \
      "Choose the template's kind: invitation, reminder, reschedule or cancellation.",                                 \
      "W\xC3\xA4hlen Sie die Art der Vorlage: Einladung, Erinnerung, Termin\xC3\xA4nderung oder Absage.")              \
    X(err_days_before,                                                                                                 \
      "Een herinnering gaat 1, 2, 3, 5 of 7 dagen voor het interview uit.",                                            \
      "A reminder goes out 1, 2, 3, 5 or 7 days before the interview.",                                                \
      "Eine Erinnerung geht 1, 2, 3, 5 oder 7 Tage vor dem Interview hinaus.")                                         \
    X(err_answer_withdrawn,                                                                                            \
      "De sollicitatie is ingetrokken; de reactie kan niet meer veranderen.",                                          \
      "The application was withdrawn; the answer can no longer be changed.",                                           \
      "Die Bewerbung wurde zur\xC3\xBC" "ckgezogen; die Antwort kann nicht mehr ge\xC3\xA4ndert werden.")              \
    X(err_answer_started,                                                                                              \
      "Het interview is begonnen; de reactie kan niet meer veranderen.",                                               \
      "The interview has started; the answer can no longer be changed.",                                               \
      "Das Interview hat begonnen; die Antwort kann nicht mehr ge\xC3\xA4ndert werden.")                               \
    X(err_interview_was_cancelled,                                                                                     \
      "Het interview is geannuleerd.",                                                                                 \
      "The interview was cancelled.",                                                                                  \
      "Das Interview wurde abgesagt.")                                                                                 \
    X(err_cannot_invite_withdrawn,                                                                                     \
      "%s heeft de sollicitatie ingetrokken en kan niet worden uitgenodigd.",                                          \
      "%s withdrew the application and cannot be invited.",                                                            \
      "%s hat die Bewerbung zur\xC3\xBC" "ckgezogen und kann nicht eingeladen werden.")                                \
    X(err_unknown_tag, "Onbekende tag %s", "Unknown tag %s", "Unbekanntes Tag %s")                                     \
    X(err_unknown_tags, "Onbekende tags %s", "Unknown tags %s", "Unbekannte Tags %s")                                  \
    X(err_subject_empty_in, "Het onderwerp (%L) is leeg.", "The subject (%L) is empty.", "Der Betreff (%L) ist leer.") \
    X(err_content_empty_in, "De inhoud (%L) is leeg.", "The content (%L) is empty.", "Der Inhalt (%L) ist leer.")      \
    X(err_reminder_subject_empty_in,                                                                                   \
      "Het onderwerp van de herinnering (%L) is leeg.",                                                                \
      "The reminder's subject (%L) is empty.",                                                                         \
      "Der Betreff der Erinnerung (%L) ist leer.")                                                                     \
    X(err_reminder_content_empty_in,                                                                                   \
      "De inhoud van de herinnering (%L) is leeg.",                                                                    \
      "The reminder's content (%L) is empty.",                                                                         \
      "Der Inhalt der Erinnerung (%L) ist leer.")                                                                      \
    X(err_mobile_characters,                                                                                           \
      "Een mobiel nummer bevat alleen cijfers, spaties, '-' en een '+' vooraan.",                                      \
      "A mobile number may only contain digits, spaces, '-' and a leading '+'.",                                       \
      "Eine Mobilnummer enth\xC3\xA4lt nur Ziffern, Leerzeichen, '-' und ein '+' am Anfang.")                          \
    X(err_mobile_code,                                                                                                 \
      "Schrijf het nummer met netnummer of landcode, bijvoorbeeld 06 12345678 of +49 151 23456789.",                   \
      "Write the number with its area or country code, e.g. 06 12345678 or +49 151 23456789.",                         \
      "Schreiben Sie die Nummer mit Vorwahl oder L\xC3\xA4ndercode, z.\xC2\xA0" "B. 06 12345678 oder +49 151 23456789.") \
    X(err_mobile_country,                                                                                              \
      "De landcode ontbreekt of klopt niet.",                                                                          \
      "The country code is missing or invalid.",                                                                       \
      "Der L\xC3\xA4ndercode fehlt oder ist ung\xC3\xBCltig.")                                                         \
    X(err_mobile_dutch,                                                                                                \
      "Een Nederlands mobiel nummer heeft 10 cijfers en begint met 06.",                                               \
      "A Dutch mobile number has 10 digits and starts with 06.",                                                       \
      "Eine niederl\xC3\xA4ndische Mobilnummer hat 10 Ziffern und beginnt mit 06.")                                    \
    X(err_mobile_length,                                                                                               \
      "Een internationaal nummer heeft 8 tot 15 cijfers, inclusief de landcode.",                                      \
      "An international number has 8 to 15 digits including the country code.",                                        \
      "Eine internationale Nummer hat 8 bis 15 Ziffern einschlie\xC3\x9Flich L\xC3\xA4ndercode.")                      \
    X(err_no_candidates,                                                                                               \
      "Kies minstens \xC3\xA9\xC3\xA9n kandidaat.",                                                                    \
      "Select at least one candidate.",                                                                                \
      "W\xC3\xA4hlen Sie mindestens einen Kandidaten.")                                                                \
    X(err_candidate_twice,                                                                                             \
      "Deze kandidaat is twee keer gekozen.",                                                                          \
      "This candidate is selected twice.",                                                                             \
      "Dieser Kandidat ist doppelt ausgew\xC3\xA4hlt.")                                                                \
    X(err_unknown_candidate, "Onbekende kandidaat %s.", "Unknown candidate %s.", "Unbekannter Kandidat %s.")           \
    X(err_unknown_attendee, "Onbekende aanwezige.", "Unknown attendee.", "Unbekannter Teilnehmer.")                    \
    X(err_not_an_applicant,                                                                                            \
      "%s heeft niet op deze vacature gesolliciteerd.",                                                                \
      "%s has not applied for this vacancy.",                                                                          \
      "%s hat sich nicht auf diese Stelle beworben.")                                                                  \
    X(err_not_found, "Niet gevonden.", "Not found.", "Nicht gefunden.")                                                \
    X(err_no_such_route,                                                                                               \
      "Deze API-route bestaat niet.",                                                                                  \
      "There is no such API route.",                                                                                   \
      "Diese API-Route gibt es nicht.")                                                                                \
    X(err_vacancy_not_found,                                                                                           \
      "Deze vacature bestaat niet.",                                                                                   \
      "This vacancy does not exist.",                                                                                  \
      "Diese Stelle gibt es nicht.")                                                                                   \
    X(err_candidate_not_found,                                                                                         \
      "Deze kandidaat bestaat niet.",                                                                                  \
      "This candidate does not exist.",                                                                                \
      "Diesen Kandidaten gibt es nicht.")                                                                              \
    X(err_interview_not_found,                                                                                         \
      "Dit interview bestaat niet.",                                                                                   \
      "This interview does not exist.",                                                                                \
      "Dieses Interview gibt es nicht.")                                                                               \
    X(err_invitation_not_found,                                                                                        \
      "Deze uitnodiging bestaat niet.",                                                                                \
      "This invitation does not exist.",                                                                               \
      "Diese Einladung gibt es nicht.")                                                                                \
    X(err_message_not_found,                                                                                           \
      "Dit bericht bestaat niet.",                                                                                     \
      "This message does not exist.",                                                                                  \
      "Diese Nachricht gibt es nicht.")                                                                                \
    X(err_template_not_found,                                                                                          \
      "Dit sjabloon bestaat niet.",                                                                                    \
      "This template does not exist.",                                                                                 \
      "Diese Vorlage gibt es nicht.")                                                                                  \
    X(err_user_not_found,                                                                                              \
      "Deze gebruiker bestaat niet.",                                                                                  \
      "This user does not exist.",                                                                                     \
      "Diesen Benutzer gibt es nicht.")                                                                                \
    X(err_param_number, "%s moet een getal zijn.", "%s must be a number.", "%s muss eine Zahl sein.")                  \
    X(err_unknown_state, "Onbekende status.", "Unknown state.", "Unbekannter Status.")                                 \
    X(err_log_in, "Log in om verder te gaan.", "Please log in.", "Bitte melden Sie sich an.")                          \
    X(err_session_ended,                                                                                               \
      "Uw sessie is afgelopen. Log opnieuw in.",                                                                       \
      "Your session has ended. Please log in again.",                                                                  \
      "Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.")                                                    \
    X(err_csrf_missing, "De header %s ontbreekt.", "The %s header is missing.", "Der Header %s fehlt.")                \
    X(err_csrf_invalid,                                                                                                \
      "De header %s hoort niet bij deze sessie.",                                                                      \
      "The %s header does not match this session.",                                                                    \
      "Der Header %s passt nicht zu dieser Sitzung.")                                                                  \
    X(err_admin_only,                                                                                                  \
      "Alleen een beheerder kan dit doen.",                                                                            \
      "Only an administrator can do this.",                                                                            \
      "Nur ein Administrator kann dies tun.")                                                                          \
    X(err_enter_email, "Vul uw e-mailadres in.", "Enter your e-mail address.", "Geben Sie Ihre E-Mail-Adresse ein.")   \
    X(err_enter_password, "Vul uw wachtwoord in.", "Enter your password.", "Geben Sie Ihr Passwort ein.")              \
    X(err_too_many_attempts,                                                                                           \
      "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.",                                               \
      "Too many failed attempts. Try again in 15 minutes.",                                                            \
      "Zu viele fehlgeschlagene Versuche. Versuchen Sie es in 15 Minuten erneut.")                                     \
    X(err_invalid_email,                                                                                               \
      "Vul een geldig e-mailadres in.",                                                                                \
      "Enter a valid e-mail address.",                                                                                 \
      "Geben Sie eine g\xC3\xBCltige E-Mail-Adresse ein.")                                                             \
    X(err_password_short,                                                                                              \
      "Het wachtwoord heeft minstens 8 tekens nodig.",                                                                 \
      "The password needs at least 8 characters.",                                                                     \
      "Das Passwort braucht mindestens 8 Zeichen.")                                                                    \
    X(err_email_taken,                                                                                                 \
      "Er is al een gebruiker met dit e-mailadres.",                                                                   \
      "A user with this e-mail address exists.",                                                                       \
      "Es gibt schon einen Benutzer mit dieser E-Mail-Adresse.")                                                       \
    X(err_template_name_required,                                                                                      \
      "Geef het sjabloon een naam.",                                                                                   \
      "Give the template a name.",                                                                                     \
      "Geben Sie der Vorlage einen Namen.")                                                                            \
    X(err_template_name_taken,                                                                                         \
      "Er is al een sjabloon van dit soort met deze naam.",                                                            \
      "A template of this kind has this name already.",                                                                \
      "Es gibt schon eine Vorlage dieser Art mit diesem Namen.")                                                       \
    X(err_template_broken,                                                                                             \
      "Het sjabloon (%s) kan niet worden ingevuld: %s",                                                                \
      "The %s template cannot be filled in: %s",                                                                       \
      "Die Vorlage (%s) kann nicht ausgef\xC3\xBCllt werden: %s")                                                      \
    X(err_too_large, "Het verzoek is te groot.", "The request body is too large.", "Die Anfrage ist zu gro\xC3\x9F.")  \
    X(err_request_unreadable,                                                                                          \
      "Het verzoek kon niet worden gelezen.",                                                                          \
      "The request could not be read.",                                                                                \
      "Die Anfrage konnte nicht gelesen werden.")                                                                      \
    X(err_request_failed, "Het verzoek is mislukt.", "The request failed.", "Die Anfrage ist fehlgeschlagen.")         \
    X(err_busy,                                                                                                        \
      "De server is bezet. Probeer het opnieuw.",                                                                      \
      "The server is busy. Please try again.",                                                                         \
      "Der Server ist ausgelastet. Bitte versuchen Sie es erneut.")                                                    \
    X(warn_no_mobile_no_sms,                                                                                           \
      "Geen mobiel nummer: geen sms-herinnering.",                                                                     \
      "No mobile number: no SMS reminder.",                                                                            \
      "Keine Mobilnummer: keine SMS-Erinnerung.")                                                                      \
    X(warn_no_email_no_reminder,                                                                                       \
      "Geen e-mailadres: geen e-mailherinnering.",                                                                     \
      "No e-mail address: no e-mail reminder.",                                                                        \
      "Keine E-Mail-Adresse: keine E-Mail-Erinnerung.")                                                                \
    X(warn_no_confirm_link,                                                                                            \
      "De e-mail bevat geen bevestigingslink: kandidaten kunnen niet reageren.",                                       \
      "The e-mail has no confirmation link: candidates cannot answer.",                                                \
      "Die E-Mail enth\xC3\xA4lt keinen Best\xC3\xA4tigungslink: Kandidaten k\xC3\xB6nnen nicht antworten.")           \
    X(warn_no_mobile_names,                                                                                            \
      "Geen mobiel nummer, dus geen sms-herinnering voor: %s.",                                                        \
      "No mobile number, so no SMS reminder for: %s.",                                                                 \
      "Keine Mobilnummer, daher keine SMS-Erinnerung f\xC3\xBCr: %s.")                                                 \
    X(warn_no_mobile_names_email,                                                                                      \
      "Geen mobiel nummer, dus geen sms-herinnering voor: %s. Zij krijgen wel de e-mail.",                             \
      "No mobile number, so no SMS reminder for: %s. They still get the e-mail.",                                      \
      "Keine Mobilnummer, daher keine SMS-Erinnerung f\xC3\xBCr: %s. Die E-Mail erhalten sie trotzdem.")               \
    X(link_all_have_tag,                                                                                               \
      "Elke taalvariant bevat {confirmlink}; er wordt geen extra link toegevoegd.",                                    \
      "Every language variant contains {confirmlink}; no extra link is added.",                                        \
      "Jede Sprachvariante enth\xC3\xA4lt {confirmlink}; es wird kein zus\xC3\xA4tzlicher Link angef\xC3\xBCgt.")      \
    X(link_mixed,                                                                                                      \
      "De link wordt toegevoegd aan de varianten zonder {confirmlink}: %s.",                                           \
      "The link is added to the variants without {confirmlink}: %s.",                                                  \
      "Der Link wird den Varianten ohne {confirmlink} angef\xC3\xBCgt: %s.")                                           \
    X(link_none_has_tag,                                                                                               \
      "Geen taalvariant bevat {confirmlink}; de link wordt toegevoegd.",                                               \
      "No language variant contains {confirmlink}; the link is added.",                                                \
      "Keine Sprachvariante enth\xC3\xA4lt {confirmlink}; der Link wird angef\xC3\xBCgt.")                             \
    X(day_moment_passed,                                                                                               \
      "De herinnering zou op %s verstuurd worden; dat moment is voorbij.",                                             \
      "The reminder would go out on %s, which has passed.",                                                            \
      "Die Erinnerung w\xC3\xBCrde am %s gesendet; dieser Zeitpunkt ist vorbei.")                                      \
    X(tag_firstname, "Voornaam van de kandidaat", "The candidate's first name", "Vorname des Kandidaten")              \
    X(tag_lastname, "Achternaam van de kandidaat", "The candidate's last name", "Nachname des Kandidaten")             \
    X(tag_fullname,                                                                                                    \
      "Voor- en achternaam van de kandidaat",                                                                          \
      "The candidate's full name",                                                                                     \
      "Vor- und Nachname des Kandidaten")                                                                              \
    X(tag_vacancytitle, "Titel van de vacature", "The vacancy's title", "Titel der Stelle")                            \
    X(tag_interviewtype,                                                                                               \
      "Soort interview, in de taal van de kandidaat",                                                                  \
      "The interview type, in the candidate's language",                                                               \
      "Art des Interviews, in der Sprache des Kandidaten")                                                             \
    X(tag_interviewdate,                                                                                               \
      "Datum van het interview, voluit",                                                                               \
      "The interview's date, written out",                                                                             \
      "Datum des Interviews, ausgeschrieben")                                                                          \
    X(tag_interviewtime, "Begintijd (Europe/Amsterdam)", "Start time (Europe/Amsterdam)", "Beginn (Europe/Amsterdam)") \
    X(tag_endtime, "Eindtijd (Europe/Amsterdam)", "End time (Europe/Amsterdam)", "Ende (Europe/Amsterdam)")            \
    X(tag_duration, "Duur van het interview", "The interview's duration", "Dauer des Interviews")                      \
    X(tag_location,                                                                                                    \
      "Locatie, of telefoon-/videogegevens",                                                                           \
      "Location, or phone/video details",                                                                              \
      "Ort oder Telefon-/Videodaten")                                                                                  \
    X(tag_attendees, "Aanwezigen bij het interview", "The interview's attendees", "Teilnehmer am Interview")           \
    X(tag_confirmlink,                                                                                                 \
      "Persoonlijke link om de uitnodiging te beantwoorden",                                                           \
      "Personal link to answer the invitation",                                                                        \
      "Pers\xC3\xB6nlicher Link, um die Einladung zu beantworten")                                                     \
    X(tag_recruitername,                                                                                               \
      "Naam van de recruiter die uitnodigt",                                                                           \
      "Name of the inviting recruiter",                                                                                \
      "Name des einladenden Recruiters")                                                                               \
    X(tag_recruiteremail,                                                                                              \
      "E-mailadres van de recruiter",                                                                                  \
      "The recruiter's e-mail address",                                                                                \
      "E-Mail-Adresse des Recruiters")                                                                                 \
    X(tag_companyname, "Naam van het bedrijf", "The company's name", "Name des Unternehmens")                          \
    X(err_template_object,                                                                                             \
      "Een sjabloon moet een object zijn.",                                                                            \
      "A template must be an object.",                                                                                 \
      "Eine Vorlage muss ein Objekt sein.")                                                                            \
    X(err_field_wrong_type,                                                                                            \
      "Een veld heeft het verkeerde type: %s",                                                                         \
      "A field has the wrong type: %s",                                                                                \
      "Ein Feld hat den falschen Typ: %s")                                                                             \
    X(err_unknown_template_id, "Onbekend sjabloon-id.", "Unknown template id.", "Unbekannte Vorlagen-ID.")             \
    X(err_expected_list, "Hier hoort een lijst.", "Expected a list.", "Hier gehört eine Liste hin.")                   \
    X(err_interview_cancelled_cannot_move,                                                                             \
      "Dit interview is geannuleerd; het kan niet worden verzet.",                                                     \
      "This interview was cancelled; it cannot be moved.",                                                             \
      "Dieses Interview wurde abgesagt; es kann nicht verschoben werden.")                                             \
    X(err_interview_already_cancelled,                                                                                 \
      "Dit interview is al geannuleerd.",                                                                              \
      "This interview is already cancelled.",                                                                          \
      "Dieses Interview ist bereits abgesagt.")                                                                        \
    X(err_candidate_withdrew_answer,                                                                                   \
      "De kandidaat heeft de sollicitatie ingetrokken; de reactie kan niet meer veranderen.",                          \
      "The candidate withdrew the application; the answer can no longer be changed.",                                  \
      "Der Kandidat hat die Bewerbung zur\xC3\xBC" "ckgezogen; die Antwort kann nicht mehr ge\xC3\xA4ndert werden.")   \
    X(err_application_withdrawn_cannot_invite,                                                                         \
      "De kandidaat heeft de sollicitatie ingetrokken en kan niet worden uitgenodigd.",                                \
      "The candidate withdrew the application and cannot be invited.",                                                 \
      "Der Kandidat hat die Bewerbung zur\xC3\xBC" "ckgezogen und kann nicht eingeladen werden.")                      \
    X(err_interview_of_invitation_missing,                                                                             \
      "Het interview van deze uitnodiging bestaat niet.",                                                              \
      "This invitation's interview does not exist.",                                                                   \
      "Das Interview dieser Einladung gibt es nicht.")                                                                 \
    X(err_bad_response,                                                                                                \
      "Onverwacht antwoord van de server: %s",                                                                         \
      "Unexpected answer from the server: %s",                                                                         \
      "Unerwartete Antwort vom Server: %s")                                                                            \
    X(unsent_started,                                                                                                  \
      "niet verstuurd: het interview was al begonnen",                                                                 \
      "not sent: the interview had already started",                                                                   \
      "nicht gesendet: das Interview hatte schon begonnen")                                                            \
    X(unsent_cancelled,                                                                                                \
      "niet verstuurd: het interview is geannuleerd",                                                                  \
      "not sent: the interview was cancelled",                                                                         \
      "nicht gesendet: das Interview wurde abgesagt")                                                                  \
    X(unsent_withdrew,                                                                                                 \
      "niet verstuurd: de kandidaat heeft zich teruggetrokken",                                                        \
      "not sent: the candidate withdrew",                                                                              \
      "nicht gesendet: der Kandidat hat sich zur\xC3\xBC" "ckgezogen")                                                 \
    X(unsent_declined,                                                                                                 \
      "niet verstuurd: de kandidaat heeft afgezegd",                                                                   \
      "not sent: the candidate declined",                                                                              \
      "nicht gesendet: der Kandidat hat abgesagt")                                                                     \
    X(unsent_closed,                                                                                                   \
      "niet verstuurd: de sollicitatie is afgesloten",                                                                 \
      "not sent: the application is closed",                                                                           \
      "nicht gesendet: die Bewerbung ist abgeschlossen")                                                               \
    X(tpl_name_invitation, "Uitnodiging interview", "Interview invitation", "Einladung zum Interview")                 \
    X(tpl_name_short,                                                                                                  \
      "Uitnodiging kort (zonder link in de tekst)",                                                                    \
      "Short invitation (no link in the text)",                                                                        \
      "Kurze Einladung (ohne Link im Text)")                                                                           \
    X(tpl_name_reminder, "Herinnering interview", "Interview reminder", "Erinnerung an das Interview")                 \
    X(tpl_name_reschedule, "Gewijzigde afspraak", "Changed appointment", "Ge\xC3\xA4nderter Termin")                   \
    X(tpl_name_cancellation, "Afgezegde afspraak", "Cancelled appointment", "Abgesagter Termin")                       \
    X(err_not_yours,                                                                                                   \
      "Alleen wie het interview heeft gemaakt, de aanwezigen of een beheerder kunnen dit doen.",                       \
      "Only the interview's creator, its attendees or an administrator can do this.",                                  \
      "Nur wer das Interview angelegt hat, die Teilnehmer oder ein Administrator k\xC3\xB6nnen dies tun.")             \
    X(err_too_many_templates_per_request,                                                                              \
      "Hoogstens %s sjablonen per verzoek.",                                                                           \
      "At most %s templates in one request.",                                                                          \
      "H\xC3\xB6" "chstens %s Vorlagen pro Anfrage.")                                                                  \
    X(err_too_many_templates,                                                                                          \
      "Er kunnen hoogstens %s sjablonen zijn; verwijder er eerst een paar.",                                           \
      "There can be at most %s templates; delete some first.",                                                         \
      "Es kann h\xC3\xB6" "chstens %s Vorlagen geben; l\xC3\xB6schen Sie zuerst einige.")

enum class Str {
#define KANDIDAAT_RECRUITER_WORD_ID(id, nl, en, de) id,
    KANDIDAAT_RECRUITER_WORDS(KANDIDAAT_RECRUITER_WORD_ID)
#undef KANDIDAAT_RECRUITER_WORD_ID
};

// The text of `s` in `lang`. Never fails.
const char* tr(Lang lang, Str s);
// `one` for n == 1, else `many` formatted with n ("%d reminders scheduled"). Never fails.
std::string plural(Lang lang, int n, Str one, Str many);
// The text of `s` in `lang` with its %s/%d/%L holes filled by `args` in order (a missing argument leaves the hole
// empty). Never fails.
std::string fill(Lang lang, Str s, const std::vector<std::string>& args);

}  // namespace kandidaat
