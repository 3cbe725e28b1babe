// Tests of analytic/line/measure.h: CDF, left limit and quantile of the closed-form measures
// against values derived by hand, the closed forms of ∫ F (1 - F) dx, reproducible sampling
// and the refusal of bad input.
#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "analytic/line/measure.h"

using namespace nwgf::analytic::line;

namespace {

constexpr double kExact = 1e-15;  // values that involve one or two roundings
constexpr double kQuad = 1e-12;   // adaptive quadrature results (1e-13 relative per piece)

// Hides the concrete type, so that the generic (quadrature / bisection) code paths run.
class Opaque final : public LineLaw {
 public:
  explicit Opaque(const LineMeasure& m) : m_(m) {}
  double quantile(double s) const override { return m_.quantile(s); }
  std::pair<double, double> support() const override { return m_.support(); }
  std::vector<double> level_breaks() const override { return m_.level_breaks(); }
  std::vector<double> point_breaks() const override { return m_.point_breaks(); }

 private:
  LineMeasure m_;
};

}  // namespace

TEST_CASE("weighted atoms: CDF, left limits and quantiles by hand") {
  // -1 with weight 0.2, 0.25 with 0.5, 1.5 with 0.3 (given out of order and unnormalised).
  const auto m = LineMeasure::atoms({1.5, -1.0, 0.25}, {3.0, 2.0, 5.0});
  CHECK(m.is_atomic());
  CHECK(m.cdf(-1.0000001) == 0.0);
  CHECK(m.cdf_left(-1.0) == 0.0);
  CHECK(std::abs(m.cdf(-1.0) - 0.2) < kExact);
  CHECK(std::abs(m.cdf(0.0) - 0.2) < kExact);
  CHECK(std::abs(m.cdf_left(0.25) - 0.2) < kExact);
  CHECK(std::abs(m.cdf(0.25) - 0.7) < kExact);
  CHECK(m.cdf(1.5) == 1.0);
  CHECK(m.cdf(10.0) == 1.0);
  CHECK(m.quantile(0.1) == -1.0);
  CHECK(m.quantile(0.19) == -1.0);
  CHECK(m.quantile(0.21) == 0.25);
  CHECK(m.quantile(0.69) == 0.25);
  CHECK(m.quantile(0.71) == 1.5);
  CHECK(m.quantile(0.999) == 1.5);
  // Equal positions are merged.
  const auto merged = LineMeasure::atoms({0.0, 1.0, 0.0});
  CHECK(merged.knots().size() == 2);
  CHECK(std::abs(merged.cdf(0.0) - 2.0 / 3.0) < kExact);
}

TEST_CASE("uniform, CDF grid and Gaussian: CDF and quantile by hand") {
  const auto u = LineMeasure::uniform(-1.0, 3.0);
  CHECK(u.cdf(-2.0) == 0.0);
  CHECK(std::abs(u.cdf(0.0) - 0.25) < kExact);
  CHECK(u.cdf(3.0) == 1.0);
  for (double s : {1e-9, 0.1, 0.5, 0.77, 1.0 - 1e-9}) CHECK(std::abs(u.quantile(s) - (-1.0 + 4.0 * s)) < 4 * kExact);
  // CDF 0 at 0, 0.5 at 1 (slope 1/2), flat to 2, 1 at 3 (slope 1/2).
  const auto g = LineMeasure::cdf_grid({0.0, 1.0, 2.0, 3.0}, {0.0, 0.5, 0.5, 1.0});
  CHECK(std::abs(g.cdf(0.5) - 0.25) < kExact);
  CHECK(std::abs(g.cdf(1.7) - 0.5) < kExact);
  CHECK(std::abs(g.quantile(0.25) - 0.5) < kExact);
  CHECK(std::abs(g.quantile(0.5) - 1.0) < kExact);  // inf of the flat part
  CHECK(std::abs(g.quantile(0.75) - 2.5) < kExact);
  // N(1, 2^2): Phi(0.5) = 0.69146246127401310 (Abramowitz-Stegun table, 17 digits via erfc).
  const auto n = LineMeasure::gaussian(1.0, 2.0);
  CHECK(std::abs(n.cdf(2.0) - 0.69146246127401310) < 1e-15);
  CHECK(std::abs(n.quantile(0.69146246127401310) - 2.0) < 1e-13);
  CHECK(std::abs(n.quantile(0.5) - 1.0) < 1e-15);
  CHECK(std::abs(n.quantile(1e-12) - (1.0 - 2.0 * 7.0344838253011302)) < 1e-11);  // z(1e-12)
}

TEST_CASE("the generic CDF (bisection on the quantile) matches the closed one") {
  for (const auto& m : {LineMeasure::atoms({-1.0, 0.25, 1.5}, {0.2, 0.5, 0.3}),
                        LineMeasure::uniform(-1.0, 1.0), LineMeasure::gaussian(0.3, 0.7)}) {
    const Opaque o(m);
    for (double x : {-2.0, -1.0, -0.3, 0.25, 0.9, 1.5, 2.5}) {
      CAPTURE(x);
      CHECK(std::abs(o.cdf(x) - m.cdf(x)) < 1e-15);
    }
  }
}

TEST_CASE("∫ F (1 - F) dx: closed forms and the generic quadrature against hand values") {
  struct Case {
    LineMeasure m;
    double expected;  // derived in the comment
  };
  const std::vector<Case> cases = {
      {LineMeasure::uniform(-1.0, 2.0), 3.0 / 6.0},            // (b - a)/6
      {LineMeasure::atoms({-1.0, 1.0}), 2.0 * 0.25},           // F = 1/2 on [-1, 1)
      {LineMeasure::atoms({0.0, 1.0}, {1.0, 3.0}), 0.1875},    // 1/4 * 3/4 on [0, 1)
      {LineMeasure::gaussian(5.0, 0.5), 0.5 / std::sqrt(M_PI)},  // sigma / sqrt(pi)
      {LineMeasure::dirac(3.0), 0.0}};
  for (const auto& c : cases) {
    CHECK(std::abs(half_mean_distance(c.m) - c.expected) < kExact);
    CHECK(std::abs(half_mean_distance(Opaque(c.m)) - c.expected) < kQuad);
  }
}

TEST_CASE("sampling is reproducible and has the right law") {
  const auto u = LineMeasure::uniform(0.0, 1.0);
  const auto a = sample(u, 20000, 7), b = sample(u, 20000, 7), c = sample(u, 20000, 8);
  CHECK(a == b);
  CHECK(a != c);
  double mean = 0.0;
  for (double x : a) mean += x / a.size();
  // Standard error of the mean of 20000 uniforms: sqrt(1/12 / 20000) = 0.0020; 5 SE.
  CHECK(std::abs(mean - 0.5) < 0.0102);
}

TEST_CASE("bad input is refused with the value in the message") {
  CHECK_THROWS_AS(LineMeasure::uniform(1.0, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::gaussian(0.0, 0.0), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::gaussian(0.0, -1.0), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::atoms({0.0, 1.0}, {1.0, 0.0}), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::atoms({0.0, 1.0}, {1.0, -2.0}), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::atoms({}), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::cdf_grid({0.0, 1.0}, {0.0, 0.5}), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::cdf_grid({0.0, 0.0}, {0.0, 1.0}), std::invalid_argument);
  CHECK_THROWS_AS(LineMeasure::uniform(0.0, 1.0).quantile(1.0), std::invalid_argument);
  try {
    LineMeasure::uniform(2.0, 1.0);
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).find("a = 2") != std::string::npos);
  }
}
