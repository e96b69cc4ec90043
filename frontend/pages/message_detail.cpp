// One message of the log, read as it was sent (issue 10): From, To (name and address), Reply-To, the full subject,
// the plain text, the HTML part shown as text, and the calendar invite (.ics) it carried; its delivery state with
// the reason, every earlier resend, and "Resend" for a failed or cancelled message.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/i18n.hpp"
#include "pages/pages.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

// The HTML part as a reader sees it: tags dropped, block ends as line breaks, the common entities decoded.
std::string html_as_text(const std::string& html) {
    std::string out;
    for (size_t i = 0; i < html.size();) {
        if (html[i] == '<') {
            const size_t end = html.find('>', i);
            if (end == std::string::npos) break;
            std::string tag = html.substr(i + 1, end - i - 1);
            for (char& c : tag) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            if (tag.rfind("style", 0) == 0 || tag.rfind("head", 0) == 0) {  // skip the whole element
                const size_t close = html.find("</" + tag.substr(0, tag.find_first_of(" >")), end);
                i = close == std::string::npos ? html.size() : html.find('>', close) + 1;
                continue;
            }
            if (tag.rfind("br", 0) == 0 || tag == "/p" || tag == "/div" || tag == "/tr" || tag == "/li" ||
                tag.rfind("/h", 0) == 0)
                out += '\n';
            if (tag.rfind("a ", 0) == 0) {  // keep the link's target visible
                const size_t href = tag.find("href=\"");
                if (href != std::string::npos) {
                    // Recover the original case from the source.
                    const std::string orig = html.substr(i + 1, end - i - 1);
                    const size_t q = orig.find('"', href + 6);
                    if (q != std::string::npos) out += "[" + orig.substr(href + 6, q - href - 6) + "] ";
                }
            }
            i = end + 1;
            continue;
        }
        if (html[i] == '&') {
            static const std::pair<const char*, const char*> entities[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}};
            bool done = false;
            for (const auto& [e, t] : entities)
                if (html.compare(i, std::char_traits<char>::length(e), e) == 0) {
                    out += t;
                    i += std::char_traits<char>::length(e);
                    done = true;
                    break;
                }
            if (done) continue;
        }
        if (html[i] == '\n' || html[i] == '\r') {
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
            ++i;
            continue;
        }
        out += html[i++];
    }
    // Collapse runs of blank lines.
    std::string tidy;
    int newlines = 0;
    for (char c : out) {
        newlines = c == '\n' ? newlines + 1 : (c == ' ' ? newlines : 0);
        if (c == '\n' && newlines > 2) continue;
        tidy += c;
    }
    return tidy;
}

// The .ics without its CRLFs and line folding, so it reads like the file.
std::string ics_for_reading(const std::string& ics) {
    std::string out;
    for (size_t i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\r') continue;
        if (ics[i] == '\n' && i + 1 < ics.size() && ics[i + 1] == ' ') {
            ++i;  // a folded line continues
            continue;
        }
        out += ics[i];
    }
    return out;
}

void header_line(const char* name, const std::string& value, float label_w, const char* key = nullptr) {
    ImGui::AlignTextToFramePadding();
    text_muted(name);
    ImGui::SameLine(label_w);
    ImGui::PushTextWrapPos(0);
    text_plain(value.empty() ? "\xE2\x80\x94" : value.c_str());
    ImGui::PopTextWrapPos();
    if (key) publish_last_item(key, value);
}

std::string mailbox(const std::string& name, const std::string& address) {
    return name.empty() ? address : name + " <" + address + ">";
}

}  // namespace

void open_message(AppState& app, ApiClient& api, int64_t message_id) {
    app.messages.open_requested = true;
    api.load_message(message_id);
}

