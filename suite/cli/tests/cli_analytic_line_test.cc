// End-to-end tests of `nwgf analytic --family line`: runs the built binary (NWGF_BIN, set by
// CTest), parses its JSON and checks it against the closed forms of docs/math.md section 6
// written here: toward two Diracs from delta_0, Q(t, s) = clip((2s - 1) t, -1, 1), and the JKO
// scheme is exact in time; toward uniform[-1, 1], Q(t, s) = (2s - 1)(1 - e^-t), the JKO
// iterate is Q_n(s) = (2s - 1)(1 - (1 + tau)^-n) and its W2 to the flow is
// |e^-T - (1 + tau)^-N| / sqrt(3) (order 1). Every bad input: exit 2, one line on stderr
// naming the value, nothing on stdout.
#include <doctest/doctest.h>

#include <algorithm>
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

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;

constexpr double kClip = 1e-14;        // the done-when tolerance of the two-Dirac flow
constexpr double kJkoExact = 1e-12;    // JKO toward two Diracs equals the flow
constexpr double kUniform = 1e-12;     // (2s - 1)(1 - e^-t)

// Runs `nwgf analytic --family line <args>` for every element concurrently (each process loads
// LibTorch, ~0.3 s of CPU) and returns exit status, stdout and stderr of each.
std::vector<Run> run_all(const std::vector<std::string>& arg_list) {
  std::vector<std::string> lines;
  for (const std::string& args : arg_list) lines.push_back("analytic " + args);
  return nwgf::testing::run_nwgf_batch(lines, nwgf::testing::scratch_dir("nwgf_cli_analytic_line"));
}

double clip(double v) { return std::min(1.0, std::max(-1.0, v)); }

}  // namespace

TEST_CASE("toward two Diracs from delta_0: clip((2s - 1) t, -1, 1), and JKO exact in time") {
  const auto runs = run_all(
      {"--family line --start dirac:0 --target 'diracs:-1;1' --t 2 --levels 0.1,0.4,0.9 --json",
       "--family line --start dirac:0 --target 'diracs:-1;1' --t 2 --levels 0.1,0.4,0.9 --tau 0.05 --json",
       "--family line --start dirac:0 --target 'diracs:-1;1' --t 2 --levels 0.1,0.4,0.9 --tau 0.05"});
  const std::vector<double> levels = {0.1, 0.4, 0.9};
  for (int k = 0; k < 2; ++k) {
    const Run& r = runs[k];
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["family"] == "line");
    CHECK(j["start"] == "dirac:0");
    CHECK(j["target"] == "diracs:-1;1");
    CHECK(j["t"].get<double>() == 2.0);
    REQUIRE(j["levels"].size() == 3);
    REQUIRE(j["flow"]["quantiles"].size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
      CHECK(j["levels"][i].get<double>() == levels[i]);
      CHECK(std::abs(j["flow"]["quantiles"][i].get<double>() - clip((2 * levels[i] - 1) * 2)) < kClip);
    }
    // At t = 2 the levels s in (1/4, 3/4) have not reached the atoms: Q = 2 (2s - 1) there, so
    // mu_t has atoms of 1/4 at -1 and 1 and density 1/4 on (-1, 1): F_t(x) = (x + 2)/4 there,
    // F_nu = 1/2, and D^2 = ∫_{-1}^{1} (x/4)^2 dx = 1/24.
    CHECK(std::abs(j["flow"]["mmd_to_target"].get<double>() - std::sqrt(1.0 / 24.0)) < 1e-12);
    if (k == 0) {
      CHECK_FALSE(j.contains("jko"));
      CHECK_FALSE(j.contains("forward"));
      continue;
    }
    REQUIRE(j.contains("jko"));
    REQUIRE(j.contains("forward"));
    CHECK(j["jko"]["steps"] == 40);
    CHECK(j["jko"]["tau"].get<double>() == 0.05);
    for (std::size_t i = 0; i < 3; ++i)
      CHECK(std::abs(j["jko"]["quantiles"][i].get<double>() - clip((2 * levels[i] - 1) * 2)) < kJkoExact);
    CHECK(j["jko"]["w2_to_flow"].get<double>() < 1e-12);
    CHECK(j["forward"]["steps"] == 40);
    CHECK(j["forward"]["quantiles"].size() == 3);
    CHECK(j["forward"]["w2_to_flow"].get<double>() >= 0.0);
  }
  // The table names the flow, both schemes and the levels.
  const Run& table = runs[2];
  REQUIRE(table.status == 0);
  CHECK(table.out.find("JKO: tau = 0.05") != std::string::npos);
  CHECK(table.out.find("forward (explicit Euler") != std::string::npos);
  CHECK(table.out.find("0.9") != std::string::npos);
}

