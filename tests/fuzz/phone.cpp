// Fuzz target: mobile number normalization (candidate data, imports). Field 0 the number, 1 a default country code.
// Promises: never crashes; a success is "" or "+" and 8-15 digits, and normalizing it again gives it back.
#include <kandidaat/validation.hpp>

#include "fuzz_input.hpp"

using namespace kandidaat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Fields in(data, size);
    const std::string cc = in.size() > 1 ? in.field(1) : "31";
    auto r = normalize_mobile(in.field(0), cc);
    if (!r) return 0;
    const std::string& n = r.value();
    if (n.empty()) return 0;
    if (n[0] != '+' || n.size() < 9 || n.size() > 16) fuzz::broken("not E.164", n);
    for (size_t i = 1; i < n.size(); ++i)
        if (n[i] < '0' || n[i] > '9') fuzz::broken("not E.164", n);
    auto again = normalize_mobile(n, cc);
    if (!again || again.value() != n) fuzz::broken("normalizing a normalized number changed it", n);
    return 0;
}
