#pragma once
// The checks every number option of the nwgf program gets before CLI11 converts its text. CLI11
// (2.1) reads an empty value as 0 (`--r ''` ran with r = 0), clamps a whole number beyond 64 bits
// to the largest (`--seed 9223372036854775808` ran with 2^63 - 1) and wraps "-1" in an unsigned
// option to 2^64 - 1; these are refused here with the value and the allowed range, through the
// one reading of whole numbers (suite/common/whole_number.h).
#include <cstdint>

#include <CLI/CLI.hpp>

namespace nwgf::suite {

// A whole-number option's own range: a value outside [lo, hi] is refused with that range
// ("--seed = 9223372036854775808 is outside the allowed range [0, 9223372036854775807]").
CLI::Validator whole_number_range(std::int64_t lo, std::int64_t hi);

// Adds to every option of `app` and of its subcommands (at any depth) whose value is a number the
// check of its text: an integer (CLI11 type INT) must be a whole number within 64 bits, an unsigned
// one (UINT) within [0, 2^63 - 1], a floating-point one (FLOAT) a number (not empty); a whole
// number is handed on in plain decimal ("010" is 10, not CLI11's octal 8). Options
// with a whole_number_range keep theirs too. Call once, after every subcommand is added.
void check_number_options(CLI::App& app);

}  // namespace nwgf::suite