TEST_CASE("toward uniform[-1, 1]: (2s - 1)(1 - e^-1), JKO order 1 as tau halves to 0.0125") {
  const std::vector<double> taus = {0.1, 0.05, 0.025, 0.0125};
  std::vector<std::string> args;
  for (double tau : taus)
    args.push_back("--family line --start dirac:0 --target uniform:-1,1 --t 1 --levels 0.05,0.3,0.5,0.8 --tau " +
                   std::to_string(tau) + " --json");
  const auto runs = run_all(args);
  const std::vector<double> levels = {0.05, 0.3, 0.5, 0.8};
  std::vector<double> w2;
  for (std::size_t k = 0; k < taus.size(); ++k) {
    REQUIRE(runs[k].status == 0);
    const auto j = nlohmann::json::parse(runs[k].out);
    const double tau = taus[k];
    const int n = static_cast<int>(std::lround(1.0 / tau));
    CHECK(j["jko"]["steps"] == n);
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const double s = levels[i];
      CHECK(std::abs(j["flow"]["quantiles"][i].get<double>() - (2 * s - 1) * (1 - std::exp(-1.0))) < kUniform);
      // Implicit Euler of Q' = (2s - 1) - Q from 0: (2s - 1)(1 - (1 + tau)^-n).
      CHECK(std::abs(j["jko"]["quantiles"][i].get<double>() - (2 * s - 1) * (1 - std::pow(1 + tau, -n))) < 1e-13);
      // Explicit Euler: (2s - 1)(1 - (1 - tau)^n) (levels stay inside [-1, 1]).
      CHECK(std::abs(j["forward"]["quantiles"][i].get<double>() - (2 * s - 1) * (1 - std::pow(1 - tau, n))) < 1e-12);
    }
    // mu_1 is uniform on [-a, a], a = 1 - e^-1: D^2 = 2 (1 - a)^3/12 (the target's tails) +
    // ∫_{-a}^{a} (x (1 - a)/(2a))^2 dx = (1 - a)^2/6, so D = e^-1/sqrt(6).
    CHECK(std::abs(j["flow"]["mmd_to_target"].get<double>() - std::exp(-1.0) / std::sqrt(6.0)) < 1e-12);
    const double expected_w2 = std::abs(std::exp(-1.0) - std::pow(1 + tau, -n)) / std::sqrt(3.0);
    CHECK(std::abs(j["jko"]["w2_to_flow"].get<double>() - expected_w2) < 1e-10 * expected_w2);
    const double expected_fw = std::abs(std::exp(-1.0) - std::pow(1 - tau, n)) / std::sqrt(3.0);
    // The forward law interpolates 4096 levels linearly: exact here (Q_n is linear in s), up to
    // the constant pieces beyond the first and last level (W2^2 ~ 1e-12).
    CHECK(std::abs(j["forward"]["w2_to_flow"].get<double>() - expected_fw) < 1e-3 * expected_fw);
    w2.push_back(j["jko"]["w2_to_flow"].get<double>());
  }
  for (std::size_t k = 0; k + 1 < w2.size(); ++k) {
    const double order = std::log2(w2[k] / w2[k + 1]);
    CAPTURE(taus[k]);
    CHECK(std::abs(order - 1.0) < 0.1);
  }
}

TEST_CASE("weighted Diracs and a Gaussian target; --t0 starts the schemes on the flow") {
  const auto runs = run_all(
      {"--family line --start 'diracs:-1@0.2;0.25@0.5;1.5@0.3' --target gaussian:0.5,0.3 --t 1 --levels 0.5 --tau 0.1 --json",
       "--family line --start uniform:-1,1 --target 'diracs:-1;1' --t 1 --t0 0.5 --tau 0.1 --levels 0.25,0.75 --json"});
  REQUIRE(runs[0].status == 0);
  const auto j = nlohmann::json::parse(runs[0].out);
  // Level 1/2 starts at 0.25 (inside the middle atom, F_0 jumps 0.2 -> 0.7) and relaxes toward
  // the target's median 0.5: it stays in [0.25, 0.5].
  const double q = j["flow"]["quantiles"][0].get<double>();
  CHECK(q > 0.25);
  CHECK(q < 0.5);
  CHECK(j["jko"]["w2_to_flow"].get<double>() > 0.0);
  REQUIRE(runs[1].status == 0);
  const auto k = nlohmann::json::parse(runs[1].out);
  CHECK(k["jko"]["t0"].get<double>() == 0.5);
  CHECK(k["jko"]["steps"] == 5);
}

