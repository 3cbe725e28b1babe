// End-to-end tests of `nwgf score` of several run folders (suite/score/score_runs.h, the program in
// $NWGF_BIN, set by CTest): the self-convergence of run folders written here by an independent
// particle computation, and the refusals of folders that are not one problem at nested step sizes.
//
// The runs: the line family from dirac:0 toward the uniform law on [-1, 1] (docs/math.md 6), whose
// flow is Q(t, s) = (2 s - 1)(1 - e^-t) (analytic/line). Explicit Euler on N particles at levels
// s_i, x_i' = 2 s_i - 2 F_nu(x_i) with F_nu(x) = (x + 1) / 2 on [-1, 1], written in this test,
// gives x_i^n = (2 s_i - 1)(1 - (1 - tau)^n): first order in tau. Two such runs with the same
// levels at tau_c and tau_f = tau_c / 2 are sorted alike, so their W2 at t = n tau_c is
//   E = sqrt(mean_i (2 s_i - 1)^2) |(1 - tau_f)^{2n} - (1 - tau_c)^n|,
// and two runs at one tau with levels s, s' are at W2 = 2 (1 - (1 - tau)^n) sqrt(mean (s_i - s'_i)^2).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"
#include "testing/npy.h"
#include "testing/tolerances.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::read_text;
using nwgf::testing::run_nwgf;
using nwgf::testing::write_npy;

constexpr int kParticles = 1000;
constexpr double kT = 0.4;

// The midpoint levels (i + 1/2) / N (seed 0), or one uniform level in each (i / N, (i + 1) / N)
// drawn from the seed (the floor's second run).
std::vector<double> levels(unsigned seed) {
  std::vector<double> s(kParticles);
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int i = 0; i < kParticles; ++i) s[i] = (i + (seed == 0 ? 0.5 : u(rng))) / kParticles;
  return s;
}

// F_nu of the uniform law on [-1, 1].
double uniform_cdf(double x) { return std::clamp((x + 1.0) / 2.0, 0.0, 1.0); }

struct LineRun {
  double tau = 0.1;
  unsigned seed = 0;
  std::string solver = "euler_test";
  int particles = kParticles;
};

// A run folder of explicit Euler from dirac:0, every step recorded.
void write_run(const fs::path& dir, const LineRun& run) {
  fs::create_directories(dir);
  const std::vector<double> s = levels(run.seed);
  std::vector<double> x(run.particles, 0.0);
  const int steps = static_cast<int>(std::lround(kT / run.tau));
  json list = json::array();
  for (int n = 1; n <= steps; ++n) {
    for (int i = 0; i < run.particles; ++i) x[i] += run.tau * (2.0 * s[i] - 2.0 * uniform_cdf(x[i]));
    const std::string file = fmt::format("x{}.npy", n);
    write_npy(dir / file, x, run.particles, 1);
    list.push_back({{"n", n}, {"t", n * run.tau}, {"particles", file}});
  }
  const json manifest{{"protocol", "nwgf-run/1"}, {"solver", run.solver}, {"scheme", "forward"}, {"family", "line"},
                      {"start", "dirac:0"},       {"target", "uniform:-1,1"}, {"d", 1},        {"r", 1.0},
                      {"tau", run.tau},           {"T", kT},                  {"t0", 0.0},     {"seed", run.seed},
                      {"steps", list}};
  std::ofstream(dir / "run.json") << manifest.dump(1);
}

double rms(const std::vector<double>& v) {
  double sum = 0.0;
  for (double a : v) sum += a * a;
  return std::sqrt(sum / v.size());
}

// The W2 between the Euler runs at tau and tau / 2 (same levels) at T, closed form (header).
double successive_w2(double tau) {
  std::vector<double> a;
  for (double s : levels(0)) a.push_back(2.0 * s - 1.0);
  const int n = static_cast<int>(std::lround(kT / tau));
  return rms(a) * std::abs(std::pow(1.0 - tau / 2.0, 2 * n) - std::pow(1.0 - tau, n));
}

// The differences E are about 1 % of the positions: the roundoff of the positions (a few ulps of
// 0.66 after 16 Euler steps) relative to E is about 1e-13; 1e-10 leaves room for the sums.
constexpr double kCancellation = 1e-10;

void expect_refused(const std::vector<std::string>& args, const fs::path& out, const fs::path& scratch,
                    const std::vector<std::string>& words) {
  const Run r = run_nwgf(args, scratch);
  CHECK(r.status == 2);
  CHECK(count_lines(r.err) == 1);
  for (const std::string& w : words) CHECK_MESSAGE(r.err.find(w) != std::string::npos, "missing '" << w << "' in: " << r.err);
  CHECK(!fs::exists(out));
}

}  // namespace

