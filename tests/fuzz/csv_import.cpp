// Fuzz target: the CSV candidate import (issue 16) — any uploaded bytes (encodings, BOMs, delimiters, quotes) and
// any `mapping` query parameter. Field 0 is the file, field 1 the mapping parameter.
// Promises: never crashes; the report's valid count matches the rows it returns; a mapping survives a round trip
// through its query form.
#include <kandidaat/csv_import.hpp>

#include "fuzz_input.hpp"

using namespace kandidaat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Fields in(data, size);
    const auto mapping = parse_mapping_param(in.field(1));
    if (parse_mapping_param(mapping_param(mapping)) != mapping) fuzz::broken("a mapping changed on a round trip", in.field(1));
    const auto analysis = analyse_csv(in.field(0), mapping);
    if (static_cast<size_t>(analysis.report.valid) != analysis.rows.size())
        fuzz::broken("report.valid does not count the rows", std::to_string(analysis.report.valid));
    const auto decoded = decode_csv_bytes(in.field(0));
    (void)parse_csv(decoded.text, detect_delimiter(decoded.text));
    return 0;
}
