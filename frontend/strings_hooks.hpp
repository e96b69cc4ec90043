// Issue 11's UI words (My settings, the calendar feed, webhooks, answer toasts, link provenance), part of the one
// string table in strings.hpp: X(id, Dutch, English).
#pragma once

#define KANDIDAAT_UI_STRINGS_HOOKS(X)                                                                                  \
    X(nav_my_settings, "Mijn instellingen", "My settings")                                                             \
    X(my_settings_intro, "Alleen voor jou: de taal van je e-mails, meldingen en je agenda-abonnement.",                \
      "Just for you: the language of your e-mails, notifications and your calendar subscription.")                    \
    X(my_language, "Taal van mijn e-mails", "Language of my e-mails")                                                  \
    X(my_language_company, "Die van het bedrijf", "The company's")                                                     \
    X(my_notify_answers, "Mail me als een kandidaat van mijn interviews antwoordt",                                    \
      "E-mail me when a candidate of my interviews answers")                                                           \
    X(my_settings_saved, "Je instellingen zijn opgeslagen.", "Your settings have been saved.")                         \
    X(calendar_feed_title, "Agenda-abonnement", "Calendar subscription")                                               \
    X(calendar_feed_help, "Abonneer je in Outlook, Google Agenda of Apple Agenda op deze privé-link: je interviews "    \
      "verschijnen daar met de kandidaten en hun antwoorden. Deel hem met niemand.",                                   \
      "Subscribe to this private link in Outlook, Google Calendar or Apple Calendar: your interviews show there "     \
      "with the candidates and their answers. Share it with no one.")                                                   \
    X(copy, "Kopi\xC3\xABren", "Copy")                                                                                 \
    X(copied, "Gekopieerd.", "Copied.")                                                                                \
    X(calendar_feed_rotate, "Nieuwe link (de oude werkt niet meer)", "New link (the old one stops working)")           \
    X(calendar_feed_rotated, "Je hebt een nieuwe agenda-link; de oude werkt niet meer.",                               \
      "You have a new calendar link; the old one no longer works.")                                                    \
    X(nav_webhooks, "Webhooks", "Webhooks")                                                                            \
    X(webhooks_intro, "Andere systemen horen elk antwoord, elke intrekking en statuswijziging: Kandidaat stuurt een "  \
      "ondertekend JSON-bericht (X-Kandidaat-Signature) naar deze adressen.",                                          \
      "Other systems hear every answer, withdrawal and status change: Kandidaat POSTs a signed JSON event "           \
      "(X-Kandidaat-Signature) to these addresses.")                                                                   \
    X(webhooks_none, "Nog geen webhooks.", "No webhooks yet.")                                                         \
    X(webhook_url, "URL", "URL")                                                                                       \
    X(webhook_secret, "Geheim (16-200 tekens)", "Secret (16-200 characters)")                                          \
    X(webhook_events, "Gebeurtenissen", "Events")                                                                      \
    X(webhook_all_events, "alle", "all")                                                                               \
    X(webhook_add, "Webhook toevoegen", "Add webhook")                                                                 \
    X(webhook_added, "De webhook is toegevoegd.", "The webhook has been added.")                                       \
    X(webhook_delete, "Verwijderen", "Delete")                                                                         \
    X(webhook_deleted, "De webhook is verwijderd.", "The webhook has been deleted.")                                   \
    X(webhook_test, "Testbericht sturen", "Send test event")                                                           \
    X(webhook_test_queued, "Het testbericht is onderweg.", "The test event is on its way.")                            \
    X(webhook_log, "Afleverlog", "Delivery log")                                                                       \
    X(webhook_log_empty, "Nog niets verstuurd.", "Nothing sent yet.")                                                  \
    X(webhook_counts, "%d afgeleverd, %d mislukt, %d in wachtrij", "%d delivered, %d failed, %d queued")               \
    X(col_event, "Gebeurtenis", "Event")                                                                               \
    X(col_error, "Laatste fout", "Last error")                                                                         \
    X(col_time, "Tijd", "Time")                                                                                        \
    X(toast_answer, "%s: %s", "%s: %s")                                                                                \
    X(toast_withdrew, "%s heeft de sollicitatie ingetrokken.", "%s withdrew the application.")                         \
    X(opens_never, "link nog niet geopend", "link not opened yet")                                                    \
    X(opens_count, "%d\xC3\x97 geopend", "opened %d\xC3\x97")                                                          \
    X(opens_scanners, "%d waarschijnlijk een mailscanner", "%d likely a mail scanner")                                 \
    X(opens_after, "%s s na verzending", "%s s after sending")                                                         \
    X(opens_agent, "herkende scanner", "known scanner")                                                                \
    X(opens_help, "Mailscanners van bedrijven openen links om ze te controleren; dat is geen antwoord van de "        \
      "kandidaat.", "Company mail scanners open links to check them; that is not the candidate's answer.")
