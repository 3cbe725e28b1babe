// parse_json: the one parser of outside JSON, with its nesting limit.
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "suite/common/errors.h"
#include "suite/common/io_util.h"

using namespace nwgf::suite;

namespace {

std::string nested_arrays(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("parse_json accepts nesting up to the limit and refuses one level more") {
  CHECK(parse_json(nested_arrays(kJsonMaxDepth), "x").is_array());
  CHECK_THROWS_WITH_AS(parse_json(nested_arrays(kJsonMaxDepth + 1), "deep.json"),
                       doctest::Contains("deep.json: JSON nested deeper than 64 levels"), UsageError);
  // Objects count like arrays: {"a":{"a":...}} three deep against a limit of 2.
  CHECK(parse_json(R"({"a":{"a":1}})", "x", 2).is_object());
  CHECK_THROWS_AS(parse_json(R"({"a":{"a":{"a":1}}})", "x", 2), UsageError);
  // Mixed, and scalars inside do not count.
  CHECK(parse_json(R"([{"a":[1,2,{"b":"[[[[["}]}])", "x", 4).is_array());
  CHECK_THROWS_AS(parse_json(R"([{"a":[1,2,{"b":[]}]}])", "x", 4), UsageError);
}

TEST_CASE("a 100000-deep bracket file is refused with one line, not a crash") {
  std::string message;
  try {
    parse_json(std::string(100000, '['), "bomb.json");
  } catch (const UsageError& e) {
    message = e.what();
  }
  CHECK(message.find("bomb.json") != std::string::npos);
  CHECK(message.find("64 levels") != std::string::npos);
  CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("parse_json names the input on a syntax error and gives the same tree as the plain parser") {
  CHECK_THROWS_WITH_AS(parse_json("{\"a\": [1, 2", "cfg.json"), doctest::Contains("cfg.json: not valid JSON"),
                       UsageError);
  CHECK_THROWS_AS(parse_json("", "empty.json"), UsageError);
  // A number beyond double's range is a usage error too (nlohmann throws out_of_range for it;
  // found by fuzz/json_fuzz.cc).
  CHECK_THROWS_WITH_AS(parse_json("[88888E888888888888]", "big.json"), doctest::Contains("big.json: not valid JSON"),
                       UsageError);
  const std::string text = R"({"cells": [{"index": 0, "summary": {"final_points": [[0.5, -1e-3]]}}], "x": null})";
  CHECK(parse_json(text, "x") == nlohmann::json::parse(text));
}

TEST_CASE("parse_json refuses a duplicate key, naming the key and the object it is in") {
  // nlohmann alone keeps the last value: {"r": 1, "r": 1.5} would read as r = 1.5.
  CHECK(nlohmann::json::parse(R"({"r": 1, "r": 1.5})")["r"] == 1.5);
  CHECK_THROWS_WITH_AS(parse_json(R"({"r": 1, "r": 1.5})", "study.json"),
                       "study.json: duplicate key 'r' in the object at the top level (each key may appear once)",
                       UsageError);
  CHECK_THROWS_WITH_AS(parse_json(R"({"cells": [{"a": 1}, 7, [0], {"config": {"tau": 1, "d": 2, "tau": 2}}]})", "x"),
                       "x: duplicate key 'tau' in the object at /cells/3/config (each key may appear once)",
                       UsageError);
  // The same key in different objects, and keys equal to values, are fine.
  const std::string ok = R"({"a": {"a": "a"}, "b": [{"a": 1}, {"a": 2}], "c": {"b": 1}})";
  CHECK(parse_json(ok, "x") == nlohmann::json::parse(ok));
}

TEST_CASE("a duplicate key is quoted as an excerpt, never whole") {
  const std::string key(100000, 'k');
  std::string message;
  try {
    parse_json("{\"" + key + "\": 1, \"" + key + "\": 2}", "big.json");
  } catch (const UsageError& e) {
    message = e.what();
  }
  CHECK(message.find("big.json: duplicate key '" + std::string(80, 'k') + "... (100000 characters)'") == 0);
  CHECK(message.size() < 300);
}

TEST_CASE("read_json_file reads under the outside-file rule: /dev/zero and a directory are refused at once") {
  CHECK_THROWS_WITH_AS(read_json_file("/dev/zero", kStudyConfigFile),
                       "/dev/zero: is a character device; a study config must be a regular file", UsageError);
  CHECK_THROWS_WITH_AS(read_json_file("/", kResultsFile), "/: is a directory; a results file must be a regular file",
                       UsageError);
}
