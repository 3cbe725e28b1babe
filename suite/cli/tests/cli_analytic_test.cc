// End-to-end tests of `nwgf analytic`: runs the built binary (path in
// the environment variable NWGF_BIN, set by CTest), parses its JSON, and checks every bad-input
// case: exit status 2, exactly one line on stderr naming the value, nothing on stdout.
// Reference values are closed forms written here (docs/math.md 3.1-3.3), not the program's.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"
#include "testing/tolerances.h"

namespace {

namespace tolerance = nwgf::tolerance;  // testing/tolerances.h: absolute, values of order 1
const double kPi = 3.14159265358979323846;
using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;

// Runs `nwgf analytic <args>` for every element of arg_list concurrently (each process loads
// LibTorch, ~0.3 s of CPU; running them side by side keeps the test's wall time short) and
// returns exit status, stdout and stderr of each.
std::vector<Run> run_nwgf_all(const std::vector<std::string>& arg_list) {
  std::vector<std::string> lines;
  for (const std::string& args : arg_list) lines.push_back("analytic " + args);
  return nwgf::testing::run_nwgf_batch(lines, nwgf::testing::scratch_dir("nwgf_cli_analytic"));
}

Run run_nwgf(const std::string& args) { return run_nwgf_all({args}).front(); }

double flow_scale(double r, double t) { return std::pow((2 - r) * t, 1 / (2 - r)); }

}  // namespace

TEST_CASE("d = 3, r = 1: sphere regime, radius 2/3, exponent null, no schemes without --tau") {
  const Run r = run_nwgf("--d 3 --r 1 --t 1 --json");
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["d"] == 3);
  CHECK(j["profile"]["regime"] == "sphere");
  CHECK_ABS(j["profile"]["radius"].get<double>(), 2.0 / 3.0, tolerance::kRoundoff);
  CHECK(j["profile"]["exponent"].is_null());
  CHECK_ABS(j["profile"]["m2"].get<double>(), 4.0 / 9.0, tolerance::kRoundoff);
  CHECK_ABS(j["profile"]["energy"].get<double>(), -4.0 / 9.0, tolerance::kRoundoff);  // -M2/r
  CHECK_ABS(j["exact"]["scale"].get<double>(), 1.0, tolerance::kRoundoff);          // a(1) = 1 for r = 1
  CHECK_ABS(j["exact"]["support_radius"].get<double>(), 2.0 / 3.0, tolerance::kRoundoff);
  CHECK_FALSE(j.contains("jko"));
  CHECK_FALSE(j.contains("forward"));
}

TEST_CASE("d = 2, r = 1: ball regime, radius pi/4, M2 = pi^2/24; r = 1 reports both schemes") {
  const Run r = run_nwgf("--d 2 --r 1 --t 1.2 --tau 0.05 --json");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["profile"]["regime"] == "ball");
  CHECK_ABS(j["profile"]["radius"].get<double>(), kPi / 4, tolerance::kRoundoff);
  CHECK_ABS(j["profile"]["exponent"].get<double>(), -0.5, tolerance::kRoundoff);  // 1 - (d + r)/2
  CHECK_ABS(j["profile"]["m2"].get<double>(), kPi * kPi / 24, tolerance::kRoundoff);
  const double a = 1.2;  // a(t) = t for r = 1
  CHECK_ABS(j["exact"]["scale"].get<double>(), a, tolerance::kRoundoff);
  CHECK_ABS(j["exact"]["support_radius"].get<double>(), a * kPi / 4, tolerance::kRoundoff);
  CHECK_ABS(j["exact"]["m2"].get<double>(), a * a * kPi * kPi / 24, tolerance::kRoundoff);
  CHECK_ABS(j["exact"]["energy"].get<double>(), -a * kPi * kPi / 24, tolerance::kRoundoff);
  REQUIRE(j.contains("jko"));
  REQUIRE(j.contains("forward"));
  CHECK(j["jko"]["steps"] == 24);
  CHECK(j["forward"]["steps"] == 24);
  CHECK_ABS(j["jko"]["tau"].get<double>(), 0.05, tolerance::kRoundoff);
  // r = 1: both schemes are exact at t_n (a_n = n tau).
  CHECK(j["jko"]["rel_error"].get<double>() < 1e-14);
  CHECK(j["forward"]["rel_error"].get<double>() < 1e-14);
}

