// Reading fields of outside JSON with one-line refusals (suite/common/json_fields.h).
#include "suite/common/json_fields.h"

#include <cmath>
#include <limits>

#include <doctest/doctest.h>

#include "suite/common/errors.h"

using nlohmann::json;
using nwgf::suite::JsonFields;
using nwgf::suite::UsageError;

namespace {
const JsonFields kRead("corrupt thing");
}  // namespace

TEST_CASE("fields: present, typed, null as NaN; refusals name where, the key and what is wrong") {
  const json j = json::parse(R"({"s": "x", "n": 2.5, "z": null, "l": [1, null, 3], "b": true, "o": {}})");
  CHECK(kRead.text(j, "a[0]", "s") == "x");
  CHECK(kRead.number(j, "a[0]", "n") == 2.5);
  CHECK(std::isnan(kRead.number(j, "a[0]", "z")));
  CHECK(std::isnan(kRead.number_or_nan(j, "a[0]", "absent")));
  CHECK(kRead.text_or(j, "a[0]", "z", "fallback") == "fallback");
  CHECK(kRead.text_or(j, "a[0]", "absent", "fallback") == "fallback");
  const auto l = kRead.numbers(j, "a[0]", "l");
  REQUIRE(l.size() == 3);
  CHECK(std::isnan(l[1]));
  CHECK(kRead.optional_bool(j, "a[0]", "b") == std::optional<bool>(true));
  CHECK_FALSE(kRead.optional_bool(j, "a[0]", "z").has_value());
  CHECK(kRead.object(j, "a[0]", "o").is_object());

  CHECK_THROWS_WITH_AS(kRead.text(j, "a[0]", "absent"), "corrupt thing: a[0].absent is missing", UsageError);
  CHECK_THROWS_WITH_AS(kRead.text(j, "a[0]", "n"), "corrupt thing: a[0].n is not a string", UsageError);
  CHECK_THROWS_WITH_AS(kRead.text_or(j, "a[0]", "n", "x"), "corrupt thing: a[0].n is not a string", UsageError);
  CHECK_THROWS_WITH_AS(kRead.number(j, "a[0]", "s"), "corrupt thing: a[0].s is not a number", UsageError);
  CHECK_THROWS_WITH_AS(kRead.numbers(j, "a[0]", "s"), "corrupt thing: a[0].s is not a list", UsageError);
  CHECK_THROWS_WITH_AS(kRead.numbers(json{{"l", {1, "2"}}}, "a[0]", "l"),
                       "corrupt thing: a[0].l holds a value that is not a number", UsageError);
  CHECK_THROWS_WITH_AS(kRead.optional_bool(j, "a[0]", "n"), "corrupt thing: a[0].n is not true, false or null", UsageError);
  CHECK_THROWS_WITH_AS(kRead.object(j, "a[0]", "l"), "corrupt thing: a[0].l is not an object", UsageError);
  CHECK_THROWS_WITH_AS(kRead.field(json::array(), "a[1]", "s"), "corrupt thing: a[1] is not an object", UsageError);
}

TEST_CASE("whole numbers: as written, in range, signed and unsigned, never wrapped") {
  const json j = json::parse(R"({"a": 7, "neg": -3, "big": 18446744073709551615, "f": 1.0, "e": 1e300})");
  CHECK(kRead.whole(j, "w", "a", 0, 10) == 7);
  CHECK(kRead.whole(j, "w", "neg", -5, 0) == -3);
  CHECK_THROWS_WITH_AS(kRead.whole(j, "w", "a", 8, 10), "corrupt thing: w.a is not a whole number in [8, 10]", UsageError);
  CHECK_THROWS_AS(kRead.whole(j, "w", "neg", 0, 10), UsageError);
  CHECK_THROWS_AS(kRead.whole(j, "w", "big", 0, std::numeric_limits<long long>::max()), UsageError);  // 2^64 - 1
  CHECK_THROWS_AS(kRead.whole(j, "w", "f", 0, 10), UsageError);
  CHECK_THROWS_AS(kRead.whole(j, "w", "e", 0, 10), UsageError);
  CHECK(kRead.whole(json{{"m", std::numeric_limits<long long>::max()}}, "w", "m", 0, std::numeric_limits<long long>::max()) ==
        std::numeric_limits<long long>::max());
}
