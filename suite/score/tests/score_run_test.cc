// Scoring a run folder (suite/score/score_run.h) against an independent brute-force exact MMD:
// for points on the support of gamma(t) = (a Id)_# eta*, docs/math.md section 4 gives
//   D^2 = -1/(2N^2) Σ_ij ||x_i - x_j||^r + (1/N) Σ_i a^r (||x_i/a||^2/2 - C) - a^r M2 / r
// with the potential's closed form on the support (analytic/profile.h: phi = ||y||^2/2 - C),
// summed here pair by pair. Scales: a(t) = ((2 - r) t)^(1/(2 - r)); for r = 1 the JKO iterate
// from delta_0 is a_n = n tau exactly (docs/math.md section 3.3).
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytic/profile.h"
#include "suite/common/errors.h"
#include "suite/score/score_run.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr double kRel = 1e-12;  // relative agreement of two double sums of the same terms

double brute_mmd2(const std::vector<double>& x, int d, double r, double a) {
  const nwgf::analytic::Profile p = nwgf::analytic::make_profile(d, r);
  const std::size_t n = x.size() / d;
  double pairs = 0, potential = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double y2 = 0;
    for (int k = 0; k < d; ++k) y2 += (x[i * d + k] / a) * (x[i * d + k] / a);
    potential += std::pow(a, r) * (y2 / 2 - p.potential_constant);
    for (std::size_t j = 0; j < n; ++j) {
      double s = 0;
      for (int k = 0; k < d; ++k) s += (x[i * d + k] - x[j * d + k]) * (x[i * d + k] - x[j * d + k]);
      pairs += std::pow(std::sqrt(s), r);
    }
  }
  const double nn = static_cast<double>(n);
  return -pairs / (2 * nn * nn) + potential / nn - std::pow(a, r) * p.m2 / r;
}

// Points inside the support of gamma(t) (radius a s): radii 0.1..0.9 of it, spread in angle.
std::vector<double> points_in_support(double a, int count, double phase) {
  const nwgf::analytic::Profile p = nwgf::analytic::make_profile(2, 1.0);
  std::vector<double> x;
  for (int i = 0; i < count; ++i) {
    const double rho = a * p.radius * (0.1 + 0.8 * i / (count - 1));
    const double angle = phase + 2.399963 * i;
    x.push_back(rho * std::cos(angle));
    x.push_back(rho * std::sin(angle));
  }
  return x;
}

void write_csv(const fs::path& p, const std::vector<double>& x) {
  std::ofstream out(p);
  for (std::size_t i = 0; i < x.size(); i += 2) out << fmt::format("{:.17g},{:.17g}\n", x[i], x[i + 1]);
}

}  // namespace

TEST_CASE("a run folder scored: MMD against the brute-force sum, scales against closed forms") {
  const fs::path dir = fs::temp_directory_path() / ("nwgf_score_run_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const double tau = 0.2, r = 1.0;
  json steps = json::array();
  std::vector<std::vector<double>> particles, samples;
  for (int n = 1; n <= 3; ++n) {
    const double a = n * tau;  // r = 1: a(t) = t
    particles.push_back(points_in_support(a, 9, 0.1 * n));
    samples.push_back(points_in_support(a, 13, 0.3 * n));
    write_csv(dir / fmt::format("p{}.csv", n), particles.back());
    json s{{"n", n}, {"t", n * tau}, {"particles", fmt::format("p{}.csv", n)}, {"train_s", 0.5 * n}};
    if (n == 3) {
      write_csv(dir / "s3.csv", samples.back());
      s["samples"] = "s3.csv";
    }
    steps.push_back(s);
  }
  json run{{"protocol", "nwgf-run/1"}, {"solver", "test_solver"}, {"scheme", "backward"}, {"d", 2}, {"r", r},
           {"tau", tau}, {"T", 0.6}, {"t0", 0.0}, {"seed", 0}, {"steps", steps}};
  std::ofstream(dir / "run.json") << run.dump();

  const json cell = nwgf::suite::score_run(dir.string());
  CHECK(cell["config"]["scheme"] == "external");
  CHECK(cell["config"]["solver"] == "test_solver");
  CHECK(cell["config"]["solver_scheme"] == "backward");
  REQUIRE(cell["steps"].size() == 3);
  for (int k = 0; k < 3; ++k) {
    const json& s = cell["steps"][k];
    const double a = (k + 1) * tau;
    CHECK(s["n"] == k + 1);
    CHECK(s["exact_scale"].get<double>() == doctest::Approx(a).epsilon(kRel));
    CHECK(s["scheme_scale"].get<double>() == doctest::Approx(a).epsilon(kRel));  // JKO, r = 1: n tau
    CHECK(s["wall_s"].get<double>() == 0.5 * (k + 1));
    CHECK(s["particles"]["n"] == 9);
    CHECK(s["particles"]["mmd2"].get<double>() ==
          doctest::Approx(brute_mmd2(particles[k], 2, r, a)).epsilon(kRel));
    // a_n = a(t_n): the MMD to the scheme iterate is the MMD to the flow.
    CHECK(s["particles"]["mmd_to_scheme"].get<double>() ==
          doctest::Approx(s["particles"]["mmd"].get<double>()).epsilon(kRel));
  }
  CHECK(cell["steps"][0]["chain"].is_null());
  CHECK(cell["steps"][2]["chain"]["n"] == 13);
  CHECK(cell["steps"][2]["chain"]["mmd2"].get<double>() ==
        doctest::Approx(brute_mmd2(samples[2], 2, r, 0.6)).epsilon(kRel));
  const json& summary = cell["summary"];
  CHECK(summary["status"] == "ok");
  CHECK(summary["steps"] == 3);
  CHECK(summary["train_wall_s"].get<double>() == doctest::Approx(3.0).epsilon(kRel));
  CHECK(summary["particles"] == cell["steps"][2]["particles"]);
  CHECK(summary["chain"] == cell["steps"][2]["chain"]);
  CHECK(summary["scheme_scale_kind"] == "jko");
  CHECK(summary["final_points"].size() == 9);

  // "other": compared with the exact flow only.
  run["scheme"] = "other";
  std::ofstream(dir / "run.json") << run.dump();
  const json other = nwgf::suite::score_run(dir.string());
  CHECK(other["steps"][0]["scheme_scale"].is_null());
  CHECK(other["steps"][0]["particles"]["mmd_to_scheme"].is_null());
  CHECK(other["steps"][0]["particles"]["mmd"] == cell["steps"][0]["particles"]["mmd"]);

  // A missing snapshot is named, and nothing is scored.
  fs::remove(dir / "p2.csv");
  try {
    nwgf::suite::score_run(dir.string());
    FAIL("a missing snapshot must be refused");
  } catch (const nwgf::suite::UsageError& e) {
    CHECK(std::string(e.what()) == (dir / "p2.csv").string() + ": missing (no such regular file)");
  }
  fs::remove_all(dir);
}
