// A fuzz input cut into fields: the bytes are split at 0xFF bytes (never part of UTF-8, so every field is
// otherwise arbitrary), field(i) is "" past the end. Lets one input fill several strings of a structure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace kandidaat::fuzz {

class Fields {
public:
    Fields(const uint8_t* data, size_t size) {
        std::string_view all(reinterpret_cast<const char*>(data), size);
        size_t start = 0;
        for (size_t i = 0; i <= all.size(); ++i) {
            if (i == all.size() || static_cast<unsigned char>(all[i]) == 0xFF) {
                fields_.emplace_back(all.substr(start, i - start));
                start = i + 1;
            }
        }
    }
    std::string field(size_t i) const { return i < fields_.size() ? fields_[i] : std::string(); }
    size_t size() const { return fields_.size(); }

private:
    std::vector<std::string> fields_;
};

// An invariant the code under test promised and broke: print it and crash, so libFuzzer keeps the input.
[[noreturn]] inline void broken(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz: invariant broken: %s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

}  // namespace kandidaat::fuzz
