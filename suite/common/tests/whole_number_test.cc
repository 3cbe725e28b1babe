// Tests of suite/common/whole_number.h: whole numbers read from text and JSON within a range,
// never clamped (2^63 is not 2^63 - 1) nor wrapped (2^64 - 1 is not -1, "-1" is not 2^64 - 1).
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "suite/common/errors.h"
#include "suite/common/whole_number.h"
#include "testing/refusal.h"

using namespace nwgf::suite;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

std::string refusal(const nlohmann::json& v, std::int64_t lo, std::int64_t hi) {
  return nwgf::testing::refusal_message<UsageError>([&] { json_whole_number(v, "'seed'", lo, hi); });
}

}  // namespace

TEST_CASE("text: decimal whole numbers within the range, the ends included") {
  CHECK(whole_number_in("0", 0, 10) == 0);
  CHECK(whole_number_in("10", 0, 10) == 10);
  CHECK(whole_number_in("-7", -7, 0) == -7);
  CHECK(whole_number_in("+3", 0, 10) == 3);
  CHECK(whole_number_in("9223372036854775807", 0, kMax) == kMax);
  CHECK(whole_number_in("-9223372036854775808", kMin, kMax) == kMin);
  CHECK(whole_number_in("000042", 0, 100) == 42);
}

TEST_CASE("text: beyond the range, beyond 64 bits, empty or not decimal: none") {
  CHECK_FALSE(whole_number_in("11", 0, 10));
  CHECK_FALSE(whole_number_in("-1", 0, 10));
  CHECK_FALSE(whole_number_in("9223372036854775808", 0, kMax));         // strtoll clamps it to 2^63 - 1
  CHECK_FALSE(whole_number_in("18446744073709551616", kMin, kMax));     // 2^64
  CHECK_FALSE(whole_number_in("-9223372036854775809", kMin, kMax));
  CHECK_FALSE(whole_number_in("123456789012345678901234567890", kMin, kMax));
  for (const char* bad : {"", "-", "+", " 1", "1 ", "1e3", "0x10", "1.0", "--1", "12a"}) {
    CAPTURE(bad);
    CHECK_FALSE(whole_number_in(bad, kMin, kMax));
  }
}

TEST_CASE("problems name the value and the range") {
  CHECK(whole_number_problem("--seed", "5", 0, 10).empty());
  CHECK(whole_number_problem("--seed", "9223372036854775808", 0, kMax) ==
        "--seed = 9223372036854775808 is outside the allowed range [0, 9223372036854775807]");
  CHECK(whole_number_problem("--d", "", 1, 64) == "--d = '' is not a whole number in [1, 64]");
  CHECK(whole_number_problem("", "-1", 0, 10) == "-1 is outside the allowed range [0, 10]");
}

TEST_CASE("JSON: the integer as written, 2^64 - 1 is not -1") {
  CHECK(json_whole_number(nlohmann::json::parse("7"), "'seed'", 0, 10) == 7);
  CHECK(json_whole_number(nlohmann::json::parse("9223372036854775807"), "'seed'", 0, kMax) == kMax);
  CHECK(refusal(nlohmann::json::parse("18446744073709551615"), 0, kMax) ==
        "'seed' = 18446744073709551615 is outside the allowed range [0, 9223372036854775807]");
  CHECK(refusal(nlohmann::json::parse("-1"), 0, kMax) ==
        "'seed' = -1 is outside the allowed range [0, 9223372036854775807]");
  CHECK(refusal(nlohmann::json::parse("1.5"), 0, 10) == "'seed' must be an integer in [0, 10], got 1.5");
  CHECK(refusal(nlohmann::json::parse("\"3\""), 0, 10) == "'seed' must be an integer in [0, 10], got \"3\"");
}
