// The app's side of web/files.js (issue 16): pick a file with the browser's file input, upload it with progress,
// download a URL. Results arrive between frames in AppState::intake (picked, uploads).
#pragma once

#include <string>

#include "app_state.hpp"

namespace kandidaat::web {

void install_file_bridge(AppState& app);  // main.cpp, once: where the callbacks store their results
void pick_file(const char* slot, const char* accept);  // opens the browser's file chooser
// Sends the file of `slot` as the body; returns the upload id (its state: app.intake.uploads[id]).
int upload_file(AppState& app, const char* slot, const char* method, const std::string& url, const char* content_type);
void download_url(const std::string& url);
void forget_file(AppState& app, const char* slot);

}  // namespace kandidaat::web
