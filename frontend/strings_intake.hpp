// Issue 16's UI words (vacancies, candidates, CSV import, status after the interview, privacy), part of the one
// string table in strings.hpp: X(id, Dutch, English).
#pragma once

#define KANDIDAAT_UI_STRINGS_INTAKE(X)                                                                                 \
    /* vacancies */                                                                                                    \
    X(new_vacancy, "Nieuwe vacature", "New vacancy")                                                                   \
    X(edit_vacancy, "Vacature bewerken", "Edit vacancy")                                                               \
    X(vacancy_title_label, "Functietitel", "Job title")                                                                \
    X(vacancy_department_label, "Afdeling", "Department")                                                              \
    X(vacancy_location_label, "Locatie", "Location")                                                                   \
    X(vacancy_filter_open, "Open vacatures", "Open vacancies")                                                         \
    X(vacancy_filter_closed, "Gesloten vacatures", "Closed vacancies")                                                 \
    X(vacancy_filter_all, "Alle vacatures", "All vacancies")                                                           \
    X(vacancy_closed, "Gesloten", "Closed")                                                                            \
    X(vacancy_open, "Open", "Open")                                                                                    \
    X(close_vacancy, "Vacature sluiten", "Close vacancy")                                                              \
    X(reopen_vacancy, "Vacature heropenen", "Reopen vacancy")                                                          \
    X(vacancy_saved, "De vacature is opgeslagen.", "The vacancy has been saved.")                                      \
    X(vacancy_closed_note, "Deze vacature is gesloten: er komen geen kandidaten meer bij.",                            \
      "This vacancy is closed: no candidates can be added.")                                                           \
    X(col_department, "Afdeling", "Department")                                                                        \
    X(col_vacancy_status, "Status", "Status")                                                                          \
    X(create, "Aanmaken", "Create")                                                                                    \
    /* candidates */                                                                                                   \
    X(add_candidate, "Kandidaat toevoegen", "Add candidate")                                                           \
    X(edit_candidate, "Gegevens bewerken", "Edit details")                                                             \
    X(first_name, "Voornaam", "First name")                                                                            \
    X(last_name, "Achternaam", "Last name")                                                                            \
    X(mobile_hint, "bijv. 06-12345678", "e.g. 06-12345678")                                                            \
    X(cv_text, "Cv (tekst)", "CV (text)")                                                                              \
    X(cv_file, "Cv-bestand (PDF of DOCX, max. 10 MB)", "CV file (PDF or DOCX, at most 10 MB)")                         \
    X(choose_file, "Bestand kiezen\xE2\x80\xA6", "Choose a file\xE2\x80\xA6")                                          \
    X(no_file, "Geen bestand gekozen", "No file chosen")                                                               \
    X(download, "Downloaden", "Download")                                                                              \
    X(candidate_added, "De kandidaat is toegevoegd.", "The candidate has been added.")                                 \
    X(candidate_exists, "Deze kandidaat had al gesolliciteerd: er is niets dubbel aangemaakt.",                        \
      "This candidate had applied already: nothing was created twice.")                                                \
    X(candidate_saved, "De gegevens zijn opgeslagen.", "The details have been saved.")                                 \
    X(landline_note, "Vast nummer: wordt bewaard, maar krijgt geen sms.", "Landline: kept, but gets no SMS.")          \
    X(col_phone, "Telefoon", "Phone")                                                                                  \
    X(keep_until, "Bewaren tot (toestemming)", "Keep until (consent)")                                                 \
    X(keep_until_hint, "JJJJ-MM-DD, leeg = geen toestemming", "YYYY-MM-DD, empty = no consent")                        \
    X(keep_until_invalid, "Vul een datum in als JJJJ-MM-DD.", "Enter a date as YYYY-MM-DD.")                           \
    X(cv_section, "Cv", "CV")                                                                                          \
    X(no_cv, "Geen cv-tekst.", "No CV text.")                                                                          \
    /* import */                                                                                                       \
    X(import_csv, "CSV importeren", "Import CSV")                                                                      \
    X(import_intro, "Kies een CSV-bestand (Excel: Opslaan als CSV). Er wordt niets opgeslagen tot u op Importeren klikt.", \
      "Choose a CSV file (Excel: Save as CSV). Nothing is saved until you click Import.")                              \
    X(import_checking, "Bestand wordt gecontroleerd\xE2\x80\xA6", "Checking the file\xE2\x80\xA6")                     \
    X(import_importing, "Kandidaten worden ge\xC3\xAFmporteerd\xE2\x80\xA6", "Importing candidates\xE2\x80\xA6")       \
    X(import_detected, "Herkend", "Detected")                                                                          \
    X(import_delimiter, "Scheidingsteken", "Delimiter")                                                                \
    X(import_encoding, "Tekenset", "Encoding")                                                                         \
    X(import_rows, "Rijen", "Rows")                                                                                    \
    X(import_mapping, "Kolommen", "Columns")                                                                           \
    X(import_mapping_hint, "Klopt een kolom niet? Kies de juiste.", "A column wrong? Choose the right one.")           \
    X(import_no_column, "(geen)", "(none)")                                                                            \
    X(import_first_rows, "Eerste rijen", "First rows")                                                                 \
    X(import_problems, "Problemen (deze rijen worden overgeslagen)", "Problems (these rows are skipped)")              \
    X(import_no_problems, "Geen problemen gevonden.", "No problems found.")                                            \
    X(col_line, "Regel", "Line")                                                                                       \
    X(col_field, "Veld", "Field")                                                                                      \
    X(col_problem, "Probleem", "Problem")                                                                              \
    X(import_n, "%d kandidaten importeren", "Import %d candidates") /* count */                                        \
    X(import_one, "1 kandidaat importeren", "Import 1 candidate")                                                      \
    X(import_done, "%d sollicitaties toegevoegd.", "%d applications added.") /* count */                               \
    X(import_other_file, "Ander bestand", "Another file")                                                              \
    X(field_first_name, "voornaam", "first name")                                                                      \
    X(field_last_name, "achternaam", "last name")                                                                      \
    X(field_email, "e-mail", "e-mail")                                                                                 \
    X(field_mobile, "mobiel", "mobile")                                                                                \
    X(field_language, "taal", "language")                                                                              \
    X(field_cv_text, "cv", "CV")                                                                                       \
    X(tab, "tab", "tab")                                                                                               \
    /* status after the interview */                                                                                   \
    X(set_status, "Status wijzigen", "Change status")                                                                  \
    X(status_for_n, "Status van %d sollicitaties", "Status of %d applications") /* count */                           \
    X(new_status, "Nieuwe status", "New status")                                                                       \
    X(status_note, "Notitie (optioneel)", "Note (optional)")                                                           \
    X(send_rejection_email, "Afwijzingsmail sturen", "Send a rejection e-mail")                                        \
    X(rejection_template, "Sjabloon", "Template")                                                                      \
    X(rejection_preview, "Voorbeeld voor", "Preview for")                                                              \
    X(reopen_confirm, "Ja, de kandidaat trok zich terug; toch heropenen", "Yes, the candidate withdrew; reopen anyway") \
    X(reopen_warning, "Deze kandidaat heeft zich teruggetrokken. Een nieuwe status heropent de sollicitatie.",         \
      "This candidate withdrew. A new status reopens the application.")                                                \
    X(status_saved, "De status is gewijzigd.", "The status has been changed.")                                         \
    X(status_history, "Statusgeschiedenis", "Status history")                                                          \
    X(by_system, "Systeem", "System")                                                                                  \
    X(all_statuses, "Alle statussen", "All statuses")                                                                  \
    X(no_rejection_template, "Er is geen afwijzingssjabloon.", "There is no rejection template.")                      \
    /* privacy */                                                                                                      \
    X(privacy, "Privacy", "Privacy")                                                                                   \
    X(download_data, "Gegevens downloaden", "Download data")                                                           \
    X(erase_now, "Nu wissen", "Erase now")                                                                             \
    X(erase_confirm_text, "Alle persoonsgegevens van deze kandidaat worden gewist (naam, e-mail, telefoon, cv, berichten). " \
      "Statussen blijven bewaard voor rapportage. Dit kan niet ongedaan worden gemaakt.",                               \
      "All personal data of this candidate is erased (name, e-mail, phone, CV, messages). Statuses stay for "          \
      "reporting. This cannot be undone.")                                                                             \
    X(erase_yes, "Ja, definitief wissen", "Yes, erase for good")                                                       \
    X(erased, "Gewist", "Erased")                                                                                      \
    X(erase_due, "Wordt gewist op", "Will be erased on")                                                               \
    X(privacy_next, "Wordt binnenkort gewist", "To be erased next")                                                    \
    X(privacy_none, "Niemand staat op de lijst.", "Nobody is due.")                                                    \
    X(reason_vacancy_closed, "vacature gesloten", "vacancy closed")                                                    \
    X(reason_application_ended, "sollicitatie afgerond", "application ended")                                          \
    X(reason_consent_expired, "toestemming verloopt", "consent ends")                                                  \
    /* errors (Dutch; English keeps the server's sentence) */                                                          \
    X(err_candidate_email, "Vul een geldig e-mailadres in.", "Enter a valid e-mail address.")                          \
    X(err_invalid_phone, "Dit telefoonnummer is niet leesbaar (bijv. 06-12345678 of +32 470 12 34 56).",               \
      "This phone number cannot be read (e.g. 06-12345678 or +32 470 12 34 56).")                                     \
    X(err_missing_name, "Vul een voor- of achternaam in.", "Enter a first or last name.")                               \
    X(err_invalid_language, "De taal moet nl, en of de zijn.", "The language must be nl, en or de.")                   \
    X(err_duplicate_in_file, "Hetzelfde e-mailadres staat eerder in het bestand.", "The same e-mail address is earlier in the file.") \
    X(err_already_applied, "Heeft al gesolliciteerd op deze vacature.", "Has already applied to this vacancy.")       \
    X(err_missing_column, "Geen kolom gevonden voor dit veld; kies hem hierboven.", "No column found for this field; choose it above.") \
    X(err_unterminated_quote, "Een aanhalingsteken (\") wordt nergens gesloten.", "A quote (\") is never closed.")   \
    X(err_vacancy_closed, "Deze vacature is gesloten.", "This vacancy is closed.")                                     \
    X(err_application_withdrawn, "De kandidaat heeft zich teruggetrokken; bevestig om te heropenen.",                  \
      "The candidate withdrew; confirm to reopen.")                                                                    \
    X(err_email_taken, "Een andere kandidaat heeft dit e-mailadres al.", "Another candidate has this e-mail address.")
