// Properties of the radial step scorer over random input: point clouds come from other programs
// (`nwgf score` of a run folder), so every finite cloud must give finite metrics with D^2 >= 0
// up to rounding, whatever its scale against the reference's, and a non-finite coordinate must
// be refused with one line naming the point.
#include "analytic/radial/step_scorer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "testing/property.h"

namespace nwgf::analytic::radial {
namespace {

// A random reference law: L midpoint levels with radii 10^e x uniform(0, 2), sorted; with
// `atoms`, the radii rounded to three values (runs of equal radii, the atoms of the table).
LevelLaw random_law(int L, int e, bool atoms, std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0.0, 2.0);
  const double scale = std::pow(10.0, e);
  std::vector<double> radii(L);
  for (double& q : radii) q = scale * (atoms ? std::round(1.0 + u(rng)) : 0.01 + u(rng));
  std::sort(radii.begin(), radii.end());
  LevelLaw law = midpoint_level_law(L, [&](double s) { return radii[std::min(L - 1, static_cast<int>(s * L))]; },
                                    0.0, radii.back());
  return law;
}

// A random cloud: n points 10^e x N(0, I_d), some of them at the origin or repeated.
std::vector<double> random_cloud(int n, int d, int e, std::mt19937_64& rng) {
  std::normal_distribution<double> g(0.0, 1.0);
  std::uniform_int_distribution<int> pick(0, 9);
  const double scale = std::pow(10.0, e);
  std::vector<double> x(static_cast<std::size_t>(n) * d);
  for (int i = 0; i < n; ++i) {
    const int kind = pick(rng);
    for (int k = 0; k < d; ++k) {
      double& v = x[static_cast<std::size_t>(i) * d + k];
      if (kind == 0) v = 0.0;                                    // the origin
      else if (kind == 1 && i > 0) v = x[static_cast<std::size_t>(i - 1) * d + k];  // a repeat
      else v = scale * g(rng);
    }
  }
  return x;
}

TEST_CASE("every finite cloud gets finite metrics with D^2 >= 0 up to rounding, at any relative scale") {
  testing::check_property(
      "radial step metrics are finite and D^2 >= -1e-9 scale for finite clouds", [] {
        const int d = *rc::gen::element(2, 3, 7);
        const double r = d == 2 ? *rc::gen::element(1.0, 1.5, 1.9) : *rc::gen::element(0.5, 1.0, 1.9);
        const int n = *rc::gen::inRange(1, 30);
        const int L = *rc::gen::inRange(1, 20);
        const int law_exponent = *rc::gen::inRange(-30, 31);
        const int cloud_exponent = law_exponent + *rc::gen::inRange(-20, 21);
        const bool atoms = *rc::gen::arbitrary<bool>();
        std::mt19937_64 rng(*rc::gen::arbitrary<std::uint32_t>());
        const LevelLaw law = random_law(L, law_exponent, atoms, rng);
        const std::vector<double> x = random_cloud(n, d, cloud_exponent, rng);
        const SphereKernel kernel(d, r);
        const RadialStepScorer scorer(kernel, law, law, nullptr);
        const RadialStepMetrics m = scorer.metrics(x.data(), n);
        RC_ASSERT(std::isfinite(m.mmd2));
        RC_ASSERT(std::isfinite(m.mmd) && m.mmd >= 0.0);
        RC_ASSERT(std::isfinite(m.mmd_floor) && m.mmd_floor > 0.0);
        RC_ASSERT(std::isfinite(m.radial_w2) && m.radial_w2 >= 0.0);
        RC_ASSERT(std::isfinite(m.m2_rel_error) && std::isfinite(m.energy_rel_error));
        // The scheme iterate is the same law: the same numbers to the last bit.
        RC_ASSERT(m.mmd_to_scheme.has_value() && *m.mmd_to_scheme == m.mmd);
        RC_ASSERT(*m.w2_to_scheme == m.radial_w2 && *m.mmd_to_scheme_floor == m.mmd_floor);
        // The three terms of D^2 are at most I and max(largest norm, largest radius)^r; their
        // errors are the table's (1e-11 of its largest value) and roundings.
        double rho_max = 0.0;
        for (int i = 0; i < n; ++i) {
          double s = 0.0;
          for (int k = 0; k < d; ++k) s += x[static_cast<std::size_t>(i) * d + k] * x[static_cast<std::size_t>(i) * d + k];
          rho_max = std::max(rho_max, std::sqrt(s));
        }
        const double scale = scorer.flow().self_term() + std::pow(std::max(rho_max, law.radii.back()), r);
        RC_ASSERT(m.mmd2 >= -1e-9 * scale);
      },
      60);
}

TEST_CASE("a non-finite coordinate anywhere is refused with one line naming the point") {
  const SphereKernel kernel(3, 1.0);
  const RadialStepScorer scorer(kernel, midpoint_level_law(4, [](double s) { return 1.0 + s; }, 1.0, 2.0),
                                std::nullopt, nullptr);
  testing::check_property("non-finite coordinates are refused in one line", [&scorer] {
    const int n = *rc::gen::inRange(1, 20);
    const int bad = *rc::gen::inRange(0, 3 * n);
    const double value = *rc::gen::element(std::nan(""), HUGE_VAL, -HUGE_VAL);
    std::vector<double> x(3 * static_cast<std::size_t>(n), 0.5);
    x[bad] = value;
    std::string message;
    try {
      scorer.metrics(x.data(), n);
    } catch (const std::invalid_argument& e) {
      message = e.what();
    }
    RC_ASSERT(message.find("of point " + std::to_string(bad / 3) + " is ") != std::string::npos);
    RC_ASSERT(message.find('\n') == std::string::npos);
  });
}

}  // namespace
}  // namespace nwgf::analytic::radial
