// Inviting candidates: preview (B2) and create (F5-F7, C, R) — the domain rules applied to stored data, and one
// transaction that writes the interview, the invitations, their outbox messages and the application statuses.
#pragma once

#include <kandidaat/api.hpp>

#include "services.hpp"

namespace kandidaat::flows {

// What POST /api/invitations/preview returns: each candidate's rendered messages and the warnings. The links in
// it are placeholders (<public-url>/c/preview-link); everything else is what invite writes.
// @throw ApiError: 404 "unknown_vacancy"; 403 "sms_not_allowed" (R4); 422 with the first bad field; 409
// "application_withdrawn".
PreviewResponse render_preview(Services& s, const User& sender, const InvitationRequest& request,
                                   const std::string& ui_lang);

// Writes everything in one transaction, or nothing: the interview (sequence 0), one invitation per candidate
// (token hash + nonce), the invitation e-mail (unless action no_email, R2), the reminder e-mail/SMS rows due at
// reminder_send_at (R6; no SMS row without a mobile number, R9), and each application's status after the
// invitation (F7). @throw ApiError as render_preview.
CreateInvitationResponse invite(Services& s, const User& sender, const InvitationRequest& request);

}  // namespace kandidaat::flows
