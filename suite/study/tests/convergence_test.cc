// Convergence analysis: order fits on known sequences, exact-scheme errors from closed forms,
// and the per-seed statistics of hand-made cells (suite/study/convergence.h).
#include <cmath>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "analytic/profile.h"
#include "suite/study/convergence.h"
#include "testing/tolerances.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {
namespace tolerance = nwgf::tolerance;  // testing/tolerances.h: kRoundoff, exact arithmetic up to rounding
}  // namespace

TEST_CASE("orders of e = C tau^p are p, successive and least squares, with zero standard error") {
  const std::vector<double> taus{0.4, 0.2, 0.1, 0.05};
  for (double p : {0.5, 1.0, 2.0}) {
    std::vector<double> e;
    for (double t : taus) e.push_back(3.0 * std::pow(t, p));
    const auto o = sequence_orders(taus, e);
    REQUIRE(o.successive.size() == 3);
    for (double q : o.successive) CHECK_REL(q, p, tolerance::kRoundoff);
    REQUIRE(o.fit);
    CHECK_REL(o.fit->order, p, tolerance::kRoundoff);
    CHECK(std::abs(o.fit->order_stderr) < 1e-10);
    CHECK_REL(o.fit->log_constant, std::log(3.0), tolerance::kRoundoff);
  }
}

TEST_CASE("orders of e = tau + tau^2 match the formula log(e_i/e_{i+1}) / log 2") {
  const std::vector<double> taus{0.4, 0.2, 0.1};
  std::vector<double> e;
  for (double t : taus) e.push_back(t + t * t);
  const auto o = sequence_orders(taus, e);
  // Reference by hand: e = 0.56, 0.24, 0.11.
  CHECK_REL(o.successive[0], std::log(0.56 / 0.24) / std::log(2.0), tolerance::kRoundoff);
  CHECK_REL(o.successive[1], std::log(0.24 / 0.11) / std::log(2.0), tolerance::kRoundoff);
  // Least squares through three points: slope = Σ (x - x̄)(y - ȳ) / Σ (x - x̄)^2, x = log tau.
  const double x[3] = {std::log(0.4), std::log(0.2), std::log(0.1)};
  const double y[3] = {std::log(0.56), std::log(0.24), std::log(0.11)};
  const double xm = (x[0] + x[1] + x[2]) / 3, ym = (y[0] + y[1] + y[2]) / 3;
  double sxy = 0, sxx = 0;
  for (int i = 0; i < 3; ++i) sxy += (x[i] - xm) * (y[i] - ym), sxx += (x[i] - xm) * (x[i] - xm);
  CHECK_REL(o.fit->order, sxy / sxx, tolerance::kRoundoff);
  CHECK(o.fit->order_stderr > 0);
}

TEST_CASE("zero or missing errors are skipped and counted; fewer than two usable give no fit") {
  const std::vector<double> taus{0.4, 0.2, 0.1};
  const auto exact = sequence_orders(taus, {0.0, 0.0, 0.0});  // e.g. JKO at r = 1: exact
  CHECK_FALSE(exact.fit);
  CHECK(exact.skipped == 3);
  const auto partial = sequence_orders(taus, {0.4, NAN, 0.1});
  REQUIRE(partial.fit);
  CHECK(partial.fit->points == 2);
  CHECK(partial.fit->skipped == 1);
  CHECK_REL(partial.fit->order, 1.0, tolerance::kRoundoff);
}

