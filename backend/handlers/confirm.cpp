// Handlers: the candidates' confirmation page. GET only shows (P8); POST records an answer (P3-P6, P10).
#include "handlers/handlers.hpp"

#include <kandidaat/answer_rules.hpp>

#include "accounts.hpp"
#include "crypto.hpp"
#include "flows/interview_flow.hpp"
#include "pages/confirm_form.hpp"
#include "pages/confirm_page.hpp"

namespace kandidaat::handlers {

namespace {

enum class PageState { open, withdrawn, cancelled, expired };

struct Loaded {
    pages::ConfirmPageData data;
    PageState state = PageState::open;
    int64_t invitation_id = 0;
};

// Issue 11, link provenance: every GET, HEAD and POST on a real link, with its time and user agent.
void record_open(Services& s, const Req& req, const Loaded& l) {
    s.storage.write([&](storage::Repo& r) {
        r.record_link_open(l.invitation_id, s.now(), req.method, req.get_header_value("User-Agent"));
    });
}

// The invitation behind a token, as the page shows it; nullopt for an unknown token.
std::optional<Loaded> load(Services& s, const std::string& token) {
    const std::string hash = crypto::sha256_hex(token);
    return s.storage.read([&](storage::Repo& r) -> std::optional<Loaded> {
        auto rec = r.invitation_by_token_hash(hash);
        if (!rec) return std::nullopt;
        auto iv = r.interview_by_id(rec->invitation.interview_id);
        auto c = r.candidate_by_id(rec->invitation.candidate_id);
        if (!iv || !c) return std::nullopt;
        Loaded out;
        out.invitation_id = rec->invitation.id;
        auto& d = out.data;
        d.token = token;
        d.candidate = *c;
        d.lang = lang_or(c->language, lang_or(rec->language, Lang::nl));
        d.company_name = r.company_settings().company_name;
        if (auto v = r.vacancy_by_id(iv->vacancy_id)) d.vacancy_title = v->title;
        for (const auto& u : r.users_by_ids(iv->attendee_ids)) d.attendee_names.push_back(display_name(u));
        if (auto u = r.user_by_id(iv->created_by)) {
            d.recruiter_name = display_name(*u);
            d.recruiter_email = u->email;
        }
        d.interview = *iv;
        d.answer = rec->invitation.answer;
        ApplicationStatus app = ApplicationStatus::invited;
        if (rec->application_id)
            if (auto a = r.application_by_id(rec->application_id)) app = a->status;
        d.withdrawn = has_withdrawn(rec->invitation) || app == ApplicationStatus::withdrawn;
        if (d.withdrawn) out.state = PageState::withdrawn;
        else if (iv->status == InterviewStatus::cancelled) out.state = PageState::cancelled;
        else if (s.now() >= interview_start_utc(iv->slot)) out.state = PageState::expired;
        return out;
    });
}

void send_page(Res& res, int status, std::string html) {
    res.status = status;
    // The token is in the URL: never cache, never leak it through a Referer, never frame or run scripts.
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; "
                   "base-uri 'none'");
    res.set_content(std::move(html), "text/html; charset=utf-8");
}

// The state pages shared by GET and POST.
bool send_closed_state(Res& res, const Loaded& l) {
    switch (l.state) {
        case PageState::withdrawn: send_page(res, 200, pages::withdrawn_page(l.data)); return true;
        case PageState::cancelled: send_page(res, 410, pages::cancelled_page(l.data)); return true;
        case PageState::expired: send_page(res, 410, pages::expired_page(l.data)); return true;
        case PageState::open: return false;
    }
    return false;
}

constexpr int kMissWindow = 15 * 60;  // seconds (S22)

// An unknown token: counted per client address (counted and checked in one write transaction, so parallel
// guesses cannot slip past); the friendly 404 while under Config::confirm_misses_per_address in 15 minutes, then
// 429 with Retry-After. A real token is never counted and always served, so nobody's own link is locked out.
void send_unknown_link(Services& s, const Req& req, Res& res) {
    const Lang lang = pages::lang_from_accept_language(req.get_header_value("Accept-Language"));
    const std::string address = client_address(s, req);
    const int64_t now = s.now();
    const bool counted = s.storage.write([&](storage::Repo& r) {
        return r.add_confirm_miss_within(address, now - kMissWindow, s.config.confirm_misses_per_address, now);
    });
    if (counted) {
        send_page(res, 404, pages::not_found_page(lang));
        return;
    }
    res.set_header("Retry-After", std::to_string(kMissWindow));
    send_page(res, 429, pages::too_many_attempts_page(lang, kMissWindow / 60));
}

const char* no_answer_text(Lang l) {
    switch (l) {
        case Lang::en: return "Please choose one of the answers.";
        case Lang::de: return "Bitte wählen Sie eine der Antworten.";
        case Lang::nl: break;
    }
    return "Kies een van de antwoorden.";
}

}  // namespace

void show_confirm_page(Services& s, const Req& req, Res& res) {
    auto loaded = load(s, req.matches[1].str());
    if (!loaded) {
        send_unknown_link(s, req, res);
        return;
    }
    record_open(s, req, *loaded);
    if (send_closed_state(res, *loaded)) return;
    send_page(res, 200, pages::confirm_page(loaded->data));
}

void answer_confirm_page(Services& s, const Req& req, Res& res) {
    const std::string token = req.matches[1].str();
    auto loaded = load(s, token);
    if (!loaded) {
        send_unknown_link(s, req, res);
        return;
    }
    record_open(s, req, *loaded);
    if (send_closed_state(res, *loaded)) return;
    const auto answer = parse_answer(pages::form_value(req, "answer"));
    if (!answer) {
        send_page(res, 400, pages::confirm_page(loaded->data, no_answer_text(loaded->data.lang)));
        return;
    }
    if (*answer == Answer::withdraw && pages::form_value(req, "confirm") != "yes") {
        send_page(res, 200, pages::withdraw_confirm_page(loaded->data));  // P8: asks first, changes nothing
        return;
    }
    auto outcome = flows::answer_as_candidate(s, crypto::sha256_hex(token), *answer);
    if (!outcome) {
        send_page(res, 404, pages::not_found_page(loaded->data.lang));
        return;
    }
    if (!outcome->ok()) {
        // Raced with a change since loading (another tab, the clock): show the page for the state it is in now.
        auto now_loaded = load(s, token);
        if (now_loaded && send_closed_state(res, *now_loaded)) return;
        send_page(res, 409, pages::confirm_page(loaded->data, outcome->error().message));
        return;
    }
    loaded->data.answer = outcome->value().answer;
    if (*answer == Answer::withdraw) {
        loaded->data.withdrawn = true;
        send_page(res, 200, pages::withdrawn_page(loaded->data));
        return;
    }
    send_page(res, 200, pages::thank_you_page(loaded->data));
}

}  // namespace kandidaat::handlers
