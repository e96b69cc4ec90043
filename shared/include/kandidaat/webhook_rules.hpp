// Webhooks and events (issue 11): the event types, what a registration must look like, which receivers get which
// event, the signed envelope, and which network addresses a receiver may not have (SSRF). No I/O: the backend
// resolves host names, signs (HMAC-SHA256, libsodium) and sends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kandidaat/result.hpp"

namespace kandidaat {

// Every event type, as its wire name. The slots work adds invitation.slot_chosen here.
inline constexpr std::string_view event_types[] = {
    "invitation.answered",         // a candidate accepted, declined or asked for a new appointment (or a recruiter
                                   // recorded an answer for them)
    "invitation.slot_chosen",      // a candidate took a time slot (issue 11's slots)
    "application.withdrawn",       // a candidate withdrew on the confirmation page
    "application.status_changed",  // interviewed, offer, hired, rejected … (who changed it is in data.by)
    "webhook.test",                // "Send test event": only to the webhook it was asked for
};
bool is_event_type(std::string_view type);

// POST /api/webhooks {url, secret, events?}.
struct WebhookRequest {
    std::string url;
    std::string secret;
    std::vector<std::string> events;  // empty = every type (webhook.test always reaches its own webhook)
};
// What the URL is made of (http/https, host, port, path), or an error on the field "url". Never fails.
struct UrlParts {
    std::string scheme;  // "http" or "https"
    std::string host;    // without brackets for an IPv6 literal
    int port = 0;
    std::string target;  // path and query, at least "/"
};
Result<UrlParts> parse_webhook_url(std::string_view url);
// Every problem with the request, each naming its field ("url", "secret", "events[1]"): an http(s) URL of at most
// 2000 characters without user info or fragment; a secret of 16–200 characters; known event types. Never fails.
std::vector<Error> validate_webhook_request(const WebhookRequest& r);

// "a,b" <-> ["a","b"] (how the webhooks table keeps the list).
std::string join_event_types(const std::vector<std::string>& types);
std::vector<std::string> split_event_types(std::string_view joined);
// Whether a webhook subscribed to `events` (empty = all) gets an event of `type`. webhook.test is sent only on
// request, never by subscription. Never fails.
bool webhook_wants(const std::vector<std::string>& events, std::string_view type);

// The delivery's body: {"id": "evt_<n>", "type", "created_at" (RFC 3339 UTC), "data"}. Never fails.
std::string event_envelope(int64_t event_id, std::string_view type, int64_t created_at, const nlohmann::json& data);
// What X-Kandidaat-Signature signs: timestamp + "." + raw body. Never fails.
std::string signature_payload(int64_t timestamp, std::string_view body);
// "sha256=" + lowercase hex of the 32 MAC bytes. Never fails.
std::string signature_header(std::string_view mac_bytes);

// SSRF: whether a numeric address (IPv4 dotted quad or IPv6 text) is one a webhook may not reach: loopback,
// private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), carrier-grade NAT
// (100.64/10), "this network" (0/8, ::), multicast and reserved (224/3), and IPv4-mapped forms of these. Text that
// is not an address counts as not allowed. Never fails.
bool is_forbidden_address(std::string_view address);

}  // namespace kandidaat
