// End-to-end tests of `nwgf analytic --family radial`: runs the built binary (NWGF_BIN, set by
// CTest), parses its JSON and checks it against the Dirac family's closed forms written here
// (docs/math.md sections 3.1, 3.2 and 7.3): from gamma(0.2) without a target the flow is the
// dilation of eta*, so at the Dirac family's time t the radial quantile is a(t) R in the sphere
// regime (d = 3, r = 1.5: R^(2-r) = r 2^r / (r + 2)) and a(t) s sqrt(BetaInv(level; 1, 1/4)) =
// a(t) s sqrt(1 - (1 - level)^4) in the ball regime (d = 2, r = 1.5, gamma = -3/4,
// s^(2-r) = r Gamma(2 - r/2) Gamma((d + r)/2) / Gamma(d/2 + 1)). A sphere start in d = 3 without
// a target follows R^(2-r) = R0^(2-r) + (2 - r) 2^r r t / (r + 2) (docs/math.md 7.3). Every bad
// input: exit 2, one line on stderr naming the value, nothing on stdout.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;

constexpr double kSphereRegime = 1e-12;  // the done-when tolerance of the sphere-regime dilation

std::vector<Run> run_all(const std::vector<std::string>& arg_list) {
  std::vector<std::string> lines;
  for (const std::string& args : arg_list) lines.push_back("analytic --family radial " + args);
  return nwgf::testing::run_nwgf_batch(lines, nwgf::testing::scratch_dir("nwgf_cli_analytic_radial"));
}

double flow_scale(double r, double t) { return std::pow((2 - r) * t, 1 / (2 - r)); }

}  // namespace

TEST_CASE("from gamma(0.2) without a target: the dilation of eta*, in both regimes, within the estimates") {
  // Few levels: the sphere regime is one atom (every level at one radius), and the ball regime's
  // graded levels reach its estimate <= 1e-6 at 512 (docs/math.md 7.5; 1.2e-6 at level 0.1 with 256).
  const auto runs = run_all({"--d 3 --r 1.5 --start gamma:0.2 --t 1.2 --levels 0.1,0.5,0.9 --reference-levels 64 --json",
                             "--d 2 --r 1.5 --start gamma:0.2 --t 1.2 --levels 0.1,0.5,0.9 --reference-levels 512 --json"});
  const double r = 1.5, a = flow_scale(r, 1.2);
  {
    const Run& run = runs[0];
    INFO(run.err);
    REQUIRE(run.status == 0);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["family"] == "radial");
    CHECK(j["t0"].get<double>() == 0.2);
    CHECK(j["target"].is_null());
    const double R = std::pow(r * std::pow(2.0, r) / (r + 2), 1 / (2 - r));
    for (int k = 0; k < 3; ++k) {
      const double q = j["flow"]["quantiles"][k].get<double>();
      INFO("level " << k << ": " << q << " vs " << a * R);
      CHECK(std::abs(q - a * R) <= kSphereRegime * a * R);
    }
  }
  {
    const Run& run = runs[1];
    INFO(run.err);
    REQUIRE(run.status == 0);
    const auto j = nlohmann::json::parse(run.out);
    const double d = 2, s = std::pow(r * std::tgamma(2 - r / 2) * std::tgamma((d + r) / 2) / std::tgamma(d / 2 + 1),
                                     1 / (2 - r));
    const std::vector<double> levels{0.1, 0.5, 0.9};
    for (int k = 0; k < 3; ++k) {
      const double exact = a * s * std::sqrt(1 - std::pow(1 - levels[k], 4));
      const double q = j["flow"]["quantiles"][k].get<double>();
      const double estimate = j["flow"]["quantile_errors"][k].get<double>();
      INFO("level " << levels[k] << ": " << q << " vs " << exact << ", estimate " << estimate);
      CHECK(estimate <= 1e-6);
      CHECK(std::abs(q - exact) <= estimate);
    }
  }
}

TEST_CASE("a sphere start in d = 3: the scalar ODE's radius; with --tau both iterates and their W2 to the flow") {
  const auto runs = run_all({"--d 3 --r 1 --start sphere:0.5 --t 1 --levels 0.5 --reference-levels 16 --tau 0.25 --json",
                             "--d 3 --r 1 --start gaussian:0.3 --target sphere:1 --t 0.5 --levels 0.1,0.9 "
                             "--reference-levels 128 --tau 0.25"});
  {
    const Run& run = runs[0];
    INFO(run.err);
    REQUIRE(run.status == 0);
    const auto j = nlohmann::json::parse(run.out);
    const double r = 1, R = std::pow(std::pow(0.5, 2 - r) + (2 - r) * std::pow(2.0, r) * r / (r + 2), 1 / (2 - r));
    CHECK(std::abs(j["flow"]["quantiles"][0].get<double>() - R) <= 1e-12 * R);
    for (const char* key : {"jko", "forward"}) {
      REQUIRE(j.contains(key));
      CHECK(j[key]["steps"] == 4);
      CHECK(j[key]["w2_to_flow"].get<double>() > 0);  // r = 1 toward nothing: not exact in time on a sphere
      CHECK(j[key]["w2_to_flow"].get<double>() < 0.05);
    }
  }
  {
    const Run& run = runs[1];  // the table
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("MMD to the target") != std::string::npos);
    CHECK(run.out.find("jko (W2 to flow") != std::string::npos);
  }
}

TEST_CASE("bad input: exit 2, one line naming the value, nothing printed") {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"--d 1 --start sphere:1", "d = 1"},
      {"--d 2 --r 0.5 --start sphere:1", "Lipschitz"},
      {"--d 3 --start sphere:0", "sphere:0"},
      {"--d 3 --start ball:1 --target gamma:0.1", "gamma"},
      {"--d 3 --start ball:1 --levels 0.5,1.5", "1.5"},
      {"--d 3", "--start"},
      {"--d 3 --start ball:1 --t0 0.1", "--t0"},
      {"--d 3 --start gamma:0.5 --t 0.2", "--t"},
      {"--d 3 --start ball:1 --t 1 --tau 0.3", "--tau"},
      {"--d 3 --start 'ball:1@0;sphere:1@1'", "ball:1@0"},
  };
  std::vector<std::string> args;
  for (const auto& c : cases) args.push_back(c.first);
  const auto runs = run_all(args);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Run& run = runs[i];
    INFO(cases[i].first << " -> status " << run.status << ", stderr: " << run.err);
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK(count_lines(run.err) == 1);
    CHECK(run.err.find(cases[i].second) != std::string::npos);
  }
}