TEST_CASE("bad input: exit 2, one line naming the value, nothing on stdout") {
  struct Bad {
    std::string args, mentions;
  };
  const std::vector<Bad> cases = {
      {"--family line --target 'circle:1' --t 1", "circle:1"},
      {"--family line --target 'diracs:-1@0;1@1' --t 1", "weight 0"},
      {"--family line --target 'diracs:-1@-2;1@1' --t 1", "weight -2"},
      {"--family line --target 'diracs:-1@1;1' --t 1", "all atoms weighted"},
      {"--family line --target uniform:1,1 --t 1", "a < b"},
      {"--family line --target uniform:2,1 --t 1", "a < b"},
      {"--family line --target gaussian:0,0 --t 1", "s = 0"},
      {"--family line --target gaussian:0,-1 --t 1", "s = -1"},
      {"--family line --start gaussian:1e9,1 --target uniform:0,1 --t 1", "start position 1000000009"},
      {"--family line --start cdf:no-such-table.txt --target uniform:0,1 --t 1", "no-such-table.txt"},
      {"--family line --target 'mix:gaussian:0,1|dirac:1@1' --t 1", "has no weight"},
      {"--family line --target uniform:0,1 --levels 0.5,1 --t 1", "level 1"},
      {"--family line --target uniform:0,1 --levels 0 --t 1", "level 0"},
      {"--family line --target uniform:0,1 --levels 0.2,x --t 1", "'x'"},
      {"--family line --target uniform:0,1 --d 2 --t 1", "distance kernel on R"},
      {"--family line --target uniform:0,1 --r 1.5 --t 1", "distance kernel on R"},
      {"--family line --t 1", "--target"},
      {"--family circle --t 1", "circle"},
      {"--target uniform:0,1 --t 1", "--family line"},
      {"--family line --target uniform:0,1 --t 1 --tau 0.3", "tau"},
      {"--family line --target 'diracs:1,2;3' --t 1", "one-dimensional"},
  };
  std::vector<std::string> args;
  for (const auto& c : cases) args.push_back(c.args);
  const auto runs = run_all(args);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    CAPTURE(cases[i].args);
    CAPTURE(runs[i].err);
    CHECK(runs[i].status == 2);
    CHECK(runs[i].out.empty());
    CHECK(count_lines(runs[i].err) == 1);
    CHECK(runs[i].err.find(cases[i].mentions) != std::string::npos);
  }
}

TEST_CASE("scales beyond what the line family resolves: refused at once, one line with the range") {
  // These ran for minutes in nested adaptive quadrature (a target 1e10 away, 1e10 wide, sigma =
  // 1000 at t = 1, a start 1e300 wide); each is now refused before any work. A run that took
  // longer than the limit would fail here (timed_out), never stall the test.
  struct Bad {
    std::vector<std::string> args;
    std::string mentions;
  };
  const std::vector<Bad> cases = {
      {{"--target", "gaussian:1e10,1"}, "its standard deviation is 1e-10 of its mean's magnitude; allowed: at least 1e-06"},
      {{"--target", "gaussian:0,1e10"}, "allowed: up to 100 times (200)"},
      {{"--target", "gaussian:0,1000"}, "rest points lie up to 9000 from the start"},
      {{"--start", "uniform:-1e300,1e300", "--target", "diracs:-1;1"},
       "'-1e300' is out of range; allowed: 0 or magnitudes from 1e-100 to 1e+100"},
      {{"--target", "gaussian:0,1e-308"}, "'1e-308' is out of range (beyond double precision); allowed: 0 or"},
  };
  const auto scratch = nwgf::testing::scratch_dir("nwgf_cli_analytic_line_scales");
  for (const auto& c : cases) {
    std::vector<std::string> args = {"analytic", "--family", "line", "--t", "1"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const Run r = nwgf::testing::run_nwgf(args, scratch, 60.0);
    CAPTURE(c.args.back());
    CAPTURE(r.err);
    CHECK_FALSE(r.timed_out);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(c.mentions) != std::string::npos);
  }
  std::filesystem::remove_all(scratch);
}

TEST_CASE("a uniform target 1e20 wide: the JKO iterate is (2s - 1) t like the flow, not 0") {
  // F = 1/2 + q / 2e20 near the levels, so the flow and the JKO iterate are (2s - 1) t to 1e-20.
  const auto runs = run_all({"--family line --target uniform:-1e20,1e20 --t 1 --tau 0.5 --levels 0.1,0.5,0.9 --json"});
  REQUIRE(runs[0].status == 0);
  const auto j = nlohmann::json::parse(runs[0].out);
  const std::vector<double> levels = {0.1, 0.5, 0.9};
  for (std::size_t i = 0; i < levels.size(); ++i) {
    CAPTURE(levels[i]);
    CHECK(std::abs(j["flow"]["quantiles"][i].get<double>() - (2 * levels[i] - 1)) < 1e-15);
    CHECK(std::abs(j["jko"]["quantiles"][i].get<double>() - (2 * levels[i] - 1)) < 1e-15);
  }
  CHECK(j["jko"]["w2_to_flow"].get<double>() < 1e-15);
}