TEST_CASE("d = 2, r = 1.5, tau = 1/64: 64 JKO steps, rel_error from the closed-form recursion") {
  const Run r = run_nwgf("--d 2 --r 1.5 --t 1 --tau 0.015625 --json");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.contains("jko"));
  CHECK_FALSE(j.contains("forward"));  // r != 1 and no --t0: a Dirac start is not defined
  CHECK(j["jko"]["steps"] == 64);
  // r = 3/2: a - tau sqrt(a) = a_n is a quadratic in sqrt(a):
  // sqrt(a_{n+1}) = (tau + sqrt(tau^2 + 4 a_n)) / 2.
  const double tau = 0.015625;
  double a = 0;
  for (int n = 0; n < 64; ++n) {
    const double root = 0.5 * (tau + std::sqrt(tau * tau + 4 * a));
    a = root * root;
  }
  const double exact = flow_scale(1.5, 1.0);  // 0.25
  CHECK_ABS(j["exact"]["scale"].get<double>(), exact, tolerance::kRoundoff);
  CHECK(std::abs(j["jko"]["scale"].get<double>() - a) < 1e-13 * a);
  const double rel = std::abs(a - exact) / exact;  // 0.0876837486325528
  CHECK(std::abs(j["jko"]["rel_error"].get<double>() - rel) < 1e-12 * rel);
}

TEST_CASE("--t0 > 0 with r != 1: forward scheme from gamma(t0), steps = (t - t0)/tau") {
  const Run r = run_nwgf("--d 3 --r 0.5 --t 1 --tau 0.125 --t0 0.5 --json");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.contains("forward"));
  CHECK(j["forward"]["steps"] == 4);
  CHECK_ABS(j["forward"]["t0"].get<double>(), 0.5, tolerance::kRoundoff);
  double a = flow_scale(0.5, 0.5);
  for (int n = 0; n < 4; ++n) a += 0.125 * std::pow(a, -0.5);
  CHECK(std::abs(j["forward"]["scale"].get<double>() - a) < 1e-13 * a);
  const double exact = flow_scale(0.5, 1.0);
  CHECK(std::abs(j["forward"]["rel_error"].get<double>() - std::abs(a - exact) / exact) < 1e-12);
}

TEST_CASE("without --json: a readable table on stdout") {
  const Run r = run_nwgf("--d 2 --r 1 --t 1 --tau 0.25");
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("ball") != std::string::npos);
  CHECK(r.out.find("0.78539816339744") != std::string::npos);  // pi/4
  CHECK(r.out.find("JKO") != std::string::npos);
  CHECK(count_lines(r.out) > 5);
}

TEST_CASE("bad input: exit status 2, one line on stderr naming the value, nothing on stdout") {
  struct Case {
    const char* args;
    const char* must_mention;
  };
  const std::vector<Case> cases = {
      {"--d 0 --r 1 --t 1", "d = 0"},
      {"--d 2 --r 0 --t 1", "r = 0"},
      {"--d 2 --r 2 --t 1", "(0, 2)"},
      {"--d 2 --r 1 --t -1", "-1"},
      {"--d 2 --r 1 --t 1 --tau 0", "--tau 0"},
      {"--d 2 --r 1 --t 1 --tau 0.3", "whole number"},
      {"--d 2 --r 1 --t 1 --tau 0.1 --t0 1", "--t0 1"},
      {"--d 2 --r 1 --t 1 --tau 0.1 --t0 1.5", "--t0 1.5"},
      {"--d 2 --r 1.5 --t 1 --tau 0.1 --t0 0", "Dirac"},
      {"--d two --r 1 --t 1", "two"},
      {"--d 2 --r abc --t 1", "abc"},
      {"--d 2.5 --r 1 --t 1", "2.5"},
      {"--d 2 --r 1 --t 1 --bogus", "--bogus"},
  };
  std::vector<std::string> arg_list;
  for (const Case& c : cases) arg_list.push_back(c.args);
  const std::vector<Run> runs = run_nwgf_all(arg_list);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    const Run& r = runs[i];
    CAPTURE(c.args);
    CAPTURE(r.err);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(c.must_mention) != std::string::npos);
  }
}