TEST_CASE("nwgf score of three Euler runs at tau 0.1, 0.05, 0.025: W2 self-convergence order 1, no floor given") {
  const fs::path scratch = nwgf::testing::scratch_dir("nwgf_cli_score_selfconv");
  const std::vector<double> taus{0.1, 0.05, 0.025};
  std::vector<std::string> dirs;
  for (double tau : taus) {
    dirs.push_back((scratch / fmt::format("tau{}", tau)).string());
    write_run(dirs.back(), {tau});
  }
  const fs::path out = scratch / "selfconv.json";
  // Given finest first: the folders are sorted by tau.
  const Run ok = run_nwgf({"score", dirs[2], dirs[0], dirs[1], "--out", out.string()}, scratch);
  INFO(ok.err);
  REQUIRE(ok.status == 0);
  CHECK(ok.out.find("self-convergence at T: W2") != std::string::npos);
  const json doc = json::parse(read_text(out));
  REQUIRE(doc["cells"].size() == 3);
  CHECK(doc["cells"][0]["config"]["tau"] == 0.025);  // the order given
  for (const json& cell : doc["cells"]) CHECK(cell["summary"]["status"] == "ok");
  const json& sc = doc["self_convergence"];
  CHECK(sc["method"].is_string());
  CHECK(sc["taus"] == json(taus));
  CHECK(sc["times"].size() == 4);  // 0.1, 0.2, 0.3, 0.4: every step of the coarsest run
  CHECK(sc["floor_seed"].is_null());
  CHECK(sc["reason"].get<std::string>().find("no floor given") != std::string::npos);
  const json& w2 = sc["distances"]["w2"];
  CHECK(w2["method"] == "sorted");
  CHECK(w2["floor"].is_null());
  for (int i = 0; i < 2; ++i)
    CHECK_REL(w2["pairs"][i]["values"].back().get<double>(), successive_w2(taus[i]), kCancellation);
  // Order 1 of explicit Euler; at these taus the ratio of the closed forms gives 1.06.
  const double order = w2["analysis"]["observed_order"].get<double>();
  CHECK_ABS(order, 1.0, 0.1);
  CHECK_REL(order, std::log2(successive_w2(0.1) / successive_w2(0.05)), kCancellation);
  CHECK(w2["analysis"]["status"] == "order");
  fs::remove_all(scratch);
}

TEST_CASE("nwgf score with a second seed at the finest tau: the seed-to-seed distance is the floor") {
  const fs::path scratch = nwgf::testing::scratch_dir("nwgf_cli_score_selfconv_floor");
  std::vector<std::string> dirs;
  for (double tau : {0.1, 0.05, 0.025}) {
    dirs.push_back((scratch / fmt::format("tau{}", tau)).string());
    write_run(dirs.back(), {tau});
  }
  dirs.push_back((scratch / "tau0.025_seed1").string());
  write_run(dirs.back(), {0.025, 1});
  const fs::path out = scratch / "selfconv.json";
  std::vector<std::string> args{"score"};
  args.insert(args.end(), dirs.begin(), dirs.end());
  args.insert(args.end(), {"--out", out.string()});
  const Run ok = run_nwgf(args, scratch);
  INFO(ok.err);
  REQUIRE(ok.status == 0);
  const json doc = json::parse(read_text(out));
  CHECK(doc["cells"].size() == 4);
  const json& sc = doc["self_convergence"];
  CHECK(sc["floor_seed"] == 1);
  CHECK(sc["runs"][3]["role"] == "floor");
  // Floor at T: 2 (1 - (1 - tau)^n) rms(s - s') (header), same-sorted sets.
  std::vector<double> ds;
  const std::vector<double> s0 = levels(0), s1 = levels(1);
  for (int i = 0; i < kParticles; ++i) ds.push_back(s0[i] - s1[i]);
  const double floor_T = 2.0 * (1.0 - std::pow(1.0 - 0.025, 16)) * rms(ds);
  CHECK_REL(sc["distances"]["w2"]["floor"].back().get<double>(), floor_T, kCancellation);
  CHECK(sc["distances"]["w2"]["analysis"]["status"] == "order");
  CHECK(sc["reason"].get<std::string>().find("no floor given") == std::string::npos);
  CHECK_ABS(sc["distances"]["w2"]["analysis"]["observed_order"].get<double>(), 1.0, 0.1);
  fs::remove_all(scratch);
}

TEST_CASE("nwgf score of folders that are not one problem at nested taus: exit 2, one line naming field and folders") {
  const fs::path scratch = nwgf::testing::scratch_dir("nwgf_cli_score_selfconv_bad");
  const auto dir = [&](const std::string& name, const LineRun& run) {
    const std::string d = (scratch / name).string();
    write_run(d, run);
    return d;
  };
  const std::string a = dir("a", {0.1}), b = dir("b", {0.05}), c = dir("c", {0.025});
  const fs::path out = scratch / "out.json";
  const std::string o = out.string();
  // Two copies of one folder: too few, and with a third the same tau and seed twice.
  expect_refused({"score", a, a, "--out", o}, out, scratch, {"2 run folders"});
  expect_refused({"score", a, a, b, "--out", o}, out, scratch, {"tau", a});
  expect_refused({"score", a, b, dir("other_solver", {0.025, 0, "other"}), "--out", o}, out, scratch,
                 {"solver", "other_solver"});
  expect_refused({"score", a, b, dir("not_nested", {0.02}), "--out", o}, out, scratch, {"tau", "not_nested"});
  expect_refused({"score", a, b, dir("seed2", {0.025, 2}), "--out", o}, out, scratch, {"seed", "seed2"});
  expect_refused({"score", a, b, dir("fewer", {0.025, 0, "euler_test", 500}), "--out", o}, out, scratch,
                 {"particles", "fewer"});
  expect_refused({"score", a, b, c, dir("floor_at_coarse", {0.1, 3}), "--out", o}, out, scratch,
                 {"seed", "floor_at_coarse"});
  expect_refused({"score", a, b, (scratch / "missing").string(), "--out", o}, out, scratch, {"missing"});
  fs::remove_all(scratch);
}
