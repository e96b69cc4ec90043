// The invitation wizard's parts, private to pages/invite_wizard*.cpp: step 1 and the frame (invite_wizard.cpp),
// step 2's e-mail and reminder form (invite_wizard_email.cpp) and the per-candidate preview
// (invite_wizard_preview.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "api_client.hpp"
#include "app_state.hpp"

namespace kandidaat::web::wizard {

// Records an edit of `field` (e.g. "interview.date"): bumps the revision the previews and checks follow.
void mark_edited(AppState& app, std::string_view field);
// The messages to show beside `field`: local checks once the field was touched or the step submitted, and the
// server's last 422. Draws them (`indent` from the left when >= 0); returns whether there was one.
bool field_messages(AppState& app, std::string_view field, bool submitted, float indent = -1);
// Whether `field` is the one "Still to fix" asked to show (also for its prefixes, e.g. a tab of "email.content.en").
bool focus_requested(const AppState& app, std::string_view field);
// The company default language ("nl" until the settings arrive).
std::string default_lang(const AppState& app);
// The tabs of a per-language text: the candidates' languages plus the variants they fall back to, default first.
std::vector<std::string> text_languages(const AppState& app, const LangText& content);

void draw_step_email(AppState& app, ApiClient& api);    // F6, C, R
void draw_preview(AppState& app, ApiClient& api);       // B2, B5
// Fills subject/content (and the reminder's texts) from the chosen templates; used on entering step 2.
void fill_from_templates(AppState& app);

}  // namespace kandidaat::web::wizard
