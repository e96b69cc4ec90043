// Clock: the server's idea of "now" in UTC seconds — the real time, or a test instant that then runs on.
#pragma once

#include <chrono>
#include <cstdint>

namespace kandidaat {

// The one place the backend reads the time; domain code receives `now` as a parameter. A test clock
// (--test-now 2026-10-25T07:59:50Z) starts at that instant and runs at normal speed, so a reminder due a few
// seconds later really goes out a few seconds later. Thread-safe (immutable after construction); never fails.
class Clock {
public:
    Clock() = default;  // the real clock
    static Clock starting_at(int64_t utc_seconds) {
        Clock c;
        c.offset_ms_ = utc_seconds * 1000 - real_ms();
        c.fake_ = true;
        return c;
    }

    int64_t now() const { return (real_ms() + offset_ms_) / 1000; }  // UTC seconds
    bool is_fake() const { return fake_; }

private:
    static int64_t real_ms() {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }

    int64_t offset_ms_ = 0;
    bool fake_ = false;
};

}  // namespace kandidaat
