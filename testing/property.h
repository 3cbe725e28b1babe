#pragma once
// Property-based tests (RapidCheck, Debian's librapidcheck-dev) inside doctest test cases.
//
//   TEST_CASE("...") { nwgf::testing::check_property("what holds", [](...) { RC_ASSERT(...); }); }
//
// Reproducible by default: unless RC_PARAMS names a seed, every property runs from a fixed seed
// derived from its description, so CI sees the same cases every time. A failure reports the
// shrunk counterexample and the seed; to explore new cases, or to replay one:
//   RC_PARAMS="seed=123 max_success=2000" ctest -R <test>
// (RapidCheck reads RC_PARAMS: seed, max_success, max_size, noshrink, verbose_progress, ...).
// Header-only; link the test with `rapidcheck`.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <rapidcheck.h>

namespace nwgf::testing {

// FNV-1a of the description: a stable per-property seed.
inline std::uint64_t property_seed(const std::string& description) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : description) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Runs `testable` as a RapidCheck property with `max_success` cases (RC_PARAMS's max_success
// wins when given), and fails the enclosing doctest case with the counterexample and the seed.
template <class Testable>
void check_property(const std::string& description, Testable&& testable, int max_success = 100) {
  using namespace rc::detail;
  const char* env = std::getenv("RC_PARAMS");
  const std::string params_env = env ? env : "";
  TestParams params = configuration().testParams;
  if (params_env.find("seed") == std::string::npos) params.seed = property_seed(description);
  if (params_env.find("max_success") == std::string::npos) params.maxSuccess = max_success;
  TestMetadata metadata;
  metadata.id = description;
  metadata.description = description;
  const TestResult result = checkTestable(std::forward<Testable>(testable), metadata, params);
  std::ostringstream message;
  printResultMessage(result, message);
  INFO("property: ", description, "\n", message.str(), "\nreplay: RC_PARAMS=\"seed=", params.seed,
       " max_success=", params.maxSuccess, "\"");
  CHECK(result.template is<SuccessResult>());
}

}  // namespace nwgf::testing
