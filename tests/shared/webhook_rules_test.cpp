// Issue 11: webhooks — the registration rules, who gets which event, the signed envelope, and the SSRF address rule.
#include <doctest/doctest.h>

#include "kandidaat/webhook_rules.hpp"

using namespace kandidaat;

TEST_SUITE("issue 11 webhooks") {

TEST_CASE("issue 11 a webhook needs an http(s) URL, a secret of 16-200 characters and known event types") {
    WebhookRequest ok{"https://hooks.example.com/kandidaat?team=1", "0123456789abcdef", {"invitation.answered"}};
    CHECK(validate_webhook_request(ok).empty());
    auto first_field = [](WebhookRequest r) {
        const auto e = validate_webhook_request(r);
        return e.empty() ? std::string("-") : e.front().field;
    };
    WebhookRequest r = ok;
    r.url = "ftp://example.com/";
    CHECK(first_field(r) == "url");
    r.url = "https://user:pw@example.com/";
    CHECK(first_field(r) == "url");
    r.url = "https://example.com/#frag";
    CHECK(first_field(r) == "url");
    r.url = "https://example.com:99999/";
    CHECK(first_field(r) == "url");
    r = ok;
    r.secret = "short";
    CHECK(first_field(r) == "secret");
    r = ok;
    r.events = {"invitation.answered", "candidate.hired"};
    CHECK(first_field(r) == "events[1]");
    r.events = {"webhook.test"};
    CHECK(first_field(r) == "events[0]");  // sent on request only
}

TEST_CASE("issue 11 the URL's parts: scheme, host (IPv6 unbracketed), default and explicit ports, target") {
    auto p = parse_webhook_url("HTTPS://Hooks.Example.com/a?b=1");
    REQUIRE(p);
    CHECK(p->scheme == "https");
    CHECK(p->host == "hooks.example.com");
    CHECK(p->port == 443);
    CHECK(p->target == "/a?b=1");
    p = parse_webhook_url("http://[::1]:8080");
    REQUIRE(p);
    CHECK(p->host == "::1");
    CHECK(p->port == 8080);
    CHECK(p->target == "/");
}

TEST_CASE("issue 11 a webhook gets the types it subscribed to (none listed: all), never webhook.test") {
    CHECK(webhook_wants({}, "invitation.answered"));
    CHECK(webhook_wants({}, "application.status_changed"));
    CHECK_FALSE(webhook_wants({}, "webhook.test"));
    CHECK_FALSE(webhook_wants({}, "no.such.event"));
    CHECK(webhook_wants({"application.withdrawn"}, "application.withdrawn"));
    CHECK_FALSE(webhook_wants({"application.withdrawn"}, "invitation.answered"));
    CHECK(split_event_types(join_event_types({"a.b", "c.d"})) == std::vector<std::string>{"a.b", "c.d"});
    CHECK(split_event_types("").empty());
}

TEST_CASE("issue 11 the envelope is {id, type, created_at, data} and the signature signs timestamp.body") {
    const std::string body = event_envelope(42, "invitation.answered", 1796000000, {{"answer", "accepted"}});
    const auto j = nlohmann::json::parse(body);
    CHECK(j["id"] == "evt_42");
    CHECK(j["type"] == "invitation.answered");
    CHECK(j["created_at"] == "2026-11-30T00:53:20Z");
    CHECK(j["data"]["answer"] == "accepted");
    CHECK(j.size() == 4);
    CHECK(signature_payload(1796000000, "{}") == "1796000000.{}");
    CHECK(signature_header(std::string("\x00\xff\x10", 3)) == "sha256=00ff10");
}

TEST_CASE("issue 11 SSRF: loopback, private, link-local and reserved addresses are refused, public ones not") {
    for (const char* a : {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                          "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::",
                          "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "ff02::1",
                          "not an address", "", "1.2.3", "256.1.1.1"}) {
        CAPTURE(a);
        CHECK(is_forbidden_address(a));
    }
    for (const char* a : {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
                          "2a00:1450:4001:82a::200e", "::ffff:8.8.8.8"}) {
        CAPTURE(a);
        CHECK_FALSE(is_forbidden_address(a));
    }
}

}
