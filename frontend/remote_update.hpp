// Storing a request's outcome in its Remote<T>: the answer, or the failure in the recruiter's words. Used by every
// ApiClient callback (api_client.cpp, api_client_views.cpp).
#pragma once

#include <emscripten.h>

#include <string>
#include <utility>

#include "app_state.hpp"

namespace kandidaat::web {

std::string failure_text(const AppState& app, const ApiFailure& failure);  // api_client.cpp

template <class T>
void store(Remote<T>& r, T value) {
    r.data = std::move(value);
    r.loading = false;
    r.loaded = true;
    r.error.clear();
    r.fetched_at = emscripten_get_now();
    ++r.version;
}

template <class T>
void fail_remote(AppState& app, Remote<T>& r, const ApiFailure& f) {
    r.loading = false;
    r.error = failure_text(app, f);
    r.fetched_at = emscripten_get_now();  // polling waits its turn before trying again
}

}  // namespace kandidaat::web
