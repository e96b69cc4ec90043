// Composing an invitation's messages per candidate: what the preview shows and what the server sends (B2, C, R).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kandidaat/api.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"
#include "kandidaat/template_render.hpp"

namespace kandidaat {

// Everything outside the request that the messages draw on.
struct ComposeInput {
    Vacancy vacancy;
    std::vector<Candidate> candidates;  // in request order
    std::vector<User> attendees;        // the users of request.interview.attendee_ids
    User sender;                        // the recruiter: {recruitername}
    std::string company_name;
    std::string default_lang = "nl";
    std::string ui_lang = "nl";         // the recruiter's UI language: preview warnings
    int64_t now = 0;                    // UTC, for the short-notice warning and the reminder's moment (0: unknown)
};

// Issue 10: an interview that starts within this many seconds of `now` is "short notice" in the preview.
inline constexpr int64_t short_notice_seconds = 24 * 3600;

// The messages of one candidate.
struct CandidateMessages {
    int64_t candidate_id = 0;
    std::string lang;                            // the variant used (choose_language)
    std::optional<RenderedEmail> invitation;     // with action send_email
    std::optional<RenderedEmail> reminder_email; // when the channel includes e-mail
    std::optional<std::string> reminder_sms;     // when the channel includes SMS and they have a mobile number
};

// Who a candidate's messages come from (F6, B5). The SMS sender id: the company name's ASCII letters and digits,
// at most 11 ("Acme Zorg B.V." -> "AcmeZorgBV"), "Kandidaat" when none is left. Never fails.
std::string sms_sender_id(std::string_view company_name);
// Whether `address` is on an admin's allow-list of senders (S17: one entry a line, an address or "@domain" for a
// whole domain; case does not matter). Never fails.
bool is_allowed_sender(std::string_view allow_list, std::string_view address);
// "Anna de Vries <anna@acme.example>": a user as a mailbox. Never fails.
std::string mailbox_of(const User& user);
// The invitation's From: the sender the recruiter chose, or the recruiter themselves. Never fails.
std::string invitation_from(const EmailInput& email, const User& recruiter);

// The render context of one candidate for `request` in language `lang`. Never fails.
RenderContext make_render_context(const InvitationRequest& request, const Candidate& candidate,
                                  const ComposeInput& input, std::string_view lang, std::string confirm_link);

// The language of one candidate's invitation (C5): theirs when the texts cover it, else the company's default.
std::string invitation_language(const InvitationRequest& request, const Candidate& candidate, const ComposeInput& input);

// One candidate's messages (C1, C2, C5, R2, R3, R8, R9). `confirm_link` is that candidate's URL (a placeholder
// such as "https://host/c/preview" in the preview). Fails with "unknown_tag" (field "email.content.nl" etc.).
Result<CandidateMessages> compose_candidate_messages(const InvitationRequest& request, const Candidate& candidate,
                                                     const ComposeInput& input, const std::string& confirm_link);

// B2: the preview of every candidate plus warnings (R9's missing mobile numbers, no link anywhere for the
// candidate to answer). `confirm_link_for(candidate)` gives the link to show. Fails like compose_candidate_messages.
Result<PreviewResponse> build_preview(const InvitationRequest& request, const ComposeInput& input,
                                      const std::function<std::string(const Candidate&)>& confirm_link_for);

}  // namespace kandidaat