TEST_CASE("exact scheme scales: JKO at r = 1 is exact, forward Euler from gamma(t0) as iterated by hand") {
  CHECK_REL(*exact_scheme_scale("backward", 1.0, 0.1, 0.0, 0.8), 0.8, tolerance::kRoundoff);
  CHECK_REL(*exact_scheme_scale("forward", 1.0, 0.1, 0.0, 0.8), 0.8, tolerance::kRoundoff);
  CHECK_FALSE(exact_scheme_scale("forward", 1.5, 0.1, 0.0, 0.8));
  // r = 1.5: a(t) = (t/2)^2; Euler a <- a + tau sqrt(a) from a(0.2) = 0.01, 6 steps of 0.1.
  double a = 0.01;
  for (int n = 0; n < 6; ++n) a += 0.1 * std::sqrt(a);
  CHECK_REL(*exact_scheme_scale("forward", 1.5, 0.1, 0.2, 0.8), a, tolerance::kRoundoff);
  // JKO at r = 1.5 from 0: a - tau sqrt(a) = a_prev, i.e. sqrt(a) = (tau + sqrt(tau^2 + 4 a_prev)) / 2.
  double b = 0;
  for (int n = 0; n < 4; ++n) {
    const double s = (0.2 + std::sqrt(0.04 + 4 * b)) / 2;
    b = s * s;
  }
  CHECK(*exact_scheme_scale("backward", 1.5, 0.2, 0.0, 0.8) == doctest::Approx(b).epsilon(1e-12));
}

TEST_CASE("exact scheme metrics of dilations") {
  const auto p = nwgf::analytic::make_profile(2, 1.5);
  CHECK_REL(exact_scheme_metric("radial_w2", p, 0.9, 1.0), 0.1 * std::sqrt(p.m2), tolerance::kRoundoff);
  CHECK_REL(exact_scheme_metric("m2_rel_error", p, 0.9, 1.0), 0.19, tolerance::kRoundoff);
  CHECK_REL(exact_scheme_metric("energy_rel_error", p, 0.9, 1.0), 1 - std::pow(0.9, 1.5), tolerance::kRoundoff);
  CHECK(std::isnan(exact_scheme_metric("mmd_to_scheme", p, 0.9, 1.0)));
}

TEST_CASE("per-seed mean, spread and floors of hand-made cells") {
  auto cell = [](double tau, int seed, double mmd) {
    json m = {{"n", 100}, {"mmd", mmd}, {"mmd2", mmd * mmd}, {"mmd_floor", 0.01}, {"mmd_to_scheme", mmd},
              {"mmd_to_scheme_floor", 0.01}, {"radial_w2", mmd}, {"m2_rel_error", -mmd},
              {"energy_rel_error", mmd}};
    return json{{"index", 0}, {"id", "x"},
                {"config", {{"scheme", "backward"}, {"d", 2}, {"r", 1.0}, {"t0", 0.0}, {"T", 0.4},
                            {"tau", tau}, {"seed", seed}}},
                {"steps", json::array()},
                {"summary", {{"status", "ok"}, {"particles", m}, {"chain", nullptr}}}};
  };
  const json cells = {cell(0.2, 0, 0.4), cell(0.2, 1, 0.6), cell(0.1, 0, 0.2), cell(0.1, 1, 0.3)};
  const json groups = convergence_analysis(cells);
  REQUIRE(groups.size() == 1);
  const json& g = groups[0];
  CHECK(g["taus"] == json({0.2, 0.1}));
  CHECK(g["seeds"] == json({2, 2}));
  const json& mmd = g["metrics"][0];
  CHECK(mmd["metric"] == "mmd");
  CHECK(mmd["mean"][0].get<double>() == doctest::Approx(0.5));
  CHECK(mmd["mean"][1].get<double>() == doctest::Approx(0.25));
  CHECK(mmd["std"][0].get<double>() == doctest::Approx(std::sqrt(0.02)));  // sample sd of {0.4, 0.6}
  CHECK(mmd["floor"][0].get<double>() == doctest::Approx(0.01));
  CHECK(mmd["fit"]["order"].get<double>() == doctest::Approx(1.0));
  // JKO at r = 1 is exact: no time-discretisation error, so no exact-scheme fit.
  CHECK(mmd["exact_scheme"]["values"][0].get<double>() == doctest::Approx(0.0).epsilon(1e-6));
  CHECK(mmd["exact_scheme"]["fit"].is_null());
  const json& m2 = g["metrics"][3];
  CHECK(m2["metric"] == "m2_rel_error");
  CHECK(m2["mean"][0].get<double>() == doctest::Approx(0.5));  // absolute values
  CHECK(m2["floor"][0].get<double>() > 0);                     // Monte Carlo floor of 100 exact samples
  CHECK(m2["floor"][0].get<double>() < 0.2);
}