void draw_message_detail(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    MessagesView& v = app.messages;
    if (v.open_requested) {
        ImGui::OpenPopup("##message_detail");
        v.open_requested = false;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(980.0f, display.x - 40), display.y - 100), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f + 20), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    bool open = true;
    if (!ImGui::BeginPopupModal("##message_detail", &open, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings)) {
        if (v.open_id) v.open_id = 0;
        return;
    }
    publish_current_window("message.detail");
    auto close = [&] {
        v.open_id = 0;
        ImGui::CloseCurrentPopup();
    };
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) close();
    {
        const char* x = tr(L, Str::close);
        align_right(button_width(x));
        if (ImGui::Button(x)) close();
        publish_last_item("message.close");
    }
    if (remote_placeholder(v.detail, L)) {
        ImGui::EndPopup();
        return;
    }
    const MessageDetail& d = v.detail.data;
    const MessageLogRow& m = d.message;
    ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y);
    {
        FontScope f(font_large());
        const std::string title = std::string(label(m.kind, L)) + " \xC2\xB7 " + std::string(label(m.channel, L));
        text_plain(title.c_str());
    }
    ImGui::SameLine(0, 12);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    message_state_badge(m.state, L);
    publish_last_item("message.state", code(m.state));
    ImGui::Dummy(ImVec2(0, 4));

    const char* labels[] = {tr(L, Str::message_from), tr(L, Str::message_to), tr(L, Str::message_reply_to),
                            tr(L, Str::wizard_subject), tr(L, Str::message_when)};
    float lw = 0;
    for (const char* l : labels) lw = std::max(lw, ImGui::CalcTextSize(l).x);
    lw += ImGui::GetStyle().WindowPadding.x + 16;
    if (m.channel == MessageChannel::email) header_line(labels[0], d.sender, lw);
    header_line(labels[1], mailbox(m.recipient_name, m.recipient), lw, "message.to");
    if (m.channel == MessageChannel::email) {
        if (!d.reply_to.empty()) header_line(labels[2], d.reply_to, lw);
        header_line(labels[3], m.subject, lw, "message.subject");
    }
    char when[256];
    if (m.sent_at)
        std::snprintf(when, sizeof when, tr(L, Str::message_sent_at), short_instant(m.sent_at, L).c_str());
    else
        std::snprintf(when, sizeof when, tr(L, Str::message_due_at), short_instant(m.send_at, L).c_str());
    std::string when_text = when;
    if (m.attempts > 0) when_text += "  \xC2\xB7  " + plural(L, m.attempts, Str::message_attempts_one, Str::message_attempts_many);
    header_line(labels[4], when_text, lw);
    if (!m.last_error.empty()) {
        ImGui::SetCursorPosX(lw);
        text_error(m.last_error);
        publish_last_item("message.error", m.last_error);
    }
    for (const MessageResend& r : d.resends) {
        char line[512];
        std::snprintf(line, sizeof line, tr(L, Str::message_resent_by), short_instant(r.at, L).c_str(), r.by.c_str(),
                      std::string(label(r.previous_state, L)).c_str());
        ImGui::SetCursorPosX(lw);
        text_muted(line);
        if (!r.previous_error.empty() || !r.reason.empty()) {
            ImGui::SetCursorPosX(lw + 16);
            ImGui::PushTextWrapPos(0);
            ImGui::TextDisabled("%s%s%s", r.previous_error.c_str(), r.previous_error.empty() || r.reason.empty() ? "" : "  \xE2\x80\x94  ",
                                r.reason.c_str());
            ImGui::PopTextWrapPos();
        }
    }

    // Resend: only for a failed or cancelled message whose interview is still ahead.
    if (m.state == MessageState::failed || m.state == MessageState::cancelled) {
        ImGui::Dummy(ImVec2(0, 4));
        if (d.resendable) {
            ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x - 200));
            input_with_hint("##reason", tr(L, Str::message_resend_reason), &v.resend_reason);
            publish_last_item("message.resend_reason");
            ImGui::SameLine();
            {
                DisabledScope dis(v.resend_busy);
                if (primary_button(tr(L, Str::message_resend))) api.resend_message(m.id, v.resend_reason);
            }
            publish_last_item("message.resend");
            text_muted(tr(L, Str::message_resend_hint));
        } else {
            text_muted(tr(L, Str::message_not_resendable));
            publish_last_item("message.not_resendable");
        }
        if (!v.resend_error.empty()) {
            text_error(v.resend_error);
            publish_last_item("message.resend_error", v.resend_error);
        }
    }
    ImGui::Separator();

    // The bodies, as tabs.
    const bool has_html = !d.body_html.empty(), has_ics = !d.ics.empty();
    if (ImGui::BeginTabBar("##bodies")) {
        if (ImGui::BeginTabItem(tr(L, m.channel == MessageChannel::sms ? Str::message_tab_sms : Str::message_tab_text))) {
            v.detail_tab = 0;
            ImGui::EndTabItem();
        }
        publish_last_item("message.tab.text");
        if (has_html) {
            if (ImGui::BeginTabItem(tr(L, Str::message_tab_html))) {
                v.detail_tab = 1;
                ImGui::EndTabItem();
            }
            publish_last_item("message.tab.html");
        }
        if (has_ics) {
            if (ImGui::BeginTabItem(tr(L, Str::message_tab_ics))) {
                v.detail_tab = 2;
                ImGui::EndTabItem();
            }
            publish_last_item("message.tab.ics");
        }
        ImGui::EndTabBar();
    }
    std::string body;
    if (v.detail_tab == 1 && has_html) body = html_as_text(d.body_html);
    else if (v.detail_tab == 2 && has_ics) body = ics_for_reading(d.ics);
    else body = d.body_text;
    if (v.detail_tab == 2 && d.ics_note == "interview_changed") warning_box(tr(L, Str::message_ics_changed));
    ColorScope bg;
    bg.set(ImGuiCol_ChildBg, IM_COL32(0xf7, 0xf8, 0xfa, 0xff));
    ImGui::BeginChild("##body", ImVec2(0, 0), true);
    publish_current_window("message.body");
    ImGui::PushTextWrapPos(0);
    if (v.detail_tab == 2) {
        FontScope f(font_regular());
        text_plain(body.c_str());
    } else {
        text_plain(body.c_str());
    }
    ImGui::PopTextWrapPos();
    publish_last_item("message.body_text", body.substr(0, 2000));
    ImGui::EndChild();
    ImGui::EndPopup();
    if (!open) v.open_id = 0;
}

}  // namespace kandidaat::web
