// Events (issue 11): one function records what happened and queues its webhook deliveries, in the caller's
// transaction, so an answer and its events commit together and a dead receiver never holds a candidate up (the
// outbox's dispatcher delivers them later, with the same lease, retries and log as e-mail).
#pragma once

#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include <kandidaat/model.hpp>

#include "storage/storage.hpp"

namespace kandidaat::flows {

// Records the event (`type` from kandidaat::event_types; data's "interview_id"/"invitation_id", when present, link
// it to an interview for the app's toasts) and queues one delivery per active webhook that wants the type. The
// slots work calls it for "invitation.slot_chosen". Returns the event id. Call Services::messages_queued() after
// the transaction to deliver at once. @throw StorageError
int64_t emit_event(storage::Repo& r, std::string_view type, const nlohmann::json& data, int64_t now);

// "Send test event": a webhook.test event queued for this webhook only. Returns the delivery's outbox row id.
// @throw StorageError
int64_t emit_test_event(storage::Repo& r, const storage::WebhookTarget& w, int64_t by_user, int64_t now);

// Sets an application's status (Repo::set_application_status) and emits application.status_changed with the
// previous status; nothing when the status does not change. @throw StorageError
void change_application_status(storage::Repo& r, int64_t application_id, ApplicationStatus status, int64_t now,
                               const std::string& by, const std::string& note = {});
// The same for an application read in this transaction (a bulk invite has them all; no second read per row).
void change_application_status(storage::Repo& r, const Application& before, ApplicationStatus status, int64_t now,
                               const std::string& by, const std::string& note = {});

}  // namespace kandidaat::flows