TEST_CASE("the explicit Euler iterate toward two Diracs is exact at t = 1, its end levels included") {
  // Q_n(s) = (2s - 1) t on all of (0, 1): W2 to the flow at rounding level (it was
  // t sqrt(8/3) / 8192^1.5 = 2.2e-6 with the end values held constant).
  const auto runs = run_all({"--family line --start dirac:0 --target 'diracs:-1;1' --t 1 --tau 0.05 --json"});
  REQUIRE(runs[0].status == 0);
  const auto j = nlohmann::json::parse(runs[0].out);
  CHECK(j["forward"]["w2_to_flow"].get<double>() < 1e-14);
}

TEST_CASE("table starts and targets, a Gaussian start and a mixture target against closed forms") {
  const auto dir = nwgf::testing::scratch_dir("nwgf_cli_analytic_line_tables");
  // U[-1, 1] as a quantile table (start) and as a CDF table with a comment (target): the
  // target itself, so every level rests at 2s - 1 and the JKO iterate with it.
  const std::string q = (dir / "uniform.quantile").string(), c = (dir / "uniform.cdf").string();
  std::ofstream(q) << "0 -1\n1 1\n";
  std::ofstream(c) << "# x F\n-1, 0\n1, 1\n";
  const auto runs = run_all(
      {"--family line --start 'quantile:" + q + "' --target 'cdf:" + c + "' --t 1.5 --levels 0.1,0.5,0.9 --tau 0.1 --json",
       "--family line --start gaussian:0.3,0.5 --target uniform:-1,1 --t 0.5 --levels 0.001,0.5,0.999 --json",
       "--family line --start dirac:0 --target 'mix:diracs:-1;1@1|uniform:-1,1@1' --t 0.5 --levels 0.1,0.5,0.9 --json"});
  const std::vector<double> levels = {0.1, 0.5, 0.9};
  {
    const Run& r = runs[0];
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    for (std::size_t k = 0; k < 3; ++k) {
      CHECK(std::abs(j["flow"]["quantiles"][k].get<double>() - (2 * levels[k] - 1)) < kUniform);
      CHECK(std::abs(j["jko"]["quantiles"][k].get<double>() - (2 * levels[k] - 1)) < kUniform);
    }
    CHECK(j["jko"]["w2_to_flow"].get<double>() < kUniform);
  }
  {
    // From N(0.3, 0.5^2) toward U[-1, 1] (docs/math.md 6.2): a level below -1 moves at speed 2s
    // until it reaches -1, one above 1 at 2s - 2; inside it relaxes to 2s - 1 at rate 1. The
    // start quantiles 0.3 + 0.5 z(s): z(0.001) = -3.090232306167814 (Boost, 17 digits).
    const Run& r = runs[1];
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    const double z = 3.090232306167814, t = 0.5;
    auto flow = [&](double s, double q0) {
      double tt = t, qq = q0;
      if (qq < -1) {
        const double hit = (-1 - qq) / (2 * s);
        if (hit >= tt) return qq + 2 * s * tt;
        tt -= hit;
        qq = -1;
      } else if (qq > 1) {
        const double hit = (qq - 1) / (2 - 2 * s);
        if (hit >= tt) return qq + (2 * s - 2) * tt;
        tt -= hit;
        qq = 1;
      }
      return (2 * s - 1) + (qq - (2 * s - 1)) * std::exp(-tt);
    };
    CHECK(std::abs(j["flow"]["quantiles"][0].get<double>() - flow(0.001, 0.3 - 0.5 * z)) < kUniform);
    CHECK(std::abs(j["flow"]["quantiles"][1].get<double>() - flow(0.5, 0.3)) < kUniform);
    CHECK(std::abs(j["flow"]["quantiles"][2].get<double>() - flow(0.999, 0.3 + 0.5 * z)) < kUniform);
  }
  {
    // 0.5 (delta_-1 + delta_1)/2 + 0.5 U[-1, 1]: F = 1/4 + (q + 1)/4 on (-1, 1), so from delta_0
    // Q' = 2s - 1 - q/2 and Q(t, s) = (4s - 2)(1 - e^(-t/2)) while |Q| < 1.
    const Run& r = runs[2];
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    for (std::size_t k = 0; k < 3; ++k)
      CHECK(std::abs(j["flow"]["quantiles"][k].get<double>() - (4 * levels[k] - 2) * (1 - std::exp(-0.25))) < kUniform);
  }
}
