// Bounds on what a message reports (suite/common/message_limits.h).
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "suite/common/message_limits.h"

using namespace nwgf::suite;

TEST_CASE("excerpt keeps a short string, escapes control characters and cuts a long one giving its length") {
  CHECK(excerpt("gaussian:0,1") == "gaussian:0,1");
  CHECK(excerpt("a\nb\tc\x01") == "a\\nb\\tc\\x01");
  const std::string big(10'000'000, 'x');
  const std::string e = excerpt(big);
  CHECK(e == std::string(80, 'x') + "... (10000000 characters)");
  CHECK(excerpt("abcdef", 3) == "abc... (6 characters)");
}

TEST_CASE("excerpt never cuts a UTF-8 character in two") {
  // "é" is two bytes (c3 a9); a cut after 2 bytes of "aé" would keep a lone c3.
  CHECK(excerpt("a\xc3\xa9z", 2) == "a... (4 characters)");
}

TEST_CASE("capped_problem_lines reports the first problems and counts the rest") {
  std::vector<std::string> problems;
  for (int i = 0; i < 1000; ++i) problems.push_back("problem " + std::to_string(i));
  const std::vector<std::string> lines = capped_problem_lines(problems);
  REQUIRE(lines.size() == kMaxProblemLines + 1);
  CHECK(lines.front() == "problem 0");
  CHECK(lines[kMaxProblemLines - 1] == "problem 19");
  CHECK(lines.back() == "... and 980 more problems");
  CHECK(capped_problem_lines({"a", "b"}, 1) == std::vector<std::string>{"a", "... and 1 more problem"});
  CHECK(capped_problem_lines({"a", "b"}, 2) == std::vector<std::string>{"a", "b"});
}
