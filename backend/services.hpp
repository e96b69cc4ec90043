// Services: what every handler and flow works with — config, clock, storage, the server secret, the public URL.
#pragma once

#include <functional>
#include <string>

#include "clock.hpp"
#include "config.hpp"
#include "storage/storage.hpp"

namespace kandidaat {

struct Services {
    Config config;
    Clock clock;
    storage::Storage& storage;
    std::string secret;      // 32 bytes (crypto::load_or_create_secret)
    std::string public_url;  // without a trailing slash; links are public_url + "/c/" + token
    std::function<void()> on_messages_queued;  // wakes the dispatcher after a change queued messages (may be empty)

    int64_t now() const { return clock.now(); }
    std::string confirm_link(const std::string& token) const { return public_url + "/c/" + token; }
    void messages_queued() const {
        if (on_messages_queued) on_messages_queued();
    }
};

}  // namespace kandidaat
