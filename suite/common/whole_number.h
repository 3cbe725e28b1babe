#pragma once
// The one reading of whole numbers given from outside -- command-line options (suite/cli) and
// JSON configs and results (suite/study) -- so that a value beyond its range is refused with that
// range, never clamped (strtoll reads 2^63 as 2^63 - 1), wrapped (strtoull reads -1 as 2^64 - 1;
// nlohmann's get<long long>() reads 2^64 - 1 as -1) or narrowed.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

// The value of `text` when it is a whole number in decimal (an optional sign, then digits only)
// within [lo, hi]; nullopt otherwise (empty, other characters, or beyond [lo, hi] however long).
std::optional<std::int64_t> whole_number_in(const std::string& text, std::int64_t lo, std::int64_t hi);

// Empty when whole_number_in(text, lo, hi) has a value; otherwise the problem in one line:
// "NAME = TEXT is outside the allowed range [lo, hi]" for a whole number, or
// "NAME = 'TEXT' is not a whole number in [lo, hi]" (TEXT quoted as an excerpt; without
// "NAME = " when name is empty, for a caller that names the value itself).
std::string whole_number_problem(const std::string& name, const std::string& text, std::int64_t lo,
                                 std::int64_t hi);

// The value of JSON `v` when it is an integer within [lo, hi]; otherwise throws UsageError with
// whole_number_problem (the value as the file writes it: 18446744073709551615 stays itself), or
// "NAME must be an integer in [lo, hi], got V" for a non-integer.
std::int64_t json_whole_number(const nlohmann::json& v, const std::string& name, std::int64_t lo, std::int64_t hi);

}  // namespace nwgf::suite
