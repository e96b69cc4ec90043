// The recruiter UI's own words in Dutch and English (labels of domain values — answer statuses, interview types,
// reminder channels, dates — come from shared/'s i18n.hpp instead). One table, so a missing translation cannot
// compile. Strings with %d / %s are printf formats; their arguments are listed in the comment.
#pragma once

#include "kandidaat/i18n.hpp"
#include "strings_intake.hpp"

#include <string>

namespace kandidaat::web {

// X(id, Dutch, English)
#define KANDIDAAT_UI_STRINGS(X)                                                                                        \
    X(loading, "Laden\xE2\x80\xA6", "Loading\xE2\x80\xA6")                                                             \
    X(yes, "Ja", "Yes")                                                                                                \
    X(no, "Nee", "No")                                                                                                 \
    X(save, "Opslaan", "Save")                                                                                         \
    X(cancel, "Annuleren", "Cancel")                                                                                   \
    X(back, "\xE2\x86\x90 Terug", "\xE2\x86\x90 Back")                                                                 \
    X(and_word, "en", "and")                                                                                           \
    X(select_all, "Alles (de)selecteren", "Select or deselect all")                                                    \
    X(clear_filter, "Filter wissen", "Clear the filter")                                                               \
    /* issue 13: names the screen reader says for controls that show only a sign */                                    \
    X(previous_month, "Vorige maand", "Previous month")                                                                \
    X(next_month, "Volgende maand", "Next month")                                                                      \
    X(vacancy_filter_name, "Welke vacatures", "Which vacancies")                                                       \
    /* login */                                                                                                        \
    X(login_tagline, "Sollicitanten uitnodigen voor interviews", "Invite applicants to interviews")                    \
    X(login_email, "E-mailadres", "E-mail address")                                                                    \
    X(login_email_hint, "naam@bedrijf.nl", "name@company.com")                                                          \
    X(login_password, "Wachtwoord", "Password")                                                                        \
    X(login_submit, "Inloggen", "Log in")                                                                              \
    X(login_busy, "Bezig met inloggen\xE2\x80\xA6", "Logging in\xE2\x80\xA6")                                          \
    X(login_failed, "E-mailadres of wachtwoord klopt niet.", "The e-mail address or password is not correct.")        \
    X(login_missing, "Vul uw e-mailadres en wachtwoord in.", "Enter your e-mail address and password.")                \
    X(login_session_expired, "Uw sessie is verlopen. Log opnieuw in: wat u had ingevuld, staat nog klaar.",           \
      "Your session has expired. Log in again: everything you entered is still there.")                                \
    X(login_demo_hint, "Demo: anna@example.com / demo", "Demo: anna@example.com / demo")                               \
    /* top bar */                                                                                                      \
    X(nav_vacancies, "Vacaturelijst", "Vacancy list")                                                                  \
    X(nav_interviews, "Interviews", "Interviews")                                                                      \
    X(nav_templates, "Sjablonen", "Templates")                                                                         \
    X(nav_messages, "Berichten", "Messages")                                                                           \
    X(nav_logout, "Uitloggen", "Log out")                                                                              \
    /* vacancies */                                                                                                    \
    X(vacancies_intro, "Kies een vacature om de kandidaten te zien.", "Choose a vacancy to see its candidates.")       \
    X(vacancies_empty, "Er zijn nog geen vacatures.", "There are no vacancies yet.")                                   \
    X(vacancy_not_found, "Deze vacature bestaat niet (meer).", "This vacancy does not exist (any more).")              \
    X(col_vacancy_title, "Vacature", "Vacancy")                                                                        \
    X(col_location, "Locatie", "Location")                                                                             \
    X(col_candidates, "Kandidaten", "Candidates")                                                                      \
    X(col_invited, "Uitgenodigd", "Invited")                                                                           \
    X(col_interviews, "Interviews", "Interviews")                                                                      \
    X(overview, "Overzicht", "Overview")                                                                               \
    X(overview_all_candidates_hint, "Alle sollicitanten van deze vacature: aanvinken en uitnodigen voor een interview.", \
      "Every applicant of this vacancy: check them and invite them to an interview.")                                  \
    X(overview_interviews, "Geplande interviews", "Scheduled interviews")                                              \
    /* all candidates */                                                                                               \
    X(all_candidates, "Alle kandidaten", "All candidates")                                                             \
    X(candidates_filter_hint, "Zoek op naam, e-mail, taal of status", "Search by name, e-mail, language or status")    \
    X(candidates_none_checked, "Niemand aangevinkt", "Nobody checked")                                                 \
    X(candidates_n_checked, "%d aangevinkt", "%d checked") /* count */                                                 \
    X(recruitment_action, "Wervingsactie", "Recruitment action")                                                       \
    X(invite_for_interview, "Uitnodigen voor interview", "Invite for interview")                                       \
    X(execute, "Uitvoeren", "Execute")                                                                                 \
    X(execute_needs_check, "Vink eerst een of meer kandidaten aan.", "Check one or more candidates first.")            \
    X(candidates_empty, "Nog geen sollicitanten voor deze vacature.", "No applicants for this vacancy yet.")           \
    X(candidates_no_match, "Niets gevonden met dit filter.", "Nothing matches this filter.")                           \
    X(candidates_cannot_invite_withdrawn, "Heeft de sollicitatie ingetrokken en kan niet worden uitgenodigd.",         \
      "Has withdrawn the application and cannot be invited.")                                                          \
    X(col_name, "Naam", "Name")                                                                                        \
    X(col_application_status, "Status sollicitatie", "Application status")                                             \
    X(col_latest_answer, "Laatste reactie", "Latest answer")                                                           \
    X(col_language, "Taal", "Language")                                                                                \
    X(col_mobile, "Mobiel", "Mobile")                                                                                  \
    X(col_email, "E-mail", "E-mail")                                                                                   \
    /* wizard */                                                                                                       \
    X(wizard_step1, "Interview", "Interview")                                                                          \
    X(wizard_step2, "E-mail en herinnering", "E-mail and reminder")                                                    \
    X(wizard_candidates_n, "Kandidaten (%d)", "Candidates (%d)") /* count */                                           \
    X(no_mobile, "geen mobiel nummer", "no mobile number")                                                             \
    X(wizard_type, "Soort interview", "Interview type")                                                                \
    X(wizard_attendees, "Aanwezigen", "Attendees")                                                                     \
    X(wizard_attendees_hint, "Collega's die bij het interview zijn. Zij staan in de uitnodiging en krijgen een e-mail met de agenda-uitnodiging, ook bij verzetten of annuleren.",\
      "Colleagues who attend. The invitation names them, and they get an e-mail with the calendar invite, also when it is moved or cancelled.")                                                             \
    X(wizard_no_attendees, "Kies aanwezigen", "Choose attendees")                                                      \
    X(wizard_date, "Datum", "Date")                                                                                    \
    X(wizard_date_hint, "Tijden zijn Nederlandse tijd (Europe/Amsterdam).", "Times are Dutch time (Europe/Amsterdam).") \
    X(choose_date, "Kies een datum", "Choose a date")                                                                  \
    X(wizard_time, "Tijd", "Time")                                                                                     \
    X(wizard_duration, "Duur", "Duration")                                                                             \
    X(wizard_until, "Tot %s", "Until %s") /* end time */                                                               \
    X(wizard_location, "Locatie", "Location")                                                                          \
    X(wizard_location_phone, "Telefoon / details", "Phone / details")                                                  \
    X(wizard_location_hint, "Adres, zaal of belgegevens", "Address, room or call details")                             \
    X(wizard_next, "Volgende \xE2\x86\x92", "Next \xE2\x86\x92")                                                       \
    X(wizard_back, "\xE2\x86\x90 Vorige", "\xE2\x86\x90 Back")                                                         \
    X(wizard_send, "Verzenden", "Send")                                                                                \
    X(wizard_n_problems, "Nog op te lossen: %d", "Still to fix: %d") /* count */                                       \
    X(wizard_email, "Uitnodiging per e-mail", "Invitation e-mail")                                                     \
    X(wizard_action, "Actie", "Action")                                                                                \
    X(wizard_no_email_note, "Er gaat geen uitnodiging uit; alleen de herinnering hieronder.",                          \
      "No invitation goes out; only the reminder below.")                                                              \
    X(wizard_from, "Van", "From")                                                                                      \
    X(wizard_template, "Sjabloon", "Template")                                                                         \
    X(wizard_subject, "Onderwerp", "Subject")                                                                          \
    X(wizard_content, "Inhoud", "Content")                                                                             \
    X(wizard_signature, "Handtekening", "Signature")                                                                   \
    X(insert_tag, "Tag invoegen \xE2\x96\xBC", "Insert tag \xE2\x96\xBC")                                             \
    X(insert_tag_hint, "Tags worden per kandidaat ingevuld, bijvoorbeeld {firstname} met de voornaam.",                 \
      "Tags are filled in for each candidate, e.g. {firstname} with their first name.")                                \
    X(wizard_no_variant, "Nog geen tekst in het %s: deze kandidaten krijgen nu de tekst in het %s. Schrijf hier een eigen versie als u dat wilt.", \
      "No %s text yet: these candidates now receive the %s text. Write their own version here if you like.")           \
    /* %s = the other languages' names */                                                                             \
    X(wizard_variant_only_here, "Alleen deze tekst is gewijzigd: de tekst in het %s is nog die van het sjabloon.",  \
      "Only this text has the change: the %s text is still the template's.")                                          \
    X(wizard_variant_carry, "De nieuwe regels ook toevoegen in het %s", "Add the new lines to the %s text too")       \
    X(wizard_confirm_link, "Wenst u een link bij te voegen zodat de kandidaat de uitnodiging kan bevestigen?",         \
      "Add a link so that the candidate can confirm the invitation?")                                                  \
    X(wizard_confirm_link_you_checked, "U hebt de optie zelf aangezet.", "You switched the option on yourself.")       \
    X(wizard_confirm_link_you_unchecked, "U hebt de optie zelf uitgezet.", "You switched the option off yourself.")    \
    X(wizard_confirm_link_reset, "Standaard herstellen", "Restore the default")                                        \
    X(wizard_reminder, "Herinnering", "Reminder")                                                                      \
    X(wizard_reminder_channel, "Versturen", "Send")                                                                    \
    X(wizard_no_sms_access, "Sms-herinneringen zijn er alleen voor gebruikers met sms-toegang.",                        \
      "SMS reminders are only for users with SMS access.")                                                             \
    X(wizard_reminder_days, "Dagen vooraf", "Days before")                                                             \
    X(wizard_days_before, "dag(en) voor het interview, rond 09:00", "day(s) before the interview, around 09:00")       \
    X(wizard_reminder_when, "De herinnering gaat uit op %s.", "The reminder goes out on %s.") /* date and time */      \
    X(wizard_no_day_possible, "Het interview is te dichtbij voor een herinnering. Kies \xE2\x80\x9CGeen herinnering\xE2\x80\x9D.", \
      "The interview is too close for a reminder. Choose \xE2\x80\x9CNo reminder\xE2\x80\x9D.")                        \
    X(wizard_sms_fixed, "De sms is een vaste korte tekst in de taal van de kandidaat; zie het voorbeeld.",              \
      "The SMS is a fixed short text in the candidate's language; see the preview.")                                   \
    X(preview, "Voorbeeld", "Preview")                                                                                 \
    X(preview_exact, "\xE2\x9C\x93 precies zoals verstuurd", "\xE2\x9C\x93 exactly as sent")                           \
    X(preview_checking, "wordt gecontroleerd\xE2\x80\xA6", "checking\xE2\x80\xA6")                                     \
    X(preview_invitation, "Uitnodiging", "Invitation")                                                                 \
    X(preview_no_invitation, "Geen uitnodiging (actie: geen e-mail verzenden).", "No invitation (action: don't send e-mail).") \
    X(preview_reminder_email, "Herinnering per e-mail", "Reminder e-mail")                                             \
    X(preview_sms, "Sms-herinnering", "SMS reminder")                                                                  \
    X(preview_sms_length, "%d tekens \xC2\xB7 %d delen (%s)", "%d characters \xC2\xB7 %d segments (%s)")               \
    X(preview_sms_length_one, "%d tekens \xC2\xB7 %d deel (%s)", "%d characters \xC2\xB7 %d segment (%s)")             \
    X(preview_no_sms, "Geen sms voor deze kandidaat (geen mobiel nummer).", "No SMS for this candidate (no mobile number).") \
    X(toast_invitation_one, "1 uitnodiging wordt verstuurd", "1 invitation is on its way")                             \
    X(toast_invitation_many, "%d uitnodigingen worden verstuurd", "%d invitations are on their way")                   \
    X(toast_invited_one_no_email, "1 kandidaat uitgenodigd zonder e-mail", "1 candidate invited without e-mail")        \
    X(toast_invited_many_no_email, "%d kandidaten uitgenodigd zonder e-mail", "%d candidates invited without e-mail")  \
    X(toast_reminder_none, "geen herinneringen", "no reminders")                                                       \
    X(toast_reminder_one, "1 herinnering ingepland", "1 reminder scheduled")                                           \
    X(toast_reminder_many, "%d herinneringen ingepland", "%d reminders scheduled")                                     \
    /* errors */                                                                                                       \
    X(err_network, "De server is niet bereikbaar. Controleer de verbinding; het wordt zo opnieuw geprobeerd.",         \
      "The server cannot be reached. Check the connection; it will be tried again shortly.")                           \
    X(err_server, "Er ging iets mis op de server. Probeer het opnieuw.", "Something went wrong on the server. Please try again.") \
    X(err_choose_date, "Kies een datum in de kalender.", "Choose a date in the calendar.")                             \
    X(err_invalid_date, "Kies een geldige datum.", "Choose a valid date.")                                             \
    X(err_invalid_time, "Kies een geldige tijd.", "Choose a valid time.")                                              \
    X(err_invalid_duration, "De duur moet tussen 5 en 480 minuten liggen.", "The duration must be between 5 and 480 minutes.") \
    X(err_in_the_past, "Het interview moet in de toekomst liggen.", "The interview must start in the future.")         \
    X(err_location_required, "Vul de locatie in: een gesprek op locatie of in een groep heeft een adres nodig.",       \
      "Enter the location: an in-person or group interview needs an address.")                                         \
    X(err_invalid_from, "Vul een geldig afzenderadres in, bijvoorbeeld Naam <jobs@bedrijf.nl>.",                       \
      "Enter a valid sender address, e.g. Name <jobs@example.com>.")                                                  \
    X(err_reminder_too_late, "Dat moment is al voorbij: kies minder dagen vooraf.", "That moment has passed: choose fewer days before.") \
    X(err_sms_not_allowed, "U hebt geen toegang tot sms.", "You have no SMS access.")                                  \
    X(err_subject_required, "Vul een onderwerp in.", "Enter a subject.")                                               \
    X(err_content_required, "Vul de inhoud in.", "Enter the content.")                                                 \
    /* interviews */                                                                                                   \
    X(interviews_intro, "Alle interviews met hun kandidaten en wat die hebben geantwoord.",                            \
      "Every interview with its candidates and what they answered.")                                                   \
    X(interviews_upcoming, "Komend", "Upcoming")                                                                       \
    X(interviews_past, "Afgelopen en geannuleerd", "Past and cancelled")                                               \
    X(all_vacancies, "Alle vacatures", "All vacancies")                                                                \
    X(interviews_between, "Tussen", "Between")                                                                         \
    X(interviews_none, "Nog geen interviews gepland.", "No interviews scheduled yet.")                                 \
    X(interviews_none_past, "Nog geen afgelopen interviews.", "No past interviews yet.")                               \
    X(interviews_none_match, "Geen interviews met deze filters.", "No interviews match these filters.")                \
    X(col_when, "Wanneer", "When")                                                                                     \
    X(col_type, "Soort", "Type")                                                                                       \
    X(col_candidate, "Kandidaat", "Candidate")                                                                         \
    X(col_appointment_confirmed, "Afspraak bevestigd", "Appointment confirmed")                                        \
    X(reschedule, "Verzetten", "Reschedule")                                                                           \
    X(reschedule_title, "Interview verzetten", "Reschedule the interview")                                             \
    X(reschedule_hint, "De kandidaten krijgen een bijgewerkte uitnodiging en worden opnieuw om een reactie gevraagd; herinneringen schuiven mee.", \
      "The candidates get an updated invitation and are asked to confirm again; reminders move along.")              \
    X(reschedule_save, "Verzetten", "Reschedule")                                                                      \
    X(cancel_interview, "Annuleren", "Cancel")                                                                         \
    X(cancel_title, "Interview annuleren?", "Cancel the interview?")                                                   \
    X(cancel_body, "De kandidaten krijgen een annulering per e-mail en hun herinneringen vervallen. Dit kan niet ongedaan worden gemaakt.", \
      "The candidates get a cancellation e-mail and their reminders are dropped. This cannot be undone.")              \
    X(cancel_keep, "Interview houden", "Keep the interview")                                                           \
    X(cancel_confirm, "Interview annuleren", "Cancel the interview")                                                   \
    X(toast_interview_cancelled, "Het interview is geannuleerd.", "The interview has been cancelled.")                 \
    X(toast_rescheduled, "Het interview is verzet; de kandidaten krijgen bericht.", "The interview has been rescheduled; the candidates are told.") \
    X(reschedule_one, "Alleen deze kandidaat verzetten", "Reschedule this candidate only")                             \
    X(reschedule_all, "Hele interview verzetten", "Reschedule the whole interview")                                    \
    X(reschedule_one_title, "Afspraak van %s verzetten", "Reschedule %s's appointment") /* candidate name */           \
    X(reschedule_one_hint, "Alleen deze kandidaat krijgt een nieuwe tijd (een eigen interview); de anderen houden hun afspraak. De reactie gaat terug naar \xE2\x80\x9CGeen reactie\xE2\x80\x9D.", \
      "Only this candidate gets a new time (an interview of their own); the others keep their appointment. The answer goes back to \xE2\x80\x9CNo answer yet\xE2\x80\x9D.") \
    /* candidate page */                                                                                               \
    X(application_cv, "Sollicitatie & cv", "Application & CV")                                                         \
    X(contact, "Contactgegevens", "Contact details")                                                                   \
    X(applications, "Sollicitaties", "Applications")                                                                   \
    X(no_applications, "Geen sollicitaties.", "No applications.")                                                      \
    X(invitations, "Uitnodigingen", "Invitations")                                                                     \
    X(no_invitations, "Nog niet uitgenodigd voor een interview.", "Not invited to an interview yet.")                  \
    X(edit_appointment_invitation, "Uitnodiging voor afspraak bewerken", "Edit appointment invitation")                \
    X(history, "Geschiedenis van de reactie", "History of the answer")                                                 \
    X(history_empty, "Nog geen reactie.", "No answer yet.")                                                            \
    X(history_withdrew, "(sollicitatie ingetrokken)", "(withdrew the application)")                                    \
    X(history_rescheduled, "(interview verplaatst: opnieuw gevraagd)", "(interview moved: asked again)")               \
    X(col_answer, "Reactie", "Answer")                                                                                 \
    X(col_by, "Door", "By")                                                                                            \
    X(by_candidate, "kandidaat", "candidate")                                                                          \
    X(by_recruiter, "recruiter", "recruiter")                                                                          \
    X(withdrawn_final, "Ingetrokken: de reactie ligt vast.", "Withdrawn: the answer is final.")                        \
    X(templates_admins_only, "Alleen een beheerder kan de gedeelde sjablonen wijzigen.", "Only an admin can change the shared templates.") \
    X(toast_answer_saved, "De reactie is opgeslagen.", "The answer has been saved.")                                   \
    /* %s = the answer now, %s = the choice that was not saved */                                                    \
    X(answer_changed_by_candidate,                                                                                     \
      "De kandidaat heeft intussen gereageerd: \xE2\x80\x9C%s\xE2\x80\x9D. Uw keuze \xE2\x80\x9C%s\xE2\x80\x9D is niet "  \
      "opgeslagen; controleer de reactie en sla opnieuw op als dat nog nodig is.",                                      \
      "The candidate answered meanwhile: \xE2\x80\x9C%s\xE2\x80\x9D. Your choice \xE2\x80\x9C%s\xE2\x80\x9D was not "        \
      "saved; check the answer and save again if it is still needed.")                                                  \
    X(answer_changed_by_colleague,                                                                                     \
      "De reactie is intussen door een collega gewijzigd in \xE2\x80\x9C%s\xE2\x80\x9D. Uw keuze \xE2\x80\x9C%s\xE2\x80\x9D " \
      "is niet opgeslagen; controleer de reactie en sla opnieuw op als dat nog nodig is.",                              \
      "A colleague changed the answer meanwhile to \xE2\x80\x9C%s\xE2\x80\x9D. Your choice \xE2\x80\x9C%s\xE2\x80\x9D "       \
      "was not saved; check the answer and save again if it is still needed.")                                          \
    /* templates */                                                                                                    \
    X(templates_empty, "Er zijn nog geen sjablonen.", "There are no templates yet.")                                   \
    X(templates_pick, "Kies links een sjabloon.", "Choose a template on the left.")                                    \
    X(templates_no_variant, "Deze taal heeft nog geen tekst; kandidaten krijgen dan de standaardtaal.",                \
      "This language has no text yet; its candidates get the default language.")                                       \
    X(templates_unknown_tags, "Onbekende tag:", "Unknown tag:")                                                        \
    X(templates_saved, "De sjablonen zijn opgeslagen.", "The templates have been saved.")                              \
    X(tags, "Tags", "Tags")                                                                                            \
    X(tags_hint, "Klik om in te voegen op de cursorpositie.", "Click to insert at the cursor.")                        \
    X(discard_changes, "Wijzigingen weggooien", "Discard changes")                                                     \
    X(unsaved_changes, "Niet opgeslagen wijzigingen", "Unsaved changes")                                               \
    /* messages */                                                                                                     \
    X(messages_intro, "Elke e-mail en sms: in de wachtrij, verstuurd of mislukt (met de reden).",                      \
      "Every e-mail and SMS: queued, sent or failed (with the reason).")                                               \
    X(messages_filter_hint, "Zoek op ontvanger, onderwerp of fout", "Search by recipient, subject or error")            \
    X(all_states, "Alle statussen", "All states")                                                                      \
    X(messages_empty, "Nog geen berichten verstuurd.", "No messages sent yet.")                                        \
    X(col_message, "Bericht", "Message")                                                                               \
    X(col_recipient, "Ontvanger", "Recipient")                                                                         \
    X(col_state, "Status", "State")                                                                                    \
    X(col_attempts, "Pogingen", "Attempts")                                                                            \
    X(col_last_error, "Laatste fout", "Last error")                                                                    \
    /* the app as a web page: leaving a half-finished invitation, the collapsed top bar, link addresses */            \
    X(leave_title, "Uitnodiging nog niet verzonden", "Invitation not sent yet")                                        \
    X(leave_text, "U bent een uitnodiging aan het maken die nog niet is verzonden. Wilt u deze pagina verlaten? "      \
      "Wat u hebt ingevuld blijft bewaard zolang dit tabblad openstaat.",                                              \
      "You are writing an invitation that has not been sent. Leave this page? What you entered is kept for as long "  \
      "as this tab stays open.")                                                                                       \
    X(leave_stay, "Terug naar de uitnodiging", "Back to the invitation")                                               \
    X(leave_go, "Pagina verlaten", "Leave the page")                                                                   \
    X(menu, "Menu", "Menu")                                                                                            \
    X(language, "Taal", "Language")                                                                                    \
    /* the views recruiters expect (issue 10): calendar, search, message detail, notes and activity */                 \
    X(nav_calendar, "Agenda", "Calendar")                                                                              \
    X(close, "Sluiten", "Close")                                                                                       \
    X(calendar_intro, "Interviews per week of dag, in Nederlandse tijd. Klik op een interview voor de details.", "Interviews by week or day, in Amsterdam time. Click an interview for its details.")\
    X(calendar_today, "Vandaag", "Today")                                                                              \
    X(calendar_week, "Week", "Week")                                                                                   \
    X(calendar_day, "Dag", "Day")                                                                                      \
    X(calendar_prev_week, "Vorige week", "Previous week")                                                              \
    X(calendar_next_week, "Volgende week", "Next week")                                                                \
    X(calendar_prev_day, "Vorige dag", "Previous day")                                                                 \
    X(calendar_next_day, "Volgende dag", "Next day")                                                                   \
    X(calendar_open_day, "Deze dag openen", "Open this day")                                                           \
    X(calendar_none_week, "Geen interviews deze week.", "No interviews this week.")                                    \
    X(calendar_none_day, "Geen interviews op deze dag.", "No interviews on this day.")                                 \
    X(calendar_invited_by, "Uitgenodigd door", "Invited by")                                                           \
    X(calendar_attendees, "Aanwezig van het team:", "Attending from the team:")                                        \
    X(calendar_open_in_interviews, "Tonen bij Interviews", "Show under Interviews")                                    \
    X(search_hint, "Kandidaat zoeken\xE2\x80\xA6", "Search candidates\xE2\x80\xA6")                                    \
    X(search_no_hits, "Geen kandidaten gevonden.", "No candidates found.")                                             \
    X(search_more, "Meer kandidaten gevonden; typ verder om te verfijnen.", "More candidates match; keep typing to narrow it down.")\
    X(message_open_hint, "Openen om het bericht te lezen zoals het is verstuurd", "Open to read the message as it was sent")\
    X(message_from, "Van", "From")                                                                                     \
    X(message_to, "Aan", "To")                                                                                         \
    X(message_reply_to, "Antwoord naar", "Reply to")                                                                   \
    X(message_when, "Wanneer", "When")                                                                                 \
    X(message_sent_at, "verstuurd op %s", "sent on %s")                                                                \
    X(message_due_at, "gepland voor %s", "due on %s")                                                                  \
    X(message_attempts_one, "1 poging", "1 attempt")                                                                   \
    X(message_attempts_many, "%d pogingen", "%d attempts")                                                             \
    X(message_resent_by, "Opnieuw verstuurd op %s door %s (was: %s)", "Resent on %s by %s (was: %s)")                  \
    X(message_resend_reason, "Reden (optioneel), bijv. adres gecorrigeerd", "Reason (optional), e.g. address corrected")\
    X(message_resend, "Opnieuw versturen", "Resend")                                                                   \
    X(message_resend_hint, "Hetzelfde bericht gaat opnieuw de wachtrij in; er komt geen tweede bij.", "The same message goes back into the queue; no second one is added.")\
    X(message_not_resendable, "Dit bericht kan niet opnieuw worden verstuurd: het interview is voorbij, geannuleerd of verzet, of de kandidaat heeft afgezegd.", "This message cannot be resent: the interview is over, cancelled or moved, or the candidate declined.")\
    X(message_tab_text, "Tekst", "Text")                                                                               \
    X(message_tab_sms, "Sms", "SMS")                                                                                   \
    X(message_tab_html, "HTML (als tekst)", "HTML (as text)")                                                          \
    X(message_tab_ics, "Agenda-uitnodiging (.ics)", "Calendar invite (.ics)")                                          \
    X(message_ics_changed, "Het interview is na dit bericht verzet; deze uitnodiging toont de huidige tijd, het verstuurde bestand had de eerdere.", "The interview was moved after this message; this invite shows the current time, the file that was sent had the earlier one.")\
    X(toast_message_resent, "Het bericht staat opnieuw in de wachtrij.", "The message is queued again.")               \
    X(notes_title, "Notities van het team", "Notes by the team")                                                       \
    X(notes_add, "Notitie toevoegen", "Add note")                                                                      \
    X(notes_none, "Nog geen notities.", "No notes yet.")                                                               \
    X(toast_note_added, "De notitie is toegevoegd.", "The note has been added.")                                       \
    X(activity_title, "Activiteit", "Activity")                                                                        \
    X(activity_empty, "Nog geen activiteit.", "No activity yet.")                                                      \
    X(activity_invited, "Uitgenodigd: %s op %s", "Invited: %s on %s")                                                  \
    X(activity_answered, "Reactie:", "Answered:")                                                                      \
    X(activity_message_sent, "%s verstuurd", "%s sent")                                                                \
    X(activity_message_failed, "%s mislukt", "%s failed")                                                              \
    X(activity_message_resent, "%s opnieuw verstuurd", "%s resent")                                                    \
    X(activity_status, "Status:", "Status:")                                                                           \
    X(activity_note, "Notitie", "Note")                                                                                \
    KANDIDAAT_UI_STRINGS_INTAKE(X)

enum class Str {
#define KANDIDAAT_UI_STRING_ID(id, nl, en) id,
    KANDIDAAT_UI_STRINGS(KANDIDAAT_UI_STRING_ID)
#undef KANDIDAAT_UI_STRING_ID
};

// The text of `s` in the UI language (nl or en; de reads en). Never fails.
const char* tr(Lang lang, Str s);
// `one` for n == 1, else `many` formatted with n ("%d reminders scheduled"). Never fails.
std::string plural(Lang lang, int n, Str one, Str many);

}  // namespace kandidaat::web
