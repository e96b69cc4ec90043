#include "kandidaat/webhook_rules.hpp"

#include "kandidaat/recruiter_words.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "kandidaat/civil_time.hpp"

namespace kandidaat {

bool is_event_type(std::string_view type) {
    return std::find(std::begin(event_types), std::end(event_types), type) != std::end(event_types);
}

namespace {
bool has_control(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}
}  // namespace

Result<UrlParts> parse_webhook_url(std::string_view url) {
    auto bad = [](Str words) { return make_error(ErrorCode::invalid_url, words, "url"); };
    if (url.empty()) return make_error(ErrorCode::missing_field, Str::err_webhook_url_needed, "url");
    if (url.size() > 2000) return bad(Str::err_webhook_url_too_long);
    if (has_control(url) || url.find(' ') != std::string_view::npos) return bad(Str::err_webhook_url_spaces);
    UrlParts p;
    const size_t colon = url.find("://");
    if (colon == std::string_view::npos) return bad(Str::err_webhook_url_scheme);
    p.scheme = lower(url.substr(0, colon));
    if (p.scheme != "http" && p.scheme != "https") return bad(Str::err_webhook_url_scheme);
    std::string_view rest = url.substr(colon + 3);
    if (rest.find('#') != std::string_view::npos) return bad(Str::err_webhook_url_fragment);
    const size_t slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    p.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
    if (!p.target.empty() && p.target[0] == '?') p.target = "/" + p.target;
    if (authority.find('@') != std::string_view::npos) return bad(Str::err_webhook_url_userinfo);
    std::string_view port_text;
    if (!authority.empty() && authority[0] == '[') {
        const size_t close = authority.find(']');
        if (close == std::string_view::npos) return bad(Str::err_webhook_url_host);
        p.host = std::string(authority.substr(1, close - 1));
        std::string_view after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after[0] != ':') return bad(Str::err_webhook_url_host);
            port_text = after.substr(1);
        }
    } else {
        const size_t c = authority.rfind(':');
        p.host = std::string(authority.substr(0, c));
        if (c != std::string_view::npos) port_text = authority.substr(c + 1);
    }
    p.host = lower(p.host);
    if (p.host.empty()) return bad(Str::err_webhook_url_no_host);
    for (char ch : p.host)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' || ch == ':'))
            return bad(Str::err_webhook_url_host_chars);
    p.port = p.scheme == "https" ? 443 : 80;
    if (!port_text.empty()) {
        int port = 0;
        for (char ch : port_text) {
            if (ch < '0' || ch > '9' || port > 65535) return bad(Str::err_webhook_url_port);
            port = port * 10 + (ch - '0');
        }
        if (port < 1 || port > 65535) return bad(Str::err_webhook_url_port);
        p.port = port;
    }
    return p;
}

std::vector<Error> validate_webhook_request(const WebhookRequest& r) {
    std::vector<Error> errors;
    if (auto u = parse_webhook_url(r.url); !u) errors.push_back(u.error());
    if (r.secret.empty())
        errors.push_back(make_error(ErrorCode::missing_field, Str::err_webhook_secret_needed, "secret"));
    else if (r.secret.size() < 16 || r.secret.size() > 200)
        errors.push_back(make_error(ErrorCode::invalid_value, Str::err_webhook_secret_length, "secret"));
    else if (has_control(r.secret))
        errors.push_back(make_error(ErrorCode::invalid_value, Str::err_webhook_secret_control, "secret"));
    for (size_t i = 0; i < r.events.size(); ++i)
        if (!is_event_type(r.events[i]) || r.events[i] == "webhook.test")
            errors.push_back(make_error(ErrorCode::invalid_value, Str::err_webhook_event_unknown,
                                        "events[" + std::to_string(i) + "]", {r.events[i]}));
    return errors;
}

std::string join_event_types(const std::vector<std::string>& types) {
    std::string out;
    for (const auto& t : types) {
        if (!out.empty()) out += ',';
        out += t;
    }
    return out;
}

std::vector<std::string> split_event_types(std::string_view joined) {
    std::vector<std::string> out;
    while (!joined.empty()) {
        const size_t comma = joined.find(',');
        std::string_view part = joined.substr(0, comma);
        if (!part.empty()) out.emplace_back(part);
        if (comma == std::string_view::npos) break;
        joined.remove_prefix(comma + 1);
    }
    return out;
}

bool webhook_wants(const std::vector<std::string>& events, std::string_view type) {
    if (type == "webhook.test" || !is_event_type(type)) return false;
    return events.empty() || std::find(events.begin(), events.end(), type) != events.end();
}

