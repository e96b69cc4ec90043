// The served app's stand-ins for the browser tests' probes (test_hooks.hpp): each does nothing, and none of the
// probes' JavaScript exports exists (tests/wasm/release_exports.mjs checks that).
#include "test_hooks.hpp"

namespace kandidaat::web {

void test_hooks_new_frame() {}
void test_hooks_frame_time(double) {}
void publish_last_item(const char*) {}
void publish_last_item(const char*, std::string_view) {}
void publish_current_window(const char*) {}
void publish_fact(const char*, std::string_view) {}

}  // namespace kandidaat::web
