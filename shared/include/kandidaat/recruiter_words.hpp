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
      "Collega's die bij het interview zijn. Zij staan in de uitnodiging en krijgen een e-mail met de "                \
      "agenda-uitnodiging, ook bij verzetten of annuleren.",                                                           \
      "Colleagues who attend. The invitation names them, and they get an e-mail with the calendar invite, also "       \
      "when it is moved or cancelled.",                                                                                \
      "Kollegen, die am Interview teilnehmen. Die Einladung nennt sie, und sie erhalten eine E-Mail mit der "          \
      "Kalendereinladung, auch beim Verschieben oder Absagen.")                                                        \
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
    X(interviews_past,                                                                                                 \
      "Afgelopen en geannuleerd",                                                                                      \
      "Past and cancelled",                                                                                            \
      "Vergangen und abgesagt")                                                                                        \
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
      "De kandidaten krijgen een bijgewerkte uitnodiging en worden opnieuw om een reactie gevraagd; herinneringen "    \
      "schuiven mee.",                                                                                                 \
      "The candidates get an updated invitation and are asked to confirm again; reminders move along.",                \
      "Die Kandidaten erhalten eine aktualisierte Einladung und werden erneut um eine Antwort gebeten; "               \
      "Erinnerungen werden mitverschoben.")                                                                            \
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
    X(err_too_many_in_request,                                                                                         \
      "Hoogstens %s in \xC3\xA9\xC3\xA9n verzoek.",                                                                    \
      "At most %s in one request.",                                                                                    \
      "H\xC3\xB6" "chstens %s in einer Anfrage.")                                                                      \
    X(err_too_long,                                                                                                    \
      "Hoogstens %s tekens.",                                                                                          \
      "At most %s characters.",                                                                                        \
      "H\xC3\xB6" "chstens %s Zeichen.")                                                                               \
    X(err_expected_variant,                                                                                            \
      "Hier hoort een object met subject, content en signature.",                                                      \
      "Expected an object with subject, content and signature.",                                                       \
      "Hier geh\xC3\xB6rt ein Objekt mit subject, content und signature hin.")                                         \
    X(err_too_large_at_most,                                                                                           \
      "Het verzoek is te groot (hoogstens %s).",                                                                       \
      "The request body is too large (at most %s).",                                                                   \
      "Die Anfrage ist zu gro\xC3\x9F (h\xC3\xB6" "chstens %s).")                                                      \
    X(err_login_json_only,                                                                                             \
      "Stuur de inloggegevens als JSON (Content-Type: application/json).",                                             \
      "Send the login as JSON (Content-Type: application/json).",                                                      \
      "Senden Sie die Anmeldung als JSON (Content-Type: application/json).")                                           \
    X(err_login_bad_origin,                                                                                            \
      "Log in vanuit de Kandidaat-app zelf.",                                                                          \
      "Log in from the Kandidaat app itself.",                                                                         \
      "Melden Sie sich in der Kandidaat-App selbst an.")                                                               \
    X(err_field_must_be_text,                                                                                          \
      "%s moet tekst zijn.",                                                                                           \
      "%s must be text.",                                                                                              \
      "%s muss Text sein.")                                                                                            \
    X(err_password_too_long,                                                                                           \
      "Het wachtwoord mag hoogstens 1024 tekens hebben.",                                                              \
      "The password can have at most 1024 characters.",                                                                \
      "Das Passwort darf h\xC3\xB6" "chstens 1024 Zeichen haben.")                                                     \
    X(err_wrong_password,                                                                                              \
      "Het huidige wachtwoord klopt niet.",                                                                            \
      "The current password is not correct.",                                                                          \
      "Das aktuelle Passwort ist nicht korrekt.")                                                                      \
    X(err_location_too_long,                                                                                           \
      "De locatie mag hoogstens 500 tekens hebben.",                                                                   \
      "The location can have at most 500 characters.",                                                                 \
      "Der Ort darf h\xC3\xB6" "chstens 500 Zeichen haben.")                                                           \
    X(err_withdrawn_cannot_move,                                                                                       \
      "De kandidaat heeft de sollicitatie ingetrokken; de afspraak kan niet worden verzet.",                           \
      "The candidate withdrew the application; the appointment cannot be moved.",                                      \
      "Der Kandidat hat die Bewerbung zur\xC3\xBC" "ckgezogen; der Termin kann nicht verschoben werden.")              \
    X(err_subject_one_line,                                                                                            \
      "Een onderwerp is \xC3\xA9\xC3\xA9n regel van hoogstens 300 tekens.",                                            \
      "A subject is one line of at most 300 characters.",                                                              \
      "Ein Betreff ist eine Zeile mit h\xC3\xB6" "chstens 300 Zeichen.")                                               \
    X(err_sender_one_line,                                                                                             \
      "De afzender is \xC3\xA9\xC3\xA9n regel (geen regeleinden of stuurtekens).",                                     \
      "The sender is one line (no line breaks or control characters).",                                                \
      "Der Absender ist eine Zeile (keine Zeilenumbr\xC3\xBC" "che oder Steuerzeichen).")                              \
    X(err_sender_not_allowed,                                                                                          \
      "Verstuur als uzelf, als het bedrijfsadres of als een adres dat een beheerder heeft toegestaan.",                \
      "Send as yourself, as the company's address, or as an address an administrator allowed.",                        \
      "Senden Sie als Sie selbst, mit der Firmenadresse oder mit einer Adresse, die ein Administrator erlaubt hat.")   \
    X(err_last_admin,                                                                                                  \
      "Dit is de laatste beheerder: maak eerst iemand anders beheerder.",                                              \
      "This is the last administrator: make someone else an administrator first.",                                     \
      "Dies ist der letzte Administrator: Machen Sie zuerst jemand anderen zum Administrator.")                        \
    X(err_senders_list,                                                                                                \
      "allowed moet een lijst van adressen of @domeinen zijn.",                                                        \
      "allowed must be a list of addresses or @domains.",                                                              \
      "allowed muss eine Liste von Adressen oder @Domains sein.")                                                      \
    X(err_too_many_senders,                                                                                            \
      "Hoogstens 100 toegestane afzenders.",                                                                           \
      "At most 100 allowed senders.",                                                                                  \
      "H\xC3\xB6" "chstens 100 erlaubte Absender.")                                                                    \
    X(err_sender_entry,                                                                                                \
      "Vul een adres (jobs@bedrijf.nl) of een domein (@bedrijf.nl) in.",                                               \
      "Enter an address (jobs@example.com) or a domain (@example.com).",                                               \
      "Geben Sie eine Adresse (jobs@firma.de) oder eine Domain (@firma.de) ein.")                                      \
    X(err_name_too_long,                                                                                               \
      "Een naam mag hoogstens 200 tekens hebben.",                                                                     \
      "A name can have at most 200 characters.",                                                                       \
      "Ein Name darf h\xC3\xB6" "chstens 200 Zeichen haben.")                                                          \
    X(err_version_required,                                                                                            \
      "version is verplicht: de versie van de uitnodiging waarmee uw wijziging begon (GET /api/candidates/{id}).",     \
      "version is required: the invitation's version your edit started from (GET /api/candidates/{id}).",              \
      "version ist erforderlich: die Version der Einladung, von der Ihre \xC3\x84nderung ausging (GET "                \
      "/api/candidates/{id}).")                                                                                        \
    X(err_request_timeout,                                                                                             \
      "Het verzoek kwam niet op tijd binnen.",                                                                         \
      "The request did not arrive in time.",                                                                           \
      "Die Anfrage ist nicht rechtzeitig angekommen.")                                                                 \
    X(err_unsupported_encoding,                                                                                        \
      "Stuur de inhoud van het verzoek ongecomprimeerd (zonder Content-Encoding).",                                    \
      "Send the request body uncompressed (no Content-Encoding).",                                                     \
      "Senden Sie den Inhalt der Anfrage unkomprimiert (ohne Content-Encoding).")                                      \
    X(err_not_resendable,                                                                                              \
      "Alleen een mislukt of geannuleerd bericht kan opnieuw worden verstuurd.",                                       \
      "Only a failed or cancelled message can be sent again.",                                                         \
      "Nur eine fehlgeschlagene oder abgebrochene Nachricht kann erneut gesendet werden.")                             \
    X(err_resend_started,                                                                                              \
      "Het interview is al begonnen; er wordt niets meer verstuurd.",                                                  \
      "The interview has already started; nothing is sent any more.",                                                  \
      "Das Interview hat bereits begonnen; es wird nichts mehr gesendet.")                                             \
    X(err_resend_cancelled,                                                                                            \
      "Het interview is geannuleerd; alleen de annulering kan opnieuw worden verstuurd.",                              \
      "The interview was cancelled; only the cancellation can be resent.",                                             \
      "Das Interview wurde abgesagt; nur die Absage kann erneut gesendet werden.")                                     \
    X(err_message_outdated,                                                                                            \
      "Het interview is na dit bericht gewijzigd; het nieuwere bericht vervangt het.",                                 \
      "The interview was changed after this message; the newer message replaces it.",                                  \
      "Das Interview wurde nach dieser Nachricht ge\xC3\xA4ndert; die neuere Nachricht ersetzt sie.")                  \
    X(err_reminder_not_wanted,                                                                                         \
      "De kandidaat heeft afgezegd of zich teruggetrokken, dus deze herinnering wordt niet meer verstuurd.",           \
      "The candidate declined or withdrew, so this reminder is no longer sent.",                                       \
      "Der Kandidat hat abgesagt oder sich zur\xC3\xBC" "ckgezogen, daher wird diese Erinnerung nicht mehr "           \
      "gesendet.")                                                                                                     \
    X(err_phone_empty,                                                                                                 \
      "Vul een telefoonnummer in.",                                                                                    \
      "Enter a phone number.",                                                                                         \
      "Geben Sie eine Telefonnummer ein.")                                                                             \
    X(err_phone_characters,                                                                                            \
      "Een telefoonnummer mag alleen cijfers, spaties, '-' en een '+' vooraan bevatten.",                              \
      "A phone number may only contain digits, spaces, '-' and a leading '+'.",                                        \
      "Eine Telefonnummer darf nur Ziffern, Leerzeichen, '-' und ein '+' am Anfang enthalten.")                        \
    X(err_phone_area_code,                                                                                             \
      "Schrijf het nummer met netnummer of landcode, bijv. 06 12345678 of +49 151 23456789.",                          \
      "Write the number with its area or country code, e.g. 06 12345678 or +49 151 23456789.",                         \
      "Schreiben Sie die Nummer mit Vorwahl oder L\xC3\xA4ndercode, z. B. 06 12345678 oder +49 151 23456789.")         \
    X(err_phone_country_code,                                                                                          \
      "De landcode ontbreekt of is ongeldig.",                                                                         \
      "The country code is missing or invalid.",                                                                       \
      "Der L\xC3\xA4ndercode fehlt oder ist ung\xC3\xBCltig.")                                                         \
    X(err_phone_dutch_length,                                                                                          \
      "Een Nederlands telefoonnummer heeft 10 cijfers, bijv. 06 12345678 of 020 1234567.",                             \
      "A Dutch phone number has 10 digits, e.g. 06 12345678 or 020 1234567.",                                          \
      "Eine niederl\xC3\xA4ndische Telefonnummer hat 10 Ziffern, z. B. 06 12345678 oder 020 1234567.")                 \
    X(err_phone_international_length,                                                                                  \
      "Een internationaal nummer heeft 8 tot 15 cijfers, inclusief de landcode.",                                      \
      "An international number has 8 to 15 digits including the country code.",                                        \
      "Eine internationale Nummer hat 8 bis 15 Ziffern einschlie\xC3\x9Flich des L\xC3\xA4ndercodes.")                 \
    X(err_email_empty,                                                                                                 \
      "Vul een e-mailadres in.",                                                                                       \
      "Enter an e-mail address.",                                                                                      \
      "Geben Sie eine E-Mail-Adresse ein.")                                                                            \
    X(err_mobile_with_country_code,                                                                                    \
      "Schrijf het nummer met landcode, bijv. +31 6 12345678.",                                                        \
      "Write the number with its country code, e.g. +31 6 12345678.",                                                  \
      "Schreiben Sie die Nummer mit L\xC3\xA4ndercode, z. B. +31 6 12345678.")                                         \
    X(err_field_needed,                                                                                                \
      "%s is verplicht.",                                                                                              \
      "%s is needed.",                                                                                                 \
      "%s ist erforderlich.")                                                                                          \
    X(err_session_not_found,                                                                                           \
      "Deze sessie bestaat niet.",                                                                                     \
      "This session does not exist.",                                                                                  \
      "Diese Sitzung existiert nicht.")                                                                                \
    X(err_vacancy_status_filter,                                                                                       \
      "status moet open, closed of all zijn.",                                                                         \
      "status must be open, closed or all.",                                                                           \
      "status muss open, closed oder all sein.")                                                                       \
    X(err_vacancy_title_required,                                                                                      \
      "Vul de functietitel van de vacature in.",                                                                       \
      "Enter the vacancy's title.",                                                                                    \
      "Geben Sie den Titel der Stelle ein.")                                                                           \
    X(err_field_at_most,                                                                                               \
      "%s mag hoogstens %s tekens hebben.",                                                                            \
      "%s may have at most %s characters.",                                                                            \
      "%s darf h\xC3\xB6" "chstens %s Zeichen haben.")                                                                 \
    X(err_candidate_object_needed,                                                                                     \
      "Het verzoek heeft een candidate-object nodig.",                                                                 \
      "The body needs a candidate object.",                                                                            \
      "Die Anfrage braucht ein candidate-Objekt.")                                                                     \
    X(err_field_wrong_type_detail,                                                                                     \
      "Een veld heeft het verkeerde type: %s",                                                                         \
      "A field has the wrong type: %s",                                                                                \
      "Ein Feld hat den falschen Typ: %s")                                                                             \
    X(err_external_id_too_long,                                                                                        \
      "source en external_id mogen hoogstens 100 en 200 tekens hebben.",                                               \
      "source and external_id may have at most 100 and 200 characters.",                                               \
      "source und external_id d\xC3\xBCrfen h\xC3\xB6" "chstens 100 und 200 Zeichen haben.")                           \
    X(err_vacancy_closed_add,                                                                                          \
      "Deze vacature is gesloten; heropen haar om kandidaten toe te voegen.",                                          \
      "This vacancy is closed; reopen it to add candidates.",                                                          \
      "Diese Stelle ist geschlossen; \xC3\xB6" "ffnen Sie sie wieder, um Kandidaten hinzuzuf\xC3\xBCgen.")             \
    X(err_vacancy_closed_import,                                                                                       \
      "Deze vacature is gesloten; heropen haar om kandidaten te importeren.",                                          \
      "This vacancy is closed; reopen it to import candidates.",                                                       \
      "Diese Stelle ist geschlossen; \xC3\xB6" "ffnen Sie sie wieder, um Kandidaten zu importieren.")                  \
    X(err_candidate_email_taken,                                                                                       \
      "Een andere kandidaat heeft dit e-mailadres.",                                                                   \
      "Another candidate has this e-mail address.",                                                                    \
      "Ein anderer Kandidat hat diese E-Mail-Adresse.")                                                                \
    X(err_application_not_candidates,                                                                                  \
      "Deze sollicitatie hoort niet bij deze kandidaat.",                                                              \
      "The application is not one of this candidate's.",                                                               \
      "Diese Bewerbung geh\xC3\xB6rt nicht zu diesem Kandidaten.")                                                     \
    X(err_file_bytes_needed,                                                                                           \
      "De inhoud van het verzoek moet het bestand zelf zijn.",                                                         \
      "The request body must be the file's bytes.",                                                                    \
      "Der Inhalt der Anfrage muss die Datei selbst sein.")                                                            \
    X(err_cv_type,                                                                                                     \
      "Het cv moet een PDF- of DOCX-bestand zijn.",                                                                    \
      "The CV must be a PDF or DOCX file.",                                                                            \
      "Der Lebenslauf muss eine PDF- oder DOCX-Datei sein.")                                                           \
    X(err_application_not_found,                                                                                       \
      "Deze sollicitatie bestaat niet.",                                                                               \
      "This application does not exist.",                                                                              \
      "Diese Bewerbung existiert nicht.")                                                                              \
    X(err_no_cv_file,                                                                                                  \
      "Deze sollicitatie heeft geen cv-bestand.",                                                                      \
      "This application has no CV file.",                                                                              \
      "Diese Bewerbung hat keine Lebenslauf-Datei.")                                                                   \
    X(err_import_too_many_rows,                                                                                        \
      "Het bestand heeft %s rijen; de grens voor een import is %s rijen. Splits het in kleinere bestanden.",           \
      "The file has %s rows; the import limit is %s rows. Split it into smaller files.",                               \
      "Die Datei hat %s Zeilen; die Grenze f\xC3\xBCr einen Import liegt bei %s Zeilen. Teilen Sie sie in kleinere "   \
      "Dateien auf.")                                                                                                  \
    X(err_date_param_needed,                                                                                           \
      "Geef de datum %s als JJJJ-MM-DD.",                                                                              \
      "Give the %s date as YYYY-MM-DD.",                                                                               \
      "Geben Sie das Datum %s als JJJJ-MM-TT an.")                                                                     \
    X(err_end_before_start,                                                                                            \
      "De einddatum ligt voor de begindatum.",                                                                         \
      "The end date lies before the start date.",                                                                      \
      "Das Enddatum liegt vor dem Startdatum.")                                                                        \
    X(err_calendar_too_many_days,                                                                                      \
      "Vraag hoogstens %s dagen tegelijk op.",                                                                         \
      "Ask for at most %s days at once.",                                                                              \
      "Fragen Sie h\xC3\xB6" "chstens %s Tage auf einmal ab.")                                                         \
    X(err_search_too_long,                                                                                             \
      "Zoek op hoogstens %s tekens.",                                                                                  \
      "Search for at most %s characters.",                                                                             \
      "Suchen Sie nach h\xC3\xB6" "chstens %s Zeichen.")                                                               \
    X(err_write_note,                                                                                                  \
      "Schrijf de notitie.",                                                                                           \
      "Write the note.",                                                                                               \
      "Schreiben Sie die Notiz.")                                                                                      \
    X(err_note_too_long,                                                                                               \
      "Een notitie heeft hoogstens %s tekens.",                                                                        \
      "A note has at most %s characters.",                                                                             \
      "Eine Notiz hat h\xC3\xB6" "chstens %s Zeichen.")                                                                \
    X(err_note_not_stored,                                                                                             \
      "De notitie is niet opgeslagen.",                                                                                \
      "The note was not stored.",                                                                                      \
      "Die Notiz wurde nicht gespeichert.")                                                                            \
    X(err_reason_too_long,                                                                                             \
      "Zeg het in hoogstens %s tekens.",                                                                               \
      "Say it in at most %s characters.",                                                                              \
      "Sagen Sie es in h\xC3\xB6" "chstens %s Zeichen.")                                                               \
    X(err_message_interview_missing,                                                                                   \
      "Het interview van dit bericht bestaat niet meer.",                                                              \
      "The interview of this message no longer exists.",                                                               \
      "Das Interview dieser Nachricht existiert nicht mehr.")                                                          \
    X(err_choose_status,                                                                                               \
      "Kies een status.",                                                                                              \
      "Choose a status.",                                                                                              \
      "W\xC3\xA4hlen Sie einen Status.")                                                                               \
    X(err_status_values,                                                                                               \
      "De status kan worden gezet op interviewed, offer, hired of rejected.",                                          \
      "The status can be set to interviewed, offer, hired or rejected.",                                               \
      "Der Status kann auf interviewed, offer, hired oder rejected gesetzt werden.")                                   \
    X(err_no_application_id,                                                                                           \
      "Er is geen sollicitatie met dit id.",                                                                           \
      "There is no application with this id.",                                                                         \
      "Es gibt keine Bewerbung mit dieser ID.")                                                                        \
    X(err_retention_whole_weeks,                                                                                       \
      "retention_weeks moet een geheel aantal weken zijn.",                                                            \
      "retention_weeks must be a whole number of weeks.",                                                              \
      "retention_weeks muss eine ganze Zahl von Wochen sein.")                                                         \
    X(err_retention_range,                                                                                             \
      "Bewaar de gegevens van kandidaten tussen 1 en 52 weken.",                                                       \
      "Keep candidates' data between 1 and 52 weeks.",                                                                 \
      "Bewahren Sie die Daten der Kandidaten zwischen 1 und 52 Wochen auf.")                                           \
    X(err_rejection_template_missing,                                                                                  \
      "Er is geen afwijzingssjabloon met dit id.",                                                                     \
      "There is no rejection template with this id.",                                                                  \
      "Es gibt keine Absagevorlage mit dieser ID.")                                                                    \
    X(err_rejection_text_needed,                                                                                       \
      "De afwijzingsmail heeft een tekst nodig.",                                                                      \
      "The rejection e-mail needs a text.",                                                                            \
      "Die Absage-E-Mail braucht einen Text.")                                                                         \
    X(err_rejection_subject_needed,                                                                                    \
      "De afwijzingsmail heeft een onderwerp nodig.",                                                                  \
      "The rejection e-mail needs a subject.",                                                                         \
      "Die Absage-E-Mail braucht einen Betreff.")                                                                      \
    X(err_choose_application,                                                                                          \
      "Kies ten minste \xC3\xA9\xC3\xA9n sollicitatie.",                                                               \
      "Choose at least one application.",                                                                              \
      "W\xC3\xA4hlen Sie mindestens eine Bewerbung.")                                                                  \
    X(err_status_note_too_long,                                                                                        \
      "De notitie mag hoogstens 2000 tekens hebben.",                                                                  \
      "The note may have at most 2000 characters.",                                                                    \
      "Die Notiz darf h\xC3\xB6" "chstens 2000 Zeichen haben.")                                                        \
    X(err_application_withdrawn_reopen,                                                                                \
      "De kandidaat heeft deze sollicitatie ingetrokken. Bevestig om haar met een nieuwe status te heropenen.",        \
      "The candidate withdrew this application. Confirm to reopen it with a new status.",                              \
      "Der Kandidat hat diese Bewerbung zur\xC3\xBC" "ckgezogen. Best\xC3\xA4tigen Sie, um sie mit einem neuen "       \
      "Status wieder zu \xC3\xB6" "ffnen.")                                                                            \
    X(err_candidate_already_erased,                                                                                    \
      "De gegevens van deze kandidaat zijn al gewist.",                                                                \
      "This candidate's data was already erased.",                                                                     \
      "Die Daten dieses Kandidaten wurden bereits gel\xC3\xB6scht.")                                                   \
    X(err_not_your_session,                                                                                            \
      "Dit is de sessie van iemand anders.",                                                                           \
      "This is someone else's session.",                                                                               \
      "Dies ist die Sitzung einer anderen Person.")                                                                    \
    X(err_unknown_field,                                                                                               \
      "Onbekend veld \"%s\".",                                                                                         \
      "Unknown field \"%s\".",                                                                                         \
      "Unbekanntes Feld \xE2\x80\x9E%s\xE2\x80\x9C.")                                                                  \
    X(err_expected_template_variants,                                                                                  \
      "Hier horen teksten per taal, bijvoorbeeld {\"nl\": {\"subject\": \"...\"}}.",                                   \
      "Expected texts per language, e.g. {\"nl\": {\"subject\": \"...\"}}.",                                           \
      "Hier geh\xC3\xB6ren Texte pro Sprache hin, z. B. {\"nl\": {\"subject\": \"...\"}}.")                            \
    X(err_email_not_valid,                                                                                             \
      "\"%s\" is geen geldig e-mailadres.",                                                                            \
      "\"%s\" is not a valid e-mail address.",                                                                         \
      "\xE2\x80\x9E%s\xE2\x80\x9C ist keine g\xC3\xBCltige E-Mail-Adresse.")                                           \
    X(err_external_id_other_vacancy,                                                                                   \
      "Deze external_id van bron \"%s\" hoort bij een andere vacature.",                                               \
      "This external_id of source \"%s\" belongs to another vacancy.",                                                 \
      "Diese external_id der Quelle \xE2\x80\x9E%s\xE2\x80\x9C geh\xC3\xB6rt zu einer anderen Stelle.")                \
    X(err_stale_answer,                                                                                                \
      "De reactie is gewijzigd in \"%s\" nadat u deze opende; uw wijziging is niet opgeslagen. Controleer de "         \
      "reactie en sla opnieuw op.",                                                                                    \
      "The answer changed to \"%s\" after you opened it; your change was not saved. Check the answer and save "        \
      "again.",                                                                                                        \
      "Die Antwort wurde auf \xE2\x80\x9E%s\xE2\x80\x9C ge\xC3\xA4ndert, nachdem Sie sie ge\xC3\xB6" "ffnet haben; "   \
      "Ihre \xC3\x84nderung wurde nicht gespeichert. Pr\xC3\xBC" "fen Sie die Antwort und speichern Sie erneut.")      \
    X(err_stale_answer_candidate,                                                                                      \
      "De kandidaat heeft de reactie gewijzigd in \"%s\" nadat u deze opende; uw wijziging is niet opgeslagen. "       \
      "Controleer de reactie en sla opnieuw op.",                                                                      \
      "The candidate changed the answer to \"%s\" after you opened it; your change was not saved. Check the answer "   \
      "and save again.",                                                                                               \
      "Der Kandidat hat die Antwort auf \xE2\x80\x9E%s\xE2\x80\x9C ge\xC3\xA4ndert, nachdem Sie sie ge\xC3\xB6" "      \
      ""ffnet haben; Ihre \xC3\x84nderung wurde nicht gespeichert. Pr\xC3\xBC" "fen Sie die Antwort und speichern "    \
      "Sie erneut.")                                                                                                   \
    X(err_csv_unterminated_quote,                                                                                      \
      "Een veld tussen aanhalingstekens dat op regel %s begint, wordt nergens gesloten (er ontbreekt een \").",        \
      "A quoted field that starts on line %s is never closed (a \" is missing).",                                      \
      "Ein Feld in Anf\xC3\xBChrungszeichen, das in Zeile %s beginnt, wird nirgends geschlossen (es fehlt ein \").")   \
    X(err_csv_empty,                                                                                                   \
      "Het bestand heeft geen kopregel en geen rijen.",                                                                \
      "The file has no header line and no rows.",                                                                      \
      "Die Datei hat keine Kopfzeile und keine Zeilen.")                                                               \
    X(err_csv_no_email_column,                                                                                         \
      "Geen enkele kolom bevat het e-mailadres.",                                                                      \
      "No column holds the e-mail address.",                                                                           \
      "Keine Spalte enth\xC3\xA4lt die E-Mail-Adresse.")                                                               \
    X(err_csv_no_name_column,                                                                                          \
      "Geen enkele kolom bevat de voor- of achternaam.",                                                               \
      "No column holds the first or last name.",                                                                       \
      "Keine Spalte enth\xC3\xA4lt den Vor- oder Nachnamen.")                                                          \
    X(err_csv_duplicate_line,                                                                                          \
      "Hetzelfde e-mailadres als regel %s.",                                                                           \
      "The same e-mail address as line %s.",                                                                           \
      "Dieselbe E-Mail-Adresse wie in Zeile %s.")                                                                      \
    X(err_csv_already_applied,                                                                                         \
      "%s heeft al gesolliciteerd op deze vacature.",                                                                  \
      "%s has already applied to this vacancy.",                                                                       \
      "%s hat sich bereits auf diese Stelle beworben.")                                                                \
    X(setup_title,                                                                                                     \
      "Kandidaat instellen",                                                                                           \
      "Set up Kandidaat",                                                                                              \
      "Kandidaat einrichten")                                                                                          \
    X(setup_intro,                                                                                                     \
      "Dit is de eerste start. Maak het eerste beheerdersaccount aan; daarmee nodigt u daarna uw collega's uit. "      \
      "Deze link werkt \xC3\xA9\xC3\xA9n keer.",                                                                       \
      "This is the first start. Create the first administrator account; with it you then add your colleagues. This "   \
      "link works once.",                                                                                              \
      "Dies ist der erste Start. Legen Sie das erste Administratorkonto an; damit f\xC3\xBCgen Sie danach Ihre "       \
      "Kolleginnen und Kollegen hinzu. Dieser Link funktioniert einmal.")                                              \
    X(setup_name,                                                                                                      \
      "Naam",                                                                                                          \
      "Name",                                                                                                          \
      "Name")                                                                                                          \
    X(setup_password,                                                                                                  \
      "Wachtwoord (minstens 8 tekens)",                                                                                \
      "Password (at least 8 characters)",                                                                              \
      "Passwort (mindestens 8 Zeichen)")                                                                               \
    X(setup_password2,                                                                                                 \
      "Wachtwoord herhalen",                                                                                           \
      "Repeat the password",                                                                                           \
      "Passwort wiederholen")                                                                                          \
    X(setup_create,                                                                                                    \
      "Beheerder aanmaken",                                                                                            \
      "Create administrator",                                                                                          \
      "Administrator anlegen")                                                                                         \
    X(setup_done_title,                                                                                                \
      "Het beheerdersaccount is aangemaakt",                                                                           \
      "The administrator account has been created",                                                                    \
      "Das Administratorkonto wurde angelegt")                                                                         \
    X(setup_done_text,                                                                                                 \
      "U kunt nu inloggen als",                                                                                        \
      "You can now log in as",                                                                                         \
      "Sie k\xC3\xB6nnen sich jetzt anmelden als")                                                                     \
    X(setup_open_app,                                                                                                  \
      "Naar Kandidaat",                                                                                                \
      "Open Kandidaat",                                                                                                \
      "Zu Kandidaat")                                                                                                  \
    X(setup_invalid_title,                                                                                             \
      "Deze instellink werkt niet",                                                                                    \
      "This setup link does not work",                                                                                 \
      "Dieser Einrichtungslink funktioniert nicht")                                                                    \
    X(setup_invalid_text,                                                                                              \
      "De link is al gebruikt of onbekend. Er bestaat al een beheerder: log in in de app.",                            \
      "The link has been used already or is unknown. An administrator exists: log in in the app.",                     \
      "Der Link wurde bereits verwendet oder ist unbekannt. Es gibt schon einen Administrator: Melden Sie sich in "    \
      "der App an.")                                                                                                   \
    X(setup_passwords_differ,                                                                                          \
      "De twee wachtwoorden zijn niet gelijk.",                                                                        \
      "The two passwords differ.",                                                                                     \
      "Die beiden Passw\xC3\xB6rter sind verschieden.")                                                                \
    X(previous_month,                                                                                                  \
      "Vorige maand",                                                                                                  \
      "Previous month",                                                                                                \
      "Vorheriger Monat")                                                                                              \
    X(next_month,                                                                                                      \
      "Volgende maand",                                                                                                \
      "Next month",                                                                                                    \
      "N\xC3\xA4" "chster Monat")                                                                                      \
    X(vacancy_filter_name,                                                                                             \
      "Welke vacatures",                                                                                               \
      "Which vacancies",                                                                                               \
      "Welche Stellen")                                                                                                \
    X(nav_my_settings,                                                                                                 \
      "Mijn instellingen",                                                                                             \
      "My settings",                                                                                                   \
      "Meine Einstellungen")                                                                                           \
    X(my_settings_intro,                                                                                               \
      "Alleen voor u: de taal van uw e-mails, meldingen en uw agenda-abonnement.",                                     \
      "Just for you: the language of your e-mails, notifications and your calendar subscription.",                     \
      "Nur f\xC3\xBCr Sie: die Sprache Ihrer E-Mails, Benachrichtigungen und Ihr Kalenderabonnement.")                 \
    X(my_language,                                                                                                     \
      "Taal van mijn e-mails",                                                                                         \
      "Language of my e-mails",                                                                                        \
      "Sprache meiner E-Mails")                                                                                        \
    X(my_language_company,                                                                                             \
      "Die van het bedrijf",                                                                                           \
      "The company's",                                                                                                 \
      "Die der Firma")                                                                                                 \
    X(my_notify_answers,                                                                                               \
      "Mail mij als een kandidaat van mijn interviews antwoordt",                                                      \
      "E-mail me when a candidate of my interviews answers",                                                           \
      "Mir eine E-Mail senden, wenn ein Kandidat meiner Interviews antwortet")                                         \
    X(my_settings_saved,                                                                                               \
      "Uw instellingen zijn opgeslagen.",                                                                              \
      "Your settings have been saved.",                                                                                \
      "Ihre Einstellungen wurden gespeichert.")                                                                        \
    X(calendar_feed_title,                                                                                             \
      "Agenda-abonnement",                                                                                             \
      "Calendar subscription",                                                                                         \
      "Kalenderabonnement")                                                                                            \
    X(calendar_feed_help,                                                                                              \
      "Abonneer u in Outlook, Google Agenda of Apple Agenda op deze priv\xC3\xA9link: uw interviews verschijnen "      \
      "daar met de kandidaten en hun antwoorden. Deel hem met niemand.",                                               \
      "Subscribe to this private link in Outlook, Google Calendar or Apple Calendar: your interviews show there "      \
      "with the candidates and their answers. Share it with no one.",                                                  \
      "Abonnieren Sie diesen privaten Link in Outlook, Google Kalender oder Apple Kalender: Ihre Interviews "          \
      "erscheinen dort mit den Kandidaten und ihren Antworten. Teilen Sie ihn mit niemandem.")                         \
    X(copy,                                                                                                            \
      "Kopi\xC3\xABren",                                                                                               \
      "Copy",                                                                                                          \
      "Kopieren")                                                                                                      \
    X(copied,                                                                                                          \
      "Gekopieerd.",                                                                                                   \
      "Copied.",                                                                                                       \
      "Kopiert.")                                                                                                      \
    X(calendar_feed_rotate,                                                                                            \
      "Nieuwe link (de oude werkt niet meer)",                                                                         \
      "New link (the old one stops working)",                                                                          \
      "Neuer Link (der alte funktioniert nicht mehr)")                                                                 \
    X(calendar_feed_rotated,                                                                                           \
      "U heeft een nieuwe agendalink; de oude werkt niet meer.",                                                       \
      "You have a new calendar link; the old one no longer works.",                                                    \
      "Sie haben einen neuen Kalenderlink; der alte funktioniert nicht mehr.")                                         \
    X(nav_webhooks,                                                                                                    \
      "Webhooks",                                                                                                      \
      "Webhooks",                                                                                                      \
      "Webhooks")                                                                                                      \
    X(webhooks_intro,                                                                                                  \
      "Andere systemen horen elk antwoord, elke intrekking en statuswijziging: Kandidaat stuurt een ondertekend "      \
      "JSON-bericht (X-Kandidaat-Signature) naar deze adressen.",                                                      \
      "Other systems hear every answer, withdrawal and status change: Kandidaat POSTs a signed JSON event "            \
      "(X-Kandidaat-Signature) to these addresses.",                                                                   \
      "Andere Systeme erfahren jede Antwort, jeden R\xC3\xBC" "ckzug und jede Status\xC3\xA4nderung: Kandidaat "       \
      "sendet ein signiertes JSON-Ereignis (X-Kandidaat-Signature) an diese Adressen.")                                \
    X(webhooks_none,                                                                                                   \
      "Nog geen webhooks.",                                                                                            \
      "No webhooks yet.",                                                                                              \
      "Noch keine Webhooks.")                                                                                          \
    X(webhook_url,                                                                                                     \
      "URL",                                                                                                           \
      "URL",                                                                                                           \
      "URL")                                                                                                           \
    X(webhook_secret,                                                                                                  \
      "Geheim (16-200 tekens)",                                                                                        \
      "Secret (16-200 characters)",                                                                                    \
      "Geheimnis (16-200 Zeichen)")                                                                                    \
    X(webhook_events,                                                                                                  \
      "Gebeurtenissen",                                                                                                \
      "Events",                                                                                                        \
      "Ereignisse")                                                                                                    \
    X(webhook_all_events,                                                                                              \
      "alle",                                                                                                          \
      "all",                                                                                                           \
      "alle")                                                                                                          \
    X(webhook_add,                                                                                                     \
      "Webhook toevoegen",                                                                                             \
      "Add webhook",                                                                                                   \
      "Webhook hinzuf\xC3\xBCgen")                                                                                     \
    X(webhook_added,                                                                                                   \
      "De webhook is toegevoegd.",                                                                                     \
      "The webhook has been added.",                                                                                   \
      "Der Webhook wurde hinzugef\xC3\xBCgt.")                                                                         \
    X(webhook_delete,                                                                                                  \
      "Verwijderen",                                                                                                   \
      "Delete",                                                                                                        \
      "L\xC3\xB6schen")                                                                                                \
    X(webhook_deleted,                                                                                                 \
      "De webhook is verwijderd.",                                                                                     \
      "The webhook has been deleted.",                                                                                 \
      "Der Webhook wurde gel\xC3\xB6scht.")                                                                            \
    X(webhook_test,                                                                                                    \
      "Testbericht sturen",                                                                                            \
      "Send test event",                                                                                               \
      "Testereignis senden")                                                                                           \
    X(webhook_test_queued,                                                                                             \
      "Het testbericht is onderweg.",                                                                                  \
      "The test event is on its way.",                                                                                 \
      "Das Testereignis ist unterwegs.")                                                                               \
    X(webhook_log,                                                                                                     \
      "Afleverlog",                                                                                                    \
      "Delivery log",                                                                                                  \
      "Zustellprotokoll")                                                                                              \
    X(webhook_log_empty,                                                                                               \
      "Nog niets verstuurd.",                                                                                          \
      "Nothing sent yet.",                                                                                             \
      "Noch nichts gesendet.")                                                                                         \
    X(webhook_counts,                                                                                                  \
      "%d afgeleverd, %d mislukt, %d in wachtrij",                                                                     \
      "%d delivered, %d failed, %d queued",                                                                            \
      "%d zugestellt, %d fehlgeschlagen, %d in der Warteschlange")                                                     \
    X(col_event,                                                                                                       \
      "Gebeurtenis",                                                                                                   \
      "Event",                                                                                                         \
      "Ereignis")                                                                                                      \
    X(col_error,                                                                                                       \
      "Laatste fout",                                                                                                  \
      "Last error",                                                                                                    \
      "Letzter Fehler")                                                                                                \
    X(col_time,                                                                                                        \
      "Tijd",                                                                                                          \
      "Time",                                                                                                          \
      "Zeit")                                                                                                          \
    /* issue 17 in the app: Sessions, Change password (My settings), the Audit log (admins) */                         \
    X(sessions_title, "Sessies", "Sessions", "Sitzungen")                                                              \
    X(sessions_help,                                                                                                   \
      "Waar u bent ingelogd. Log een sessie uit die u niet herkent of niet meer gebruikt.",                            \
      "Where you are signed in. Sign out a session you do not recognise or no longer use.",                            \
      "Wo Sie angemeldet sind. Melden Sie eine Sitzung ab, die Sie nicht kennen oder nicht mehr nutzen.")              \
    X(col_session_started, "Ingelogd", "Signed in", "Angemeldet")                                                      \
    X(col_session_last_seen, "Laatst actief", "Last active", "Zuletzt aktiv")                                          \
    X(col_session_expires, "Verloopt uiterlijk", "Expires at the latest", "L\xC3\xA4uft sp\xC3\xA4testens ab")         \
    X(session_this_browser, "Deze browser", "This browser", "Dieser Browser")                                          \
    X(session_sign_out, "Uitloggen", "Sign out", "Abmelden")                                                           \
    X(sessions_sign_out_others,                                                                                        \
      "Alle andere sessies uitloggen",                                                                                 \
      "Sign out all other sessions",                                                                                   \
      "Alle anderen Sitzungen abmelden")                                                                               \
    X(session_signed_out,                                                                                              \
      "De sessie is uitgelogd.",                                                                                       \
      "The session has been signed out.",                                                                              \
      "Die Sitzung wurde abgemeldet.")                                                                                 \
    X(sessions_signed_out_many,                                                                                        \
      "%d sessies zijn uitgelogd.",                                                                                    \
      "%d sessions have been signed out.",                                                                             \
      "%d Sitzungen wurden abgemeldet.")                                                                               \
    X(sessions_only_this,                                                                                              \
      "Alleen deze browser is ingelogd.",                                                                              \
      "Only this browser is signed in.",                                                                               \
      "Nur dieser Browser ist angemeldet.")                                                                            \
    X(password_title, "Wachtwoord wijzigen", "Change password", "Passwort \xC3\xA4ndern")                              \
    X(password_help,                                                                                                   \
      "Daarna worden al uw andere sessies uitgelogd.",                                                                 \
      "All your other sessions are signed out afterwards.",                                                            \
      "Danach werden alle Ihre anderen Sitzungen abgemeldet.")                                                         \
    X(password_old, "Huidig wachtwoord", "Current password", "Aktuelles Passwort")                                     \
    X(password_new, "Nieuw wachtwoord", "New password", "Neues Passwort")                                              \
    X(password_new_hint, "minstens 8 tekens", "at least 8 characters", "mindestens 8 Zeichen")                         \
    X(password_repeat, "Herhaal het nieuwe wachtwoord", "Repeat the new password", "Neues Passwort wiederholen")       \
    X(password_changed,                                                                                                \
      "Uw wachtwoord is gewijzigd; uw andere sessies zijn uitgelogd.",                                                 \
      "Your password has been changed; your other sessions have been signed out.",                                     \
      "Ihr Passwort wurde ge\xC3\xA4ndert; Ihre anderen Sitzungen wurden abgemeldet.")                                 \
    X(settings_admin_title, "Beheer", "Administration", "Verwaltung")                                                  \
    X(nav_audit, "Auditlog", "Audit log", "Audit-Protokoll")                                                           \
    X(audit_intro,                                                                                                     \
      "Wie wat deed: elke wijziging via de app of de API, elke (mislukte) inlog en elke geweigerde poging, "           \
      "nieuwste eerst. Teksten worden niet bewaard, alleen hun lengte.",                                               \
      "Who did what: every change through the app or the API, every login (and failed one) and every "                 \
      "refused attempt, newest first. Texts are not kept, only their length.",                                         \
      "Wer was getan hat: jede \xC3\x84nderung \xC3\xBC" "ber die App oder die API, jede (fehlgeschlagene) "           \
      "Anmeldung und jeder verweigerte Versuch, neueste zuerst. Texte werden nicht gespeichert, nur ihre "             \
      "L\xC3\xA4nge.")                                                                                                 \
    X(audit_link_help,                                                                                                 \
      "Wie wat deed, wanneer en vanaf welk adres.",                                                                    \
      "Who did what, when and from which address.",                                                                    \
      "Wer was wann und von welcher Adresse aus getan hat.")                                                           \
    X(col_who, "Wie", "Who", "Wer")                                                                                    \
    X(col_address, "IP-adres", "IP address", "IP-Adresse")                                                             \
    X(col_action, "Actie", "Action", "Aktion")                                                                         \
    X(col_request, "Verzoek", "Request", "Anfrage")                                                                    \
    X(col_result, "Resultaat", "Result", "Ergebnis")                                                                   \
    X(col_details, "Details", "Details", "Details")                                                                    \
    X(audit_all_users, "Alle gebruikers", "All users", "Alle Benutzer")                                                \
    X(audit_older, "Oudere \xE2\x86\x92", "Older \xE2\x86\x92", "\xC3\x84ltere \xE2\x86\x92")                          \
    X(audit_newer, "\xE2\x86\x90 Nieuwere", "\xE2\x86\x90 Newer", "\xE2\x86\x90 Neuere")                               \
    X(audit_refresh, "Vernieuwen", "Refresh", "Aktualisieren")                                                         \
    X(audit_empty, "Nog niets vastgelegd.", "Nothing recorded yet.", "Noch nichts aufgezeichnet.")                     \
    X(audit_admins_only,                                                                                               \
      "Alleen beheerders kunnen het auditlog lezen.",                                                                  \
      "Only administrators can read the audit log.",                                                                   \
      "Nur Administratoren k\xC3\xB6nnen das Audit-Protokoll lesen.")                                                  \
    X(audit_not_signed_in, "niet ingelogd", "not signed in", "nicht angemeldet")                                       \
    X(audit_done, "gedaan", "done", "erledigt")                                                                        \
    X(audit_refused, "geweigerd", "refused", "verweigert")                                                             \
    X(audit_failed, "mislukt", "failed", "fehlgeschlagen")                                                             \
    X(audit_too_many, "te vaak", "too many", "zu oft")                                                                 \
    X(audit_other, "fout", "error", "Fehler")                                                                          \
    X(action_login, "Ingelogd", "Logged in", "Angemeldet")                                                             \
    X(action_login_failed, "Inloggen mislukt", "Login failed", "Anmeldung fehlgeschlagen")                             \
    X(action_logout, "Uitgelogd", "Logged out", "Abgemeldet")                                                          \
    X(action_password_change, "Wachtwoord gewijzigd", "Changed the password", "Passwort ge\xC3\xA4ndert")              \
    X(action_session_revoke, "Sessie uitgelogd", "Signed out a session", "Sitzung abgemeldet")                         \
    X(action_senders_change,                                                                                           \
      "Toegestane afzenders gewijzigd",                                                                                \
      "Changed the allowed senders",                                                                                   \
      "Erlaubte Absender ge\xC3\xA4ndert")                                                                             \
    X(action_user_create, "Gebruiker aangemaakt", "Created a user", "Benutzer angelegt")                               \
    X(action_user_change, "Gebruiker gewijzigd", "Changed a user", "Benutzer ge\xC3\xA4ndert")                         \
    X(action_invite, "Uitgenodigd", "Invited", "Eingeladen")                                                           \
    X(action_set_answer, "Reactie ingesteld", "Set an answer", "Antwort gesetzt")                                      \
    X(action_reschedule, "Verzet", "Rescheduled", "Verschoben")                                                        \
    X(action_cancel, "Geannuleerd", "Cancelled", "Abgesagt")                                                           \
    X(action_template_save, "Sjablonen opgeslagen", "Saved templates", "Vorlagen gespeichert")                         \
    X(action_template_delete, "Sjabloon verwijderd", "Deleted a template", "Vorlage gel\xC3\xB6scht")                  \
    X(action_message_resend, "Bericht opnieuw verstuurd", "Resent a message", "Nachricht erneut gesendet")             \
    X(action_note_add, "Notitie toegevoegd", "Added a note", "Notiz hinzugef\xC3\xBCgt")                               \
    X(action_settings_change,                                                                                          \
      "Bedrijfsinstellingen gewijzigd",                                                                                \
      "Changed the company settings",                                                                                  \
      "Firmeneinstellungen ge\xC3\xA4ndert")                                                                           \
    X(action_vacancy_create, "Vacature aangemaakt", "Created a vacancy", "Stelle angelegt")                            \
    X(action_vacancy_change, "Vacature gewijzigd", "Changed a vacancy", "Stelle ge\xC3\xA4ndert")                      \
    X(action_application_add, "Kandidaat toegevoegd", "Added a candidate", "Kandidat hinzugef\xC3\xBCgt")              \
    X(action_candidates_import, "Kandidaten ge\xC3\xAFmporteerd", "Imported candidates", "Kandidaten importiert")      \
    X(action_candidate_change, "Kandidaat gewijzigd", "Changed a candidate", "Kandidat ge\xC3\xA4ndert")               \
    X(action_candidate_erase, "Kandidaat gewist", "Erased a candidate", "Kandidat gel\xC3\xB6scht")                    \
    X(action_cv_upload, "Cv ge\xC3\xBCpload", "Uploaded a CV", "Lebenslauf hochgeladen")                               \
    X(action_status_change, "Status gewijzigd", "Changed a status", "Status ge\xC3\xA4ndert")                          \
    X(action_status_change_bulk,                                                                                       \
      "Meerdere statussen gewijzigd",                                                                                  \
      "Changed several statuses",                                                                                      \
      "Mehrere Status ge\xC3\xA4ndert")                                                                                \
    X(action_first_admin_setup,                                                                                        \
      "Eerste beheerder aangemaakt",                                                                                   \
      "Created the first administrator",                                                                               \
      "Ersten Administrator angelegt")                                                                                 \
    X(toast_answer,                                                                                                    \
      "%s: %s",                                                                                                        \
      "%s: %s",                                                                                                        \
      "%s: %s")                                                                                                        \
    X(toast_withdrew,                                                                                                  \
      "%s heeft de sollicitatie ingetrokken.",                                                                         \
      "%s withdrew the application.",                                                                                  \
      "%s hat die Bewerbung zur\xC3\xBC" "ckgezogen.")                                                                 \
    X(opens_never,                                                                                                     \
      "link nog niet geopend",                                                                                         \
      "link not opened yet",                                                                                           \
      "Link noch nicht ge\xC3\xB6" "ffnet")                                                                            \
    X(opens_count,                                                                                                     \
      "%d\xC3\x97 geopend",                                                                                            \
      "opened %d\xC3\x97",                                                                                             \
      "%d\xC3\x97 ge\xC3\xB6" "ffnet")                                                                                 \
    X(opens_scanners,                                                                                                  \
      "%d waarschijnlijk een mailscanner",                                                                             \
      "%d likely a mail scanner",                                                                                      \
      "%d wahrscheinlich ein Mailscanner")                                                                             \
    X(opens_after,                                                                                                     \
      "%s s na verzending",                                                                                            \
      "%s s after sending",                                                                                            \
      "%s s nach dem Versand")                                                                                         \
    X(opens_agent,                                                                                                     \
      "herkende scanner",                                                                                              \
      "known scanner",                                                                                                 \
      "erkannter Scanner")                                                                                             \
    X(opens_help,                                                                                                      \
      "Mailscanners van bedrijven openen links om ze te controleren; dat is geen antwoord van de kandidaat.",          \
      "Company mail scanners open links to check them; that is not the candidate's answer.",                           \
      "Mailscanner von Firmen \xC3\xB6" "ffnen Links, um sie zu pr\xC3\xBC" "fen; das ist keine Antwort des "          \
      "Kandidaten.")                                                                                                   \
    X(err_settings_language,                                                                                           \
      "De taal moet nl, en of de zijn (of \"\" voor de taal van het bedrijf).",                                        \
      "language must be nl, en or de (or \"\" for the company's language).",                                           \
      "Die Sprache muss nl, en oder de sein (oder \"\" f\xC3\xBCr die Sprache der Firma).")                            \
    X(err_expected_events,                                                                                             \
      "events moet een lijst van gebeurtenistypes zijn.",                                                              \
      "events must be a list of event types.",                                                                         \
      "events muss eine Liste von Ereignistypen sein.")                                                                \
    X(err_url_not_allowed,                                                                                             \
      "Dit adres is niet toegestaan: %s is een loopback- of priv\xC3\xA9" "adres; webhooks gaan alleen naar "          \
      "openbare adressen.",                                                                                            \
      "This address is not allowed: %s is a loopback or private address; webhooks only go to public addresses.",       \
      "Diese Adresse ist nicht erlaubt: %s ist eine Loopback- oder private Adresse; Webhooks gehen nur an "            \
      "\xC3\xB6" "ffentliche Adressen.")                                                                               \
    X(err_too_many_webhooks,                                                                                           \
      "Er kunnen hoogstens %s webhooks zijn.",                                                                         \
      "There can be at most %s webhooks.",                                                                             \
      "Es kann h\xC3\xB6" "chstens %s Webhooks geben.")                                                                \
    X(err_webhook_not_found,                                                                                           \
      "Er is geen webhook met dit id.",                                                                                \
      "There is no webhook with this id.",                                                                             \
      "Es gibt keinen Webhook mit dieser ID.")                                                                         \
    X(err_webhook_url_needed,                                                                                          \
      "Vul de URL van de ontvanger in (https://\xE2\x80\xA6).",                                                        \
      "Enter the receiver's URL (https://\xE2\x80\xA6).",                                                              \
      "Geben Sie die URL des Empf\xC3\xA4ngers ein (https://\xE2\x80\xA6).")                                           \
    X(err_webhook_url_too_long,                                                                                        \
      "De URL mag hoogstens 2000 tekens hebben.",                                                                      \
      "The URL can have at most 2000 characters.",                                                                     \
      "Die URL darf h\xC3\xB6" "chstens 2000 Zeichen haben.")                                                          \
    X(err_webhook_url_spaces,                                                                                          \
      "De URL mag geen spaties bevatten.",                                                                             \
      "The URL may not contain spaces.",                                                                               \
      "Die URL darf keine Leerzeichen enthalten.")                                                                     \
    X(err_webhook_url_scheme,                                                                                          \
      "De URL moet beginnen met http:// of https://.",                                                                 \
      "The URL must start with http:// or https://.",                                                                  \
      "Die URL muss mit http:// oder https:// beginnen.")                                                              \
    X(err_webhook_url_fragment,                                                                                        \
      "De URL mag geen #fragment hebben.",                                                                             \
      "The URL may not have a #fragment.",                                                                             \
      "Die URL darf kein #Fragment haben.")                                                                            \
    X(err_webhook_url_userinfo,                                                                                        \
      "De URL mag geen gebruikersnaam of wachtwoord bevatten.",                                                        \
      "The URL may not contain a user name or password.",                                                              \
      "Die URL darf keinen Benutzernamen und kein Passwort enthalten.")                                                \
    X(err_webhook_url_host,                                                                                            \
      "De host van de URL is niet geldig.",                                                                            \
      "The URL's host is not valid.",                                                                                  \
      "Der Host der URL ist nicht g\xC3\xBCltig.")                                                                     \
    X(err_webhook_url_no_host,                                                                                         \
      "De URL heeft geen hostnaam.",                                                                                   \
      "The URL has no host name.",                                                                                     \
      "Die URL hat keinen Hostnamen.")                                                                                 \
    X(err_webhook_url_host_chars,                                                                                      \
      "De hostnaam van de URL mag alleen letters, cijfers, '-' en '.' bevatten.",                                      \
      "The URL's host name may hold letters, digits, '-' and '.' only.",                                               \
      "Der Hostname der URL darf nur Buchstaben, Ziffern, '-' und '.' enthalten.")                                     \
    X(err_webhook_url_port,                                                                                            \
      "De poort van de URL moet een getal van 1 tot 65535 zijn.",                                                      \
      "The URL's port must be a number from 1 to 65535.",                                                              \
      "Der Port der URL muss eine Zahl von 1 bis 65535 sein.")                                                         \
    X(err_webhook_secret_needed,                                                                                       \
      "Vul een geheim in (16 tot 200 tekens) om de gebeurtenissen te ondertekenen.",                                   \
      "Enter a secret (16 to 200 characters) to sign the events.",                                                     \
      "Geben Sie ein Geheimnis ein (16 bis 200 Zeichen), um die Ereignisse zu signieren.")                             \
    X(err_webhook_secret_length,                                                                                       \
      "Het geheim moet 16 tot 200 tekens hebben.",                                                                     \
      "The secret must have 16 to 200 characters.",                                                                    \
      "Das Geheimnis muss 16 bis 200 Zeichen haben.")                                                                  \
    X(err_webhook_secret_control,                                                                                      \
      "Het geheim mag geen stuurtekens bevatten.",                                                                     \
      "The secret may not contain control characters.",                                                                \
      "Das Geheimnis darf keine Steuerzeichen enthalten.")                                                             \
    X(err_webhook_event_unknown,                                                                                       \
      "Onbekend gebeurtenistype \"%s\" (invitation.answered, invitation.slot_chosen, application.withdrawn, "          \
      "application.status_changed).",                                                                                  \
      "Unknown event type \"%s\" (invitation.answered, invitation.slot_chosen, application.withdrawn, "                \
      "application.status_changed).",                                                                                  \
      "Unbekannter Ereignistyp \xE2\x80\x9E%s\xE2\x80\x9C (invitation.answered, invitation.slot_chosen, "              \
      "application.withdrawn, application.status_changed).")                                                           \
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
    X(warn_same_time,                                                                                                  \
      "%s kandidaten krijgen hetzelfde tijdstip (%s) voor een individueel gesprek. Kies een groepsgesprek, of "        \
      "verplaats daarna per kandidaat de afspraak.",                                                                   \
      "%s candidates get the same time (%s) for a one-to-one interview. Choose a group interview, or move each "       \
      "candidate's appointment afterwards.",                                                                           \
      "%s Kandidaten erhalten denselben Termin (%s) f\xC3\xBCr ein Einzelgespr\xC3\xA4" "ch. W\xC3\xA4hlen Sie ein "      \
      "Gruppengespr\xC3\xA4" "ch oder verschieben Sie danach den Termin je Kandidat.")                                    \
    X(warn_short_notice_within_hour,                                                                                   \
      "Korte termijn: het interview begint binnen het uur. Bel de kandidaten als het snel bevestigd moet worden.",     \
      "Short notice: the interview starts within the hour. Call the candidates if you need an answer quickly.",        \
      "Kurzfristig: Das Interview beginnt innerhalb einer Stunde. Rufen Sie die Kandidaten an, wenn Sie schnell "      \
      "eine Antwort brauchen.")                                                                                        \
    X(warn_short_notice_one_hour,                                                                                      \
      "Korte termijn: het interview begint over 1 uur. Bel de kandidaten als het snel bevestigd moet worden.",         \
      "Short notice: the interview starts in 1 hour. Call the candidates if you need an answer quickly.",              \
      "Kurzfristig: Das Interview beginnt in 1 Stunde. Rufen Sie die Kandidaten an, wenn Sie schnell eine Antwort "    \
      "brauchen.")                                                                                                     \
    X(warn_short_notice_hours,                                                                                         \
      "Korte termijn: het interview begint over %d uur. Bel de kandidaten als het snel bevestigd moet worden.",        \
      "Short notice: the interview starts in %d hours. Call the candidates if you need an answer quickly.",            \
      "Kurzfristig: Das Interview beginnt in %d Stunden. Rufen Sie die Kandidaten an, wenn Sie schnell eine "          \
      "Antwort brauchen.")                                                                                             \
    X(warn_no_reminder_too_close,                                                                                      \
      "Er gaat geen herinnering uit: het interview is te dichtbij voor elk aantal dagen vooraf.",                      \
      "No reminder will be sent: the interview is too close for any number of days before.",                           \
      "Es wird keine Erinnerung gesendet: Das Interview ist f\xC3\xBCr jede Anzahl Tage vorher zu nah.")               \
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
    X(tag_slots, "De aangeboden tijden (Europe/Amsterdam)", "The offered times (Europe/Amsterdam)",                     \
      "Die angebotenen Zeiten (Europe/Amsterdam)")                                                                     \
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
    X(tpl_name_rejection, "Afwijzing", "Rejection", "Absage")                                                         \
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
      "Es kann h\xC3\xB6" "chstens %s Vorlagen geben; l\xC3\xB6schen Sie zuerst einige.")                              \
    X(wizard_variant_only_here,                                                                                        \
      "Alleen deze tekst is gewijzigd: de tekst in het %s is nog die van het sjabloon.",                               \
      "Only this text has the change: the %s text is still the template's.",                                           \
      "Nur dieser Text ist ge\xC3\xA4ndert: Der Text auf %s ist noch der aus der Vorlage.")                            \
    X(wizard_variant_carry,                                                                                            \
      "De nieuwe regels ook toevoegen in het %s",                                                                      \
      "Add the new lines to the %s text too",                                                                          \
      "Die neuen Zeilen auch in den Text auf %s \xC3\xBC" "bernehmen")                                                 \
    X(err_location_required,                                                                                           \
      "Vul de locatie in: een gesprek op locatie of in een groep heeft een adres nodig.",                              \
      "Enter the location: an in-person or group interview needs an address.",                                         \
      "Geben Sie den Ort ein: Ein Interview vor Ort oder in der Gruppe braucht eine Adresse.")                         \
    X(err_slot_required, \
      "Dit gesprek biedt meerdere tijden aan: accepteren gaat door een tijd te kiezen.", \
      "This interview offers several times: accepting means choosing one.", \
      "Dieses Interview bietet mehrere Zeiten an: Zusagen hei\xC3\x9Ft, eine davon zu w\xC3\xA4hlen.") \
    X(err_slots_empty, \
      "Bied minstens \xC3\xA9\xC3\xA9n tijd aan.", \
      "Offer at least one time.", \
      "Bieten Sie mindestens eine Zeit an.") \
    X(err_slots_or_date, \
      "Geef de tijden in slots, of \xC3\xA9\xC3\xA9n tijd met date, time en duration_min, niet allebei.", \
      "Give the times in slots, or one time with date, time and duration_min, not both.", \
      "Geben Sie die Zeiten in slots an oder eine Zeit mit date, time und duration_min, nicht beides.") \
    X(err_slot_twice, \
      "Deze tijd wordt al aangeboden.", \
      "This time is already offered.", \
      "Diese Zeit wird bereits angeboten.") \
    X(err_several_slots_reschedule, \
      "Dit gesprek biedt meerdere tijden aan: verplaats \xC3\xA9\xC3\xA9n kandidaat of annuleer het gesprek.", \
      "This interview offers several times: move one candidate, or cancel the interview.", \
      "Dieses Interview bietet mehrere Zeiten an: Verschieben Sie einen Kandidaten oder sagen Sie das Interview ab.") \
    X(err_cutoff_hours, \
      "Het aantal uren moet een heel getal van 0 tot 336 zijn.", \
      "The hours must be a whole number from 0 to 336.", \
      "Die Stunden m\xC3\xBCssen eine ganze Zahl von 0 bis 336 sein.") \
    X(err_seats_group_only, \
      "Meer dan \xC3\xA9\xC3\xA9n plaats per tijd kan alleen bij een groepsgesprek.", \
      "More than one seat per time is only possible for a group interview.", \
      "Mehr als ein Platz pro Zeit ist nur bei einem Gruppeninterview m\xC3\xB6glich.") \
    X(wizard_times, \
      "Tijden", \
      "Times", \
      "Zeiten") \
    X(wizard_one_time, \
      "E\xC3\xA9n tijd", \
      "One time", \
      "Eine Zeit") \
    X(wizard_several_times, \
      "Meerdere tijden: de kandidaat kiest", \
      "Several times: the candidate chooses", \
      "Mehrere Zeiten: der Kandidat w\xC3\xA4hlt") \
    X(wizard_several_hint, \
      "Elke kandidaat kiest op de bevestigingspagina een van deze tijden; een volle tijd verdwijnt daar.", \
      "Each candidate picks one of these times on the confirmation page; a full time disappears there.", \
      "Jeder Kandidat w\xC3\xA4hlt auf der Best\xC3\xA4tigungsseite eine dieser Zeiten; eine volle Zeit verschwindet dort.") \
    X(wizard_seats, \
      "Plaatsen", \
      "Seats", \
      "Pl\xC3\xA4tze") \
    X(wizard_seats_one_to_one, \
      "Telefonisch en persoonlijk: \xC3\xA9\xC3\xA9n plaats per tijd. Kies Groepsinterview voor meer plaatsen.", \
      "Phone and in person: one seat per time. Choose Group interview for more seats.", \
      "Telefonisch und pers\xC3\xB6nlich: ein Platz pro Zeit. W\xC3\xA4hlen Sie Gruppeninterview f\xC3\xBCr mehr Pl\xC3\xA4tze.") \
    X(wizard_add_time, \
      "+ Tijd toevoegen", \
      "+ Add a time", \
      "+ Zeit hinzuf\xC3\xBCgen") \
    X(wizard_remove_time, \
      "Deze tijd verwijderen", \
      "Remove this time", \
      "Diese Zeit entfernen") \
    X(wizard_max_times, \
      "U kunt hoogstens %d tijden aanbieden.", \
      "You can offer at most %d times.", \
      "Sie k\xC3\xB6nnen h\xC3\xB6" "chstens %d Zeiten anbieten.") \
    X(wizard_reminder_earliest, \
      "Bij meerdere tijden telt de vroegste tijd; de herinnering volgt de gekozen tijd.", \
      "With several times the earliest counts; the reminder follows the chosen time.", \
      "Bei mehreren Zeiten z\xC3\xA4hlt die fr\xC3\xBChste; die Erinnerung folgt der gew\xC3\xA4hlten Zeit.") \
    X(slots_offered, \
      "Aangeboden tijden", \
      "Offered times", \
      "Angebotene Zeiten") \
    X(slots_n_times, \
      "%d tijden", \
      "%d times", \
      "%d Zeiten") \
    X(slot_seats_taken, \
      "%d van %d plaatsen bezet", \
      "%d of %d seats taken", \
      "%d von %d Pl\xC3\xA4tzen belegt") \
    X(slot_nobody_yet, \
      "nog niemand", \
      "nobody yet", \
      "noch niemand") \
    X(slot_chosen_time, \
      "Gekozen tijd", \
      "Chosen time", \
      "Gew\xC3\xA4hlte Zeit") \
    X(slot_none_chosen, \
      "nog geen tijd gekozen", \
      "no time chosen yet", \
      "noch keine Zeit gew\xC3\xA4hlt") \
    X(slot_note_label, \
      "Tijden die de kandidaat passen", \
      "Times that suit the candidate", \
      "Zeiten, die dem Kandidaten passen") \
    X(reschedule_one,                                                                                                  \
      "Alleen deze kandidaat verzetten",                                                                               \
      "Reschedule this candidate only",                                                                                \
      "Nur diesen Kandidaten verschieben")                                                                             \
    X(reschedule_all, "Hele interview verzetten", "Reschedule the whole interview", "Ganzes Interview verschieben")    \
    X(reschedule_one_title,                                                                                            \
      "Afspraak van %s verzetten",                                                                                     \
      "Reschedule %s's appointment",                                                                                   \
      "Termin von %s verschieben") /* candidate name */                                                                \
    X(reschedule_one_hint,                                                                                             \
      "Alleen deze kandidaat krijgt een nieuwe tijd (een eigen interview); de anderen houden hun afspraak. De "        \
      "reactie gaat terug naar \xE2\x80\x9CGeen reactie\xE2\x80\x9D.",                                                 \
      "Only this candidate gets a new time (an interview of their own); the others keep their appointment. The "       \
      "answer goes back to \xE2\x80\x9CNo answer yet\xE2\x80\x9D.",                                                    \
      "Nur dieser Kandidat erh\xC3\xA4lt eine neue Uhrzeit (ein eigenes Interview); die anderen behalten ihren "       \
      "Termin. Die Antwort wird auf \xE2\x80\x9ENoch keine Antwort\xE2\x80\x9C zur\xC3\xBC" "ckgesetzt.")              \
    /* candidate page */                                                                                               \
    X(history_rescheduled,                                                                                             \
      "(interview verplaatst: opnieuw gevraagd)",                                                                      \
      "(interview moved: asked again)",                                                                                \
      "(Interview verschoben: erneut angefragt)")                                                                      \
    X(templates_admins_only,                                                                                           \
      "Alleen een beheerder kan de gedeelde sjablonen wijzigen.",                                                      \
      "Only an admin can change the shared templates.",                                                                \
      "Nur ein Administrator kann die gemeinsamen Vorlagen \xC3\xA4ndern.")                                            \
    X(answer_changed_by_candidate,                                                                                     \
      "De kandidaat heeft intussen gereageerd: \xE2\x80\x9C%s\xE2\x80\x9D. Uw keuze \xE2\x80\x9C%s\xE2\x80\x9D is "    \
      "niet opgeslagen; controleer de reactie en sla opnieuw op als dat nog nodig is.",                                \
      "The candidate answered meanwhile: \xE2\x80\x9C%s\xE2\x80\x9D. Your choice \xE2\x80\x9C%s\xE2\x80\x9D was not "  \
      "saved; check the answer and save again if it is still needed.",                                                 \
      "Der Kandidat hat inzwischen geantwortet: \xE2\x80\x9E%s\xE2\x80\x9C. Ihre Auswahl \xE2\x80\x9E%s\xE2\x80\x9C "  \
      "wurde nicht gespeichert; pr\xC3\xBC" "fen Sie die Antwort und speichern Sie erneut, falls n\xC3\xB6tig.")       \
    X(answer_changed_by_colleague,                                                                                     \
      "De reactie is intussen door een collega gewijzigd in \xE2\x80\x9C%s\xE2\x80\x9D. Uw keuze "                     \
      "\xE2\x80\x9C%s\xE2\x80\x9D is niet opgeslagen; controleer de reactie en sla opnieuw op als dat nog nodig is.",  \
      "A colleague changed the answer meanwhile to \xE2\x80\x9C%s\xE2\x80\x9D. Your choice "                           \
      "\xE2\x80\x9C%s\xE2\x80\x9D was not saved; check the answer and save again if it is still needed.",              \
      "Ein Kollege hat die Antwort inzwischen in \xE2\x80\x9E%s\xE2\x80\x9C ge\xC3\xA4ndert. Ihre Auswahl "            \
      "\xE2\x80\x9E%s\xE2\x80\x9C wurde nicht gespeichert; pr\xC3\xBC" "fen Sie die Antwort und speichern Sie "        \
      "erneut, falls n\xC3\xB6tig.")                                                                                   \
    /* templates */                                                                                                    \
    X(nav_calendar, "Agenda", "Calendar", "Kalender")                                                                  \
    X(close, "Sluiten", "Close", "Schlie\xC3\x9F" "en")                                                                \
    X(calendar_intro,                                                                                                  \
      "Interviews per week of dag, in Nederlandse tijd. Klik op een interview voor de details.",                       \
      "Interviews by week or day, in Amsterdam time. Click an interview for its details.",                             \
      "Interviews nach Woche oder Tag, in niederl\xC3\xA4ndischer Zeit. Klicken Sie auf ein Interview, um die "        \
      "Details zu sehen.")                                                                                             \
    X(calendar_today, "Vandaag", "Today", "Heute")                                                                     \
    X(calendar_week, "Week", "Week", "Woche")                                                                          \
    X(calendar_day, "Dag", "Day", "Tag")                                                                               \
    X(calendar_prev_week, "Vorige week", "Previous week", "Vorherige Woche")                                           \
    X(calendar_next_week, "Volgende week", "Next week", "N\xC3\xA4" "chste Woche")                                     \
    X(calendar_prev_day, "Vorige dag", "Previous day", "Vorheriger Tag")                                               \
    X(calendar_next_day, "Volgende dag", "Next day", "N\xC3\xA4" "chster Tag")                                         \
    X(calendar_open_day, "Deze dag openen", "Open this day", "Diesen Tag \xC3\xB6" "ffnen")                            \
    X(calendar_none_week,                                                                                              \
      "Geen interviews deze week.",                                                                                    \
      "No interviews this week.",                                                                                      \
      "Keine Interviews in dieser Woche.")                                                                             \
    X(calendar_none_day,                                                                                               \
      "Geen interviews op deze dag.",                                                                                  \
      "No interviews on this day.",                                                                                    \
      "Keine Interviews an diesem Tag.")                                                                               \
    X(calendar_invited_by, "Uitgenodigd door", "Invited by", "Eingeladen von")                                         \
    X(calendar_attendees, "Aanwezig van het team:", "Attending from the team:", "Teilnehmer aus dem Team:")            \
    X(calendar_open_in_interviews, "Tonen bij Interviews", "Show under Interviews", "Unter Interviews anzeigen")       \
    X(search_hint, "Kandidaat zoeken\xE2\x80\xA6", "Search candidates\xE2\x80\xA6", "Kandidaten suchen\xE2\x80\xA6")   \
    X(search_no_hits, "Geen kandidaten gevonden.", "No candidates found.", "Keine Kandidaten gefunden.")               \
    X(search_more,                                                                                                     \
      "Meer kandidaten gevonden; typ verder om te verfijnen.",                                                         \
      "More candidates match; keep typing to narrow it down.",                                                         \
      "Weitere Kandidaten gefunden; tippen Sie weiter, um die Suche einzugrenzen.")                                    \
    X(message_open_hint,                                                                                               \
      "Openen om het bericht te lezen zoals het is verstuurd",                                                         \
      "Open to read the message as it was sent",                                                                       \
      "\xC3\x96" "ffnen, um die Nachricht so zu lesen, wie sie gesendet wurde")                                        \
    X(message_from, "Van", "From", "Von")                                                                              \
    X(message_to, "Aan", "To", "An")                                                                                   \
    X(message_reply_to, "Antwoord naar", "Reply to", "Antwort an")                                                     \
    X(message_when, "Wanneer", "When", "Wann")                                                                         \
    X(message_sent_at, "verstuurd op %s", "sent on %s", "gesendet am %s")                                              \
    X(message_due_at, "gepland voor %s", "due on %s", "geplant f\xC3\xBCr %s")                                         \
    X(message_attempts_one, "1 poging", "1 attempt", "1 Versuch")                                                      \
    X(message_attempts_many, "%d pogingen", "%d attempts", "%d Versuche")                                              \
    X(message_resent_by,                                                                                               \
      "Opnieuw verstuurd op %s door %s (was: %s)",                                                                     \
      "Resent on %s by %s (was: %s)",                                                                                  \
      "Erneut gesendet am %s von %s (vorher: %s)")                                                                     \
    X(message_resend_reason,                                                                                           \
      "Reden (optioneel), bijv. adres gecorrigeerd",                                                                   \
      "Reason (optional), e.g. address corrected",                                                                     \
      "Grund (optional), z.\xC2\xA0" "B. Adresse korrigiert")                                                          \
    X(message_resend, "Opnieuw versturen", "Resend", "Erneut senden")                                                  \
    X(message_resend_hint,                                                                                             \
      "Hetzelfde bericht gaat opnieuw de wachtrij in; er komt geen tweede bij.",                                       \
      "The same message goes back into the queue; no second one is added.",                                            \
      "Dieselbe Nachricht kommt erneut in die Warteschlange; es wird keine zweite angelegt.")                          \
    X(message_not_resendable,                                                                                          \
      "Dit bericht kan niet opnieuw worden verstuurd: het interview is voorbij, geannuleerd of verzet, of de "         \
      "kandidaat heeft afgezegd.",                                                                                     \
      "This message cannot be resent: the interview is over, cancelled or moved, or the candidate declined.",          \
      "Diese Nachricht kann nicht erneut gesendet werden: Das Interview ist vorbei, abgesagt oder verschoben, oder "   \
      "der Kandidat hat abgesagt.")                                                                                    \
    X(message_tab_text, "Tekst", "Text", "Text")                                                                       \
    X(message_tab_sms, "Sms", "SMS", "SMS")                                                                            \
    X(message_tab_html, "HTML (als tekst)", "HTML (as text)", "HTML (als Text)")                                       \
    X(message_tab_ics, "Agenda-uitnodiging (.ics)", "Calendar invite (.ics)", "Kalendereinladung (.ics)")              \
    X(message_ics_changed,                                                                                             \
      "Het interview is na dit bericht verzet; deze uitnodiging toont de huidige tijd, het verstuurde bestand had de " \
      "eerdere.",                                                                                                      \
      "The interview was moved after this message; this invite shows the current time, the file that was sent had "    \
      "the earlier one.",                                                                                              \
      "Das Interview wurde nach dieser Nachricht verschoben; diese Einladung zeigt die aktuelle Uhrzeit, die "         \
      "gesendete Datei enthielt die fr\xC3\xBChere.")                                                                  \
    X(toast_message_resent,                                                                                            \
      "Het bericht staat opnieuw in de wachtrij.",                                                                     \
      "The message is queued again.",                                                                                  \
      "Die Nachricht ist wieder in der Warteschlange.")                                                                \
    X(notes_title, "Notities van het team", "Notes by the team", "Notizen des Teams")                                  \
    X(notes_add, "Notitie toevoegen", "Add note", "Notiz hinzuf\xC3\xBCgen")                                           \
    X(notes_none, "Nog geen notities.", "No notes yet.", "Noch keine Notizen.")                                        \
    X(toast_note_added,                                                                                                \
      "De notitie is toegevoegd.",                                                                                     \
      "The note has been added.",                                                                                      \
      "Die Notiz wurde hinzugef\xC3\xBCgt.")                                                                           \
    X(activity_title, "Activiteit", "Activity", "Aktivit\xC3\xA4t")                                                    \
    X(activity_empty, "Nog geen activiteit.", "No activity yet.", "Noch keine Aktivit\xC3\xA4t.")                      \
    X(activity_invited, "Uitgenodigd: %s op %s", "Invited: %s on %s", "Eingeladen: %s am %s")                          \
    X(activity_answered, "Reactie:", "Answered:", "Antwort:")                                                          \
    X(activity_message_sent, "%s verstuurd", "%s sent", "%s gesendet")                                                 \
    X(activity_message_failed, "%s mislukt", "%s failed", "%s fehlgeschlagen")                                         \
    X(activity_message_resent, "%s opnieuw verstuurd", "%s resent", "%s erneut gesendet")                              \
    X(activity_status, "Status:", "Status:", "Status:")                                                                \
    X(activity_note, "Notitie", "Note", "Notiz")                                                                       \
    X(new_vacancy, "Nieuwe vacature", "New vacancy", "Neue Stelle")                                                    \
    X(edit_vacancy, "Vacature bewerken", "Edit vacancy", "Stelle bearbeiten")                                          \
    X(vacancy_title_label, "Functietitel", "Job title", "Stellenbezeichnung")                                          \
    X(vacancy_department_label, "Afdeling", "Department", "Abteilung")                                                 \
    X(vacancy_location_label, "Locatie", "Location", "Ort")                                                            \
    X(vacancy_filter_open, "Open vacatures", "Open vacancies", "Offene Stellen")                                       \
    X(vacancy_filter_closed, "Gesloten vacatures", "Closed vacancies", "Geschlossene Stellen")                         \
    X(vacancy_filter_all, "Alle vacatures", "All vacancies", "Alle Stellen")                                           \
    X(vacancy_closed, "Gesloten", "Closed", "Geschlossen")                                                             \
    X(vacancy_open, "Open", "Open", "Offen")                                                                           \
    X(close_vacancy, "Vacature sluiten", "Close vacancy", "Stelle schlie\xC3\x9F" "en")                                \
    X(reopen_vacancy, "Vacature heropenen", "Reopen vacancy", "Stelle wieder \xC3\xB6" "ffnen")                        \
    X(vacancy_saved, "De vacature is opgeslagen.", "The vacancy has been saved.", "Die Stelle wurde gespeichert.")     \
    X(vacancy_closed_note,                                                                                             \
      "Deze vacature is gesloten: er komen geen kandidaten meer bij.",                                                 \
      "This vacancy is closed: no candidates can be added.",                                                           \
      "Diese Stelle ist geschlossen: Es k\xC3\xB6nnen keine Kandidaten mehr hinzugef\xC3\xBCgt werden.")               \
    X(col_department, "Afdeling", "Department", "Abteilung")                                                           \
    X(col_vacancy_status, "Status", "Status", "Status")                                                                \
    X(create, "Aanmaken", "Create", "Anlegen")                                                                         \
    /* candidates */                                                                                                   \
    X(add_candidate, "Kandidaat toevoegen", "Add candidate", "Kandidat hinzuf\xC3\xBCgen")                             \
    X(edit_candidate, "Gegevens bewerken", "Edit details", "Daten bearbeiten")                                         \
    X(first_name, "Voornaam", "First name", "Vorname")                                                                 \
    X(last_name, "Achternaam", "Last name", "Nachname")                                                                \
    X(mobile_hint, "bijv. 06-12345678", "e.g. 06-12345678", "z.\xC2\xA0" "B. 06-12345678")                             \
    X(cv_text, "Cv (tekst)", "CV (text)", "Lebenslauf (Text)")                                                         \
    X(cv_file,                                                                                                         \
      "Cv-bestand (PDF of DOCX, max. 10 MB)",                                                                          \
      "CV file (PDF or DOCX, at most 10 MB)",                                                                          \
      "Lebenslauf-Datei (PDF oder DOCX, max. 10 MB)")                                                                  \
    X(choose_file, "Bestand kiezen\xE2\x80\xA6", "Choose a file\xE2\x80\xA6", "Datei ausw\xC3\xA4hlen\xE2\x80\xA6")    \
    X(no_file, "Geen bestand gekozen", "No file chosen", "Keine Datei ausgew\xC3\xA4hlt")                              \
    X(download, "Downloaden", "Download", "Herunterladen")                                                             \
    X(candidate_added,                                                                                                 \
      "De kandidaat is toegevoegd.",                                                                                   \
      "The candidate has been added.",                                                                                 \
      "Der Kandidat wurde hinzugef\xC3\xBCgt.")                                                                        \
    X(candidate_exists,                                                                                                \
      "Deze kandidaat had al gesolliciteerd: er is niets dubbel aangemaakt.",                                          \
      "This candidate had applied already: nothing was created twice.",                                                \
      "Dieser Kandidat hatte sich bereits beworben: Es wurde nichts doppelt angelegt.")                                \
    X(candidate_saved,                                                                                                 \
      "De gegevens zijn opgeslagen.",                                                                                  \
      "The details have been saved.",                                                                                  \
      "Die Daten wurden gespeichert.")                                                                                 \
    X(landline_note,                                                                                                   \
      "Vast nummer: wordt bewaard, maar krijgt geen sms.",                                                             \
      "Landline: kept, but gets no SMS.",                                                                              \
      "Festnetznummer: wird gespeichert, erh\xC3\xA4lt aber keine SMS.")                                               \
    X(col_phone, "Telefoon", "Phone", "Telefon")                                                                       \
    X(keep_until, "Bewaren tot (toestemming)", "Keep until (consent)", "Aufbewahren bis (Einwilligung)")               \
    X(keep_until_hint,                                                                                                 \
      "JJJJ-MM-DD, leeg = geen toestemming",                                                                           \
      "YYYY-MM-DD, empty = no consent",                                                                                \
      "JJJJ-MM-TT, leer = keine Einwilligung")                                                                         \
    X(keep_until_invalid,                                                                                              \
      "Vul een datum in als JJJJ-MM-DD.",                                                                              \
      "Enter a date as YYYY-MM-DD.",                                                                                   \
      "Geben Sie ein Datum als JJJJ-MM-TT ein.")                                                                       \
    X(cv_section, "Cv", "CV", "Lebenslauf")                                                                            \
    X(no_cv, "Geen cv-tekst.", "No CV text.", "Kein Lebenslauftext.")                                                  \
    /* import */                                                                                                       \
    X(import_csv, "CSV importeren", "Import CSV", "CSV importieren")                                                   \
    X(import_intro,                                                                                                    \
      "Kies een CSV-bestand (Excel: Opslaan als CSV). Er wordt niets opgeslagen tot u op Importeren klikt.",           \
      "Choose a CSV file (Excel: Save as CSV). Nothing is saved until you click Import.",                              \
      "W\xC3\xA4hlen Sie eine CSV-Datei (Excel: Als CSV speichern). Es wird nichts gespeichert, bis Sie auf "          \
      "Importieren klicken.")                                                                                          \
    X(import_checking,                                                                                                 \
      "Bestand wordt gecontroleerd\xE2\x80\xA6",                                                                       \
      "Checking the file\xE2\x80\xA6",                                                                                 \
      "Datei wird gepr\xC3\xBC" "ft\xE2\x80\xA6")                                                                      \
    X(import_importing,                                                                                                \
      "Kandidaten worden ge\xC3\xAFmporteerd\xE2\x80\xA6",                                                             \
      "Importing candidates\xE2\x80\xA6",                                                                              \
      "Kandidaten werden importiert\xE2\x80\xA6")                                                                      \
    X(import_detected, "Herkend", "Detected", "Erkannt")                                                               \
    X(import_delimiter, "Scheidingsteken", "Delimiter", "Trennzeichen")                                                \
    X(import_encoding, "Tekenset", "Encoding", "Zeichenkodierung")                                                     \
    X(import_rows, "Rijen", "Rows", "Zeilen")                                                                          \
    X(import_mapping, "Kolommen", "Columns", "Spalten")                                                                \
    X(import_mapping_hint,                                                                                             \
      "Klopt een kolom niet? Kies de juiste.",                                                                         \
      "A column wrong? Choose the right one.",                                                                         \
      "Stimmt eine Spalte nicht? W\xC3\xA4hlen Sie die richtige.")                                                     \
    X(import_no_column, "(geen)", "(none)", "(keine)")                                                                 \
    X(import_first_rows, "Eerste rijen", "First rows", "Erste Zeilen")                                                 \
    X(import_problems,                                                                                                 \
      "Problemen (deze rijen worden overgeslagen)",                                                                    \
      "Problems (these rows are skipped)",                                                                             \
      "Probleme (diese Zeilen werden \xC3\xBC" "bersprungen)")                                                         \
    X(import_no_problems, "Geen problemen gevonden.", "No problems found.", "Keine Probleme gefunden.")                \
    X(col_line, "Regel", "Line", "Zeile")                                                                              \
    X(col_field, "Veld", "Field", "Feld")                                                                              \
    X(col_problem, "Probleem", "Problem", "Problem")                                                                   \
    X(import_n, "%d kandidaten importeren", "Import %d candidates", "%d Kandidaten importieren") /* count */           \
    X(import_one, "1 kandidaat importeren", "Import 1 candidate", "1 Kandidaten importieren")                          \
    X(import_done,                                                                                                     \
      "%d sollicitaties toegevoegd.",                                                                                  \
      "%d applications added.",                                                                                        \
      "%d Bewerbungen hinzugef\xC3\xBCgt.") /* count */                                                                \
    X(import_other_file, "Ander bestand", "Another file", "Andere Datei")                                              \
    X(field_first_name, "voornaam", "first name", "Vorname")                                                           \
    X(field_last_name, "achternaam", "last name", "Nachname")                                                          \
    X(field_email, "e-mail", "e-mail", "E-Mail")                                                                       \
    X(field_mobile, "mobiel", "mobile", "Mobil")                                                                       \
    X(field_language, "taal", "language", "Sprache")                                                                   \
    X(field_cv_text, "cv", "CV", "Lebenslauf")                                                                         \
    X(tab, "tab", "tab", "Tab")                                                                                        \
    /* status after the interview */                                                                                   \
    X(set_status, "Status wijzigen", "Change status", "Status \xC3\xA4ndern")                                          \
    X(status_for_n,                                                                                                    \
      "Status van %d sollicitaties",                                                                                   \
      "Status of %d applications",                                                                                     \
      "Status von %d Bewerbungen") /* count */                                                                         \
    X(new_status, "Nieuwe status", "New status", "Neuer Status")                                                       \
    X(status_note, "Notitie (optioneel)", "Note (optional)", "Notiz (optional)")                                       \
    X(send_rejection_email, "Afwijzingsmail sturen", "Send a rejection e-mail", "Absage per E-Mail senden")            \
    X(rejection_template, "Sjabloon", "Template", "Vorlage")                                                           \
    X(rejection_preview, "Voorbeeld voor", "Preview for", "Vorschau f\xC3\xBCr")                                       \
    X(reopen_confirm,                                                                                                  \
      "Ja, de kandidaat trok zich terug; toch heropenen",                                                              \
      "Yes, the candidate withdrew; reopen anyway",                                                                    \
      "Ja, der Kandidat hat sich zur\xC3\xBC" "ckgezogen; trotzdem wieder \xC3\xB6" "ffnen")                           \
    X(reopen_warning,                                                                                                  \
      "Deze kandidaat heeft zich teruggetrokken. Een nieuwe status heropent de sollicitatie.",                         \
      "This candidate withdrew. A new status reopens the application.",                                                \
      "Dieser Kandidat hat sich zur\xC3\xBC" "ckgezogen. Ein neuer Status \xC3\xB6" "ffnet die Bewerbung wieder.")     \
    X(status_saved, "De status is gewijzigd.", "The status has been changed.", "Der Status wurde ge\xC3\xA4ndert.")    \
    X(status_history, "Statusgeschiedenis", "Status history", "Statusverlauf")                                         \
    X(by_system, "Systeem", "System", "System")                                                                        \
    X(all_statuses, "Alle statussen", "All statuses", "Alle Status")                                                   \
    X(no_rejection_template,                                                                                           \
      "Er is geen afwijzingssjabloon.",                                                                                \
      "There is no rejection template.",                                                                               \
      "Es gibt keine Absagevorlage.")                                                                                  \
    /* privacy */                                                                                                      \
    X(privacy, "Privacy", "Privacy", "Datenschutz")                                                                    \
    X(download_data, "Gegevens downloaden", "Download data", "Daten herunterladen")                                    \
    X(erase_now, "Nu wissen", "Erase now", "Jetzt l\xC3\xB6schen")                                                     \
    X(erase_confirm_text,                                                                                              \
      "Alle persoonsgegevens van deze kandidaat worden gewist (naam, e-mail, telefoon, cv, berichten). Statussen "     \
      "blijven bewaard voor rapportage. Dit kan niet ongedaan worden gemaakt.",                                        \
      "All personal data of this candidate is erased (name, e-mail, phone, CV, messages). Statuses stay for "          \
      "reporting. This cannot be undone.",                                                                             \
      "Alle personenbezogenen Daten dieses Kandidaten werden gel\xC3\xB6scht (Name, E-Mail, Telefon, Lebenslauf, "     \
      "Nachrichten). Statusangaben bleiben f\xC3\xBCr Auswertungen erhalten. Dies kann nicht "                         \
      "r\xC3\xBC" "ckg\xC3\xA4ngig gemacht werden.")                                                                   \
    X(erase_yes, "Ja, definitief wissen", "Yes, erase for good", "Ja, endg\xC3\xBCltig l\xC3\xB6schen")                \
    X(erased, "Gewist", "Erased", "Gel\xC3\xB6scht")                                                                   \
    X(erase_due, "Wordt gewist op", "Will be erased on", "Wird gel\xC3\xB6scht am")                                    \
    X(privacy_next, "Wordt binnenkort gewist", "To be erased next", "Wird demn\xC3\xA4" "chst gel\xC3\xB6scht")        \
    X(privacy_none, "Niemand staat op de lijst.", "Nobody is due.", "Niemand steht auf der Liste.")                    \
    X(reason_vacancy_closed, "vacature gesloten", "vacancy closed", "Stelle geschlossen")                              \
    X(reason_application_ended, "sollicitatie afgerond", "application ended", "Bewerbung abgeschlossen")               \
    X(reason_consent_expired, "toestemming verloopt", "consent ends", "Einwilligung l\xC3\xA4uft ab")                  \
    /* errors (Dutch; English keeps the server's sentence) */                                                          \
    X(err_candidate_email,                                                                                             \
      "Vul een geldig e-mailadres in.",                                                                                \
      "Enter a valid e-mail address.",                                                                                 \
      "Geben Sie eine g\xC3\xBCltige E-Mail-Adresse ein.")                                                             \
    X(err_invalid_phone,                                                                                               \
      "Dit telefoonnummer is niet leesbaar (bijv. 06-12345678 of +32 470 12 34 56).",                                  \
      "This phone number cannot be read (e.g. 06-12345678 or +32 470 12 34 56).",                                      \
      "Diese Telefonnummer ist nicht lesbar (z.\xC2\xA0" "B. 06-12345678 oder +32 470 12 34 56).")                     \
    X(err_missing_name,                                                                                                \
      "Vul een voor- of achternaam in.",                                                                               \
      "Enter a first or last name.",                                                                                   \
      "Geben Sie einen Vor- oder Nachnamen ein.")                                                                      \
    X(err_invalid_language,                                                                                            \
      "De taal moet nl, en of de zijn.",                                                                               \
      "The language must be nl, en or de.",                                                                            \
      "Die Sprache muss nl, en oder de sein.")                                                                         \
    X(err_duplicate_in_file,                                                                                           \
      "Hetzelfde e-mailadres staat eerder in het bestand.",                                                            \
      "The same e-mail address is earlier in the file.",                                                               \
      "Dieselbe E-Mail-Adresse steht weiter oben in der Datei.")                                                       \
    X(err_already_applied,                                                                                             \
      "Heeft al gesolliciteerd op deze vacature.",                                                                     \
      "Has already applied to this vacancy.",                                                                          \
      "Hat sich bereits auf diese Stelle beworben.")                                                                   \
    X(err_missing_column,                                                                                              \
      "Geen kolom gevonden voor dit veld; kies hem hierboven.",                                                        \
      "No column found for this field; choose it above.",                                                              \
      "Keine Spalte f\xC3\xBCr dieses Feld gefunden; w\xC3\xA4hlen Sie sie oben aus.")                                 \
    X(err_unterminated_quote,                                                                                          \
      "Een aanhalingsteken (\") wordt nergens gesloten.",                                                              \
      "A quote (\") is never closed.",                                                                                 \
      "Ein Anf\xC3\xBChrungszeichen (\") wird nirgends geschlossen.")                                                  \
    X(err_vacancy_closed, "Deze vacature is gesloten.", "This vacancy is closed.", "Diese Stelle ist geschlossen.")    \
    X(err_application_withdrawn,                                                                                       \
      "De kandidaat heeft zich teruggetrokken; bevestig om te heropenen.",                                             \
      "The candidate withdrew; confirm to reopen.",                                                                    \
      "Der Kandidat hat sich zur\xC3\xBC" "ckgezogen; best\xC3\xA4tigen Sie, um die Bewerbung wieder zu "              \
      "\xC3\xB6" "ffnen.")

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
