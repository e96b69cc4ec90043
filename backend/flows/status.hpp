// The application's status after the interview (issue 16): Interviewed, Offer, Hired, Rejected — one at a time or
// for many checked rows — with an optional rejection e-mail through the outbox, and the history of every change.
#pragma once

#include <kandidaat/api.hpp>

#include "services.hpp"

namespace kandidaat::flows {

// Statuses a recruiter may set by hand.
bool settable_status(ApplicationStatus s);  // interviewed, offer, hired, rejected

// Sets `request.status` on every application in one transaction (all or none). Applications already in that
// status are left alone (no history entry). A withdrawn application is reopened only with confirm_reopen.
// With status rejected and a rejection_email (template_id, or subject/content per language), each changed
// application's candidate gets the e-mail in their language, queued in the outbox.
// @throw ApiError 422 "invalid_status", 404/422 unknown application or template, 409 "application_withdrawn",
// 422 "missing_field"/"unknown_tag" for the e-mail texts.
BulkStatusResponse change_status(Services& s, const User& by, const BulkStatusRequest& request);

}  // namespace kandidaat::flows