std::string event_envelope(int64_t event_id, std::string_view type, int64_t created_at, const nlohmann::json& data) {
    const LocalDateTime t = civil_from_utc(created_at);
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.date.year, t.date.month, t.date.day,
                  t.time.hour, t.time.minute, t.second);
    nlohmann::json j;
    j["id"] = "evt_" + std::to_string(event_id);
    j["type"] = std::string(type);
    j["created_at"] = stamp;
    j["data"] = data.is_null() ? nlohmann::json::object() : data;
    return j.dump();
}

std::string signature_payload(int64_t timestamp, std::string_view body) {
    std::string out = std::to_string(timestamp);
    out += '.';
    out += body;
    return out;
}

std::string signature_header(std::string_view mac_bytes) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "sha256=";
    for (unsigned char c : mac_bytes) {
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return out;
}

namespace {

std::optional<std::array<int, 4>> parse_ipv4(std::string_view s) {
    std::array<int, 4> b{};
    int part = 0, value = -1;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '.') {
            if (value < 0 || part > 3) return std::nullopt;
            b[static_cast<size_t>(part++)] = value;
            value = -1;
        } else if (s[i] >= '0' && s[i] <= '9') {
            value = (value < 0 ? 0 : value * 10) + (s[i] - '0');
            if (value > 255) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (part != 4) return std::nullopt;
    return b;
}

bool forbidden_v4(const std::array<int, 4>& b) {
    return b[0] == 0 || b[0] == 10 || b[0] == 127 || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||
           (b[0] == 169 && b[1] == 254) || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||
           (b[0] == 192 && b[1] == 168) || (b[0] == 192 && b[1] == 0 && b[2] == 0) ||
           (b[0] == 198 && (b[1] == 18 || b[1] == 19)) || b[0] >= 224;
}

// 16 bytes of an IPv6 text ("::1", "fe80::1", "::ffff:127.0.0.1"), or nullopt.
std::optional<std::array<int, 16>> parse_ipv6(std::string_view s) {
    if (const size_t pct = s.find('%'); pct != std::string_view::npos) s = s.substr(0, pct);  // zone id
    std::vector<int> head, tail;
    bool gap = false;
    std::vector<int>* out = &head;
    size_t i = 0;
    if (s.starts_with("::")) {
        gap = true;
        out = &tail;
        i = 2;
    }
    while (i < s.size()) {
        const size_t end = std::min(s.find(':', i), s.size());
        std::string_view group = s.substr(i, end - i);
        if (group.find('.') != std::string_view::npos) {  // embedded IPv4 at the end
            auto v4 = parse_ipv4(s.substr(i));
            if (!v4) return std::nullopt;
            out->push_back(((*v4)[0] << 8) | (*v4)[1]);
            out->push_back(((*v4)[2] << 8) | (*v4)[3]);
            i = s.size();
            break;
        }
        if (group.empty() || group.size() > 4) return std::nullopt;
        int v = 0;
        for (char c : group) {
            const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return std::nullopt;
            v = v * 16 + d;
        }
        out->push_back(v);
        i = end;
        if (i < s.size()) {
            if (s.substr(i, 2) == "::") {
                if (gap) return std::nullopt;
                gap = true;
                out = &tail;
                i += 2;
            } else {
                ++i;
                if (i == s.size()) return std::nullopt;
            }
        }
    }
    const size_t groups = head.size() + tail.size();
    if ((gap && groups > 7) || (!gap && groups != 8)) return std::nullopt;
    std::array<int, 16> b{};
    std::vector<int> all = head;
    all.resize(8 - tail.size(), 0);
    all.insert(all.end(), tail.begin(), tail.end());
    for (size_t g = 0; g < 8; ++g) {
        b[2 * g] = all[g] >> 8;
        b[2 * g + 1] = all[g] & 0xff;
    }
    return b;
}

}  // namespace

bool is_forbidden_address(std::string_view address) {
    if (auto v4 = parse_ipv4(address)) return forbidden_v4(*v4);
    auto v6 = parse_ipv6(address);
    if (!v6) return true;
    const auto& b = *v6;
    bool zero_prefix = true;  // the first 10 bytes are zero: ::, ::1, ::ffff:a.b.c.d, ::a.b.c.d
    for (int i = 0; i < 10; ++i) zero_prefix = zero_prefix && b[static_cast<size_t>(i)] == 0;
    if (zero_prefix && ((b[10] == 0xff && b[11] == 0xff) || (b[10] == 0 && b[11] == 0)))
        return forbidden_v4({b[12], b[13], b[14], b[15]});
    if ((b[0] & 0xfe) == 0xfc) return true;                    // fc00::/7 unique local
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return true;    // fe80::/10 link-local
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return true;    // fec0::/10 site-local (deprecated)
    if (b[0] == 0xff) return true;                             // multicast
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return true;  // 2001:db8::/32 documentation
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)               // 64:ff9b::/96 NAT64
        return forbidden_v4({b[12], b[13], b[14], b[15]});
    return false;
}

}  // namespace kandidaat
