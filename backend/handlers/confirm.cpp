// Handlers: the candidates' confirmation page. GET only shows (P8); POST records an answer (P3-P6, P10).
#include "handlers/handlers.hpp"

#include <kandidaat/answer_rules.hpp>
#include <kandidaat/candidate_words.hpp>
#include <kandidaat/slot_rules.hpp>

#include "accounts.hpp"
#include "crypto.hpp"
#include "flows/interview_flow.hpp"
#include "pages/page_http.hpp"
#include "pages/confirm_page.hpp"

namespace kandidaat::handlers {

namespace {

struct Loaded {
    pages::ConfirmPageData data;
    ConfirmPageState state = ConfirmPageState::open;
    int64_t invitation_id = 0;
};

// Issue 11, link provenance: every GET, HEAD and POST on a real link, with its time and user agent. A page view's
// row goes with the next batch (issue 12, storage::LinkOpenLog); an answer's is written at once, after any pending.
void record_open(Services& s, const Req& req, const Loaded& l) {
    auto& log = s.storage.link_opens();
    log.add({l.invitation_id, s.now(), req.method, req.get_header_value("User-Agent")});
    if (req.method == "POST") log.flush();
}

// The invitation behind a token, as the page shows it; nullopt for an unknown token.
std::optional<Loaded> load(Services& s, const std::string& token) {
    const std::string hash = crypto::sha256_hex(token);
    return s.storage.read([&](storage::Repo& r) -> std::optional<Loaded> {
        auto v = r.confirm_lookup(hash);
        if (!v) return std::nullopt;
        Loaded out;
        out.invitation_id = v->invitation_id;
        auto& d = out.data;
        d.token = token;
        d.lang = lang_or(v->candidate.language, lang_or(v->language, Lang::nl));
        d.candidate = std::move(v->candidate);
        const auto settings = r.company_settings();
        d.company_name = settings.company_name;
        d.vacancy_title = std::move(v->vacancy_title);
        for (const auto& u : v->attendees) d.attendee_names.push_back(display_name(u));
        if (v->creator) {
            d.recruiter_name = display_name(*v->creator);
            d.recruiter_email = v->creator->email;
        }
        d.interview = std::move(v->interview);
        d.answer = v->answer;
        d.withdrawn = v->withdrew || v->application_status == ApplicationStatus::withdrawn;
        out.state = confirm_page_state(d.withdrawn, d.interview, s.now());
        // Issue 11: an interview that offers several times shows them; the candidate's own time is the one taken.
        d.now = s.now();
        if (v->slot_count > 1) {
            d.slots = r.offered_slots(d.interview.id);
            d.chosen_slot_id = v->slot_id;
            d.slot_note = std::move(v->slot_note);
            d.cutoff_hours = settings.slot_change_cutoff_hours;
            if (auto chosen = r.chosen_slot(v->slot_id)) {
                d.interview.slot = *chosen;
                d.change_open = slot_change_open(interview_start_utc(*chosen), d.cutoff_hours, d.now);
            }
        }
        return out;
    });
}

// The state pages shared by GET and POST.
bool send_closed_state(Res& res, const Loaded& l) {
    switch (l.state) {
        case ConfirmPageState::withdrawn: pages::send_page(res, 200, pages::withdrawn_page(l.data)); return true;
        case ConfirmPageState::cancelled: pages::send_page(res, 410, pages::cancelled_page(l.data)); return true;
        case ConfirmPageState::expired: pages::send_page(res, 410, pages::expired_page(l.data)); return true;
        case ConfirmPageState::open: return false;
    }
    return false;
}

constexpr int miss_window = 15 * 60;  // seconds (S22)

// An unknown token: counted per client address (counted and checked in one write transaction, so parallel
// guesses cannot slip past); the friendly 404 while under Config::confirm_misses_per_address in 15 minutes, then
// 429 with Retry-After. A real token is never counted and always served, so nobody's own link is locked out.
void send_unknown_link(Services& s, const Req& req, Res& res) {
    const Lang lang = lang_from_accept_language(req.get_header_value("Accept-Language"));
    const std::string address = client_address(s, req);
    const int64_t now = s.now();
    const bool counted = s.storage.write([&](storage::Repo& r) {
        return r.add_confirm_miss_within(address, now - miss_window, s.config.confirm_misses_per_address, now);
    });
    if (counted) {
        pages::send_page(res, 404, pages::not_found_page(lang));
        return;
    }
    res.set_header("Retry-After", std::to_string(miss_window));
    pages::send_page(res, 429, pages::too_many_attempts_page(lang, miss_window / 60));
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
    pages::send_page(res, 200, pages::confirm_page(loaded->data));
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
    // Issue 11: answer=accept&slot=<id> takes a seat of that time (atomically; a full one shows what is still free).
    if (answer == Answer::accept && !pages::form_value(req, "slot").empty()) {
        const std::string slot_text = pages::form_value(req, "slot");
        int64_t slot_id = 0;
        for (char c : slot_text) slot_id = c >= '0' && c <= '9' && slot_id < 1000000000000 ? slot_id * 10 + (c - '0') : -1;
        const auto choice = slot_id > 0 ? flows::choose_slot(s, crypto::sha256_hex(token), slot_id)
                                        : std::optional<flows::SlotChoice>(flows::SlotChoice::not_offered);
        if (!choice) {
            pages::send_page(res, 404, pages::not_found_page(loaded->data.lang));
            return;
        }
        auto now_loaded = load(s, token);
        if (!now_loaded) {
            pages::send_page(res, 404, pages::not_found_page(loaded->data.lang));
            return;
        }
        if (send_closed_state(res, *now_loaded)) return;  // cancelled or started meanwhile: a clear page, no seat
        const Lang l = now_loaded->data.lang;
        switch (*choice) {
            case flows::SlotChoice::chosen:
            case flows::SlotChoice::unchanged: pages::send_page(res, 200, pages::thank_you_page(now_loaded->data)); return;
            case flows::SlotChoice::gone:
                pages::send_page(res, 200, pages::confirm_page(now_loaded->data, say(l, Say::page_slot_gone)));
                return;
            case flows::SlotChoice::change_closed:
                pages::send_page(res, 200, pages::confirm_page(now_loaded->data));  // the page says why
                return;
            case flows::SlotChoice::not_offered:
            case flows::SlotChoice::closed:
                pages::send_page(res, 422, pages::confirm_page(now_loaded->data, say(l, Say::page_slot_not_offered)));
                return;
        }
    }
    if (!answer) {
        pages::send_page(res, 400, pages::confirm_page(loaded->data, say(loaded->data.lang, Say::page_choose_answer)));
        return;
    }
    if (*answer == Answer::withdraw && pages::form_value(req, "confirm") != "yes") {
        pages::send_page(res, 200, pages::withdraw_confirm_page(loaded->data));  // P8: asks first, changes nothing
        return;
    }
    auto outcome = flows::answer_as_candidate(s, crypto::sha256_hex(token), *answer, pages::form_value(req, "note"));
    if (!outcome) {
        pages::send_page(res, 404, pages::not_found_page(loaded->data.lang));
        return;
    }
    if (!outcome->ok() && outcome->error().code == ErrorCode::slot_required) {  // issue 11: accept = choose a time
        pages::send_page(res, 200, pages::confirm_page(loaded->data, say(loaded->data.lang, Say::page_choose_time_first)));
        return;
    }
    if (!outcome->ok()) {
        // Raced with a change since loading (another tab, the clock): show the page for the state it is in now.
        auto now_loaded = load(s, token);
        if (now_loaded && send_closed_state(res, *now_loaded)) return;
        pages::send_page(res, 409, pages::confirm_page(loaded->data, say(loaded->data.lang, Say::page_answer_closed)));
        return;
    }
    if (auto fresh = load(s, token)) loaded = std::move(fresh);  // the seat freed, the note kept (issue 11)
    loaded->data.answer = outcome->value().answer;
    if (*answer == Answer::withdraw) {
        loaded->data.withdrawn = true;
        pages::send_page(res, 200, pages::withdrawn_page(loaded->data));
        return;
    }
    pages::send_page(res, 200, pages::thank_you_page(loaded->data));
}

}  // namespace kandidaat::handlers
