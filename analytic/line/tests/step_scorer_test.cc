// Tests of analytic/line/step_scorer.h: a step's metrics against values derived by hand for the
// flow from delta_0 toward (delta_-1 + delta_1)/2 (docs/math.md 6.2: Q(t, s) = clip((2s - 1) t,
// -1, 1), the JKO iterate exact in time), the scheme references, and the refusals.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

#include <boost/math/quadrature/gauss.hpp>

#include "analytic/line/flow.h"
#include "analytic/line/measure.h"
#include "analytic/line/step_scorer.h"

using namespace nwgf::analytic::line;
using nwgf::analytic::ExactScheme;

namespace {

constexpr double kExact = 1e-13;  // piecewise polynomial integrands: exact up to rounding

// Q(t, s) of the flow from delta_0 toward two Diracs at -1 and 1, t <= 1 (before the atoms).
double two_dirac_quantile(double t, double s) { return (2 * s - 1) * t; }

// D^2 of the empirical measure of sorted points x (all in (-1, 1)) against
// (delta_-1 + delta_1)/2, summed here over the intervals between consecutive points: F_nu = 1/2
// on [-1, 1), F_N = i/N between x_i and x_(i+1).
double mmd2_to_two_diracs(const std::vector<double>& x) {
  const std::size_t n = x.size();
  double sum = 0.25 * (x.front() + 1.0) + 0.25 * (1.0 - x.back());  // F_N = 0 before x_1, 1 after x_N
  for (std::size_t i = 1; i < n; ++i) {
    const double f = static_cast<double>(i) / static_cast<double>(n) - 0.5;
    sum += f * f * (x[i] - x[i - 1]);
  }
  return sum;
}

}  // namespace

TEST_CASE("Metrics of midpoint quantiles toward two Diracs against hand-derived values") {
  // Five JKO steps of 0.1 to t = 0.5 < 1: mu_t is uniform on [-t, t]. N points at the midpoint
  // levels: W2 = 2t / (sqrt(12) N) = t / (sqrt(3) N) (a sawtooth in s of slope 2t), D^2 =
  // 2t / (12 N^2) (a sawtooth in x of height 1/N over [-t, t]), noise floor^2 = (1/N) ∫ F (1 -
  // F) dx = t / (3 N). The JKO iterate from a Dirac toward atoms is the flow itself.
  const double tau = 0.1, t = 0.5;
  const int steps = 5;
  const LineStepScorer scorer(LineMeasure::dirac(0.0), LineMeasure::atoms({-1.0, 1.0}), tau, 0.0, steps,
                              ExactScheme::Jko);
  CHECK(scorer.scheme_reference() == std::string("jko"));
  const LineStepReference ref = scorer.reference(steps);
  CHECK(std::abs(ref.time() - t) < 1e-15);
  REQUIRE(ref.scheme_w2_to_flow());
  CHECK(*ref.scheme_w2_to_flow() < 1e-12);
  CHECK(*ref.scheme_mmd_to_flow() < 1e-12);
  for (int n : {1, 10, 1000}) {
    std::vector<double> x;
    for (int i = n - 1; i >= 0; --i) x.push_back(two_dirac_quantile(t, (i + 0.5) / n));  // any order
    const LineStepMetrics m = ref.metrics(x);
    CHECK(m.n == static_cast<std::size_t>(n));
    CHECK(std::abs(m.w2 - t / (std::sqrt(3.0) * n)) < kExact);
    CHECK(std::abs(m.mmd2 - 2 * t / (12.0 * n * n)) < kExact);
    CHECK(std::abs(m.mmd - std::sqrt(t / 6) / n) < kExact);
    CHECK(std::abs(m.mmd_floor - std::sqrt(t / (3.0 * n))) < kExact);
    // The JKO iterate is the flow, on a grid law that is exact for it: the same numbers.
    REQUIRE(m.w2_to_scheme);
    CHECK(std::abs(*m.w2_to_scheme - m.w2) < 1e-12);
    CHECK(std::abs(*m.mmd_to_scheme - m.mmd) < 1e-12);
    CHECK(std::abs(*m.mmd_to_scheme_floor - m.mmd_floor) < 1e-12);
    std::vector<double> sorted(x.rbegin(), x.rend());
    CHECK(std::abs(m.mmd_to_target - std::sqrt(mmd2_to_two_diracs(sorted))) < kExact);
  }
}

TEST_CASE("Quantile snapshots: sorted points and the exact quantiles at their levels") {
  const LineStepScorer scorer(LineMeasure::dirac(0.0), LineMeasure::atoms({-1.0, 1.0}), 0.25, 0.0, 2,
                              ExactScheme::Jko);
  const LineStepReference ref = scorer.reference(2);  // t = 0.5
  const std::vector<double> x = {0.3, -0.2, 0.1, -0.4};
  const LineQuantileSnapshot q = ref.quantiles(x, 2);
  // Two of four levels: i_k = floor((k + 1/2) 4 / 2) = 1, 3 (0-based), s = (i + 1/2)/4.
  REQUIRE(q.levels.size() == 2);
  CHECK(q.levels[0] == 0.375);
  CHECK(q.levels[1] == 0.875);
  CHECK(q.points == std::vector<double>{-0.2, 0.3});
  CHECK(std::abs(q.flow[1] - two_dirac_quantile(0.5, 0.875)) < kExact);
  CHECK(std::abs(q.scheme[0] - two_dirac_quantile(0.5, 0.375)) < kExact);
  CHECK(ref.quantiles(x, 100).levels.size() == 4);  // at most one level per point
}

TEST_CASE("Without a scheme: no scheme metrics; from t0 the schemes start on the exact flow") {
  const LineStepScorer none(LineMeasure::dirac(0.0), LineMeasure::atoms({-1.0, 1.0}), 0.1, 0.2, 3, std::nullopt);
  CHECK(none.scheme_reference() == std::string("none"));
  const LineStepReference ref = none.reference(3);
  CHECK(std::abs(ref.time() - 0.5) < 1e-15);
  CHECK_FALSE(ref.scheme_w2_to_flow());
  CHECK(ref.scheme() == nullptr);
  const LineStepMetrics m = ref.metrics({0.0});
  CHECK_FALSE(m.w2_to_scheme);
  CHECK_FALSE(m.mmd_to_scheme);
  // mu_{0.2} is uniform on [-0.2, 0.2]: Q(0.2, s) = (2s - 1) 0.2.
  for (double s : {0.1, 0.5, 0.8}) CHECK(std::abs(none.initial_law().quantile(s) - two_dirac_quantile(0.2, s)) < kExact);
  // Explicit Euler from t0 = 0.2: its iterate exists and its W2 to the flow is small, not zero.
  const LineStepScorer euler(LineMeasure::dirac(0.0), LineMeasure::atoms({-1.0, 1.0}), 0.1, 0.2, 3,
                             ExactScheme::Euler);
  CHECK(euler.scheme_reference() == std::string("euler"));
  REQUIRE(euler.reference(3).scheme_w2_to_flow());
  CHECK(*euler.reference(3).scheme_w2_to_flow() < 0.05);
}

TEST_CASE("Toward a Gaussian (flow scored through its grid law): W2 and floor against Gauss-Legendre on the flow") {
  // W2^2 = Σ_i ∫ over level cell i of (Q(t, s) - x_(i))^2 ds, and floor^2 = (1/N) ∫ F (1 - F) dx =
  // (1/N) ∫_0^1 (2s - 1) Q(t, s) ds (by parts; Q bounded), both by 20-point Gauss-Legendre per
  // cell on the flow's own quantiles (FlowLaw: the integrated form, docs/math.md 6.2). The grid
  // law's linear interpolation between levels 1/4096 apart costs at most about h^2/8 |Q''|.
  constexpr double kGrid = 1e-6;  // relative: measured below 1e-8 here; the bound leaves room
  const auto start = std::make_shared<LineMeasure>(LineMeasure::dirac(0.0));
  const LineMeasure target = LineMeasure::gaussian(0.5, 0.3);
  const double t = 0.3;
  const FlowLaw flow(start, target, t);
  const int n = 10;
  std::vector<double> x;
  for (int i = 0; i < n; ++i) x.push_back(flow.quantile((i + 0.5) / n) + 0.01 * std::sin(3.0 * i));
  std::vector<double> sorted = x;
  std::sort(sorted.begin(), sorted.end());
  double w2sq = 0, floor_int = 0;
  using GL = boost::math::quadrature::gauss<double, 20>;
  for (int i = 0; i < n; ++i) {
    const double a = static_cast<double>(i) / n, b = static_cast<double>(i + 1) / n;
    w2sq += GL::integrate([&](double s) { const double e = flow.quantile(s) - sorted[i]; return e * e; }, a, b);
    floor_int += GL::integrate([&](double s) { return (2 * s - 1) * flow.quantile(s); }, a, b);
  }
  const LineStepScorer scorer(LineMeasure::dirac(0.0), target, 0.1, 0.0, 3, std::nullopt);
  const LineStepMetrics m = scorer.reference(3).metrics(x);
  CHECK(std::abs(m.w2 - std::sqrt(w2sq)) < kGrid * std::sqrt(w2sq));
  CHECK(std::abs(m.mmd_floor - std::sqrt(floor_int / n)) < kGrid * std::sqrt(floor_int / n));
  MESSAGE("W2 relative difference " << std::abs(m.w2 - std::sqrt(w2sq)) / std::sqrt(w2sq) << ", floor "
                                    << std::abs(m.mmd_floor - std::sqrt(floor_int / n)) / std::sqrt(floor_int / n));
  // The JKO reference exists toward a Gaussian too: a time-discretisation error, small and not 0.
  const LineStepScorer jko(LineMeasure::dirac(0.0), target, 0.1, 0.0, 3, ExactScheme::Jko);
  const LineStepReference ref = jko.reference(3);
  REQUIRE(ref.scheme_w2_to_flow());
  CHECK(*ref.scheme_w2_to_flow() > 0);
  CHECK(*ref.scheme_w2_to_flow() < 0.05);
}

TEST_CASE("Refusals") {
  const auto dirac = LineMeasure::dirac(0.0);
  const auto two = LineMeasure::atoms({-1.0, 1.0});
  CHECK_THROWS_AS(LineStepScorer(dirac, two, 0.0, 0.0, 1, std::nullopt), std::invalid_argument);
  CHECK_THROWS_AS(LineStepScorer(dirac, two, 0.1, -1.0, 1, std::nullopt), std::invalid_argument);
  CHECK_THROWS_AS(LineStepScorer(dirac, two, 0.1, 0.0, 0, std::nullopt), std::invalid_argument);
  // A Gaussian start is accepted (unbounded starts are scored, docs/math.md 6.4) unless it lies
  // beyond the scales (analytic/line/scales.h).
  CHECK_THROWS_AS(LineStepScorer(LineMeasure::gaussian(1e9, 1), two, 0.1, 0.0, 1, std::nullopt), std::invalid_argument);
  const LineStepScorer scorer(dirac, two, 0.1, 0.0, 2, std::nullopt);
  CHECK_THROWS_AS(scorer.reference(0), std::invalid_argument);
  CHECK_THROWS_AS(scorer.reference(3), std::invalid_argument);
  CHECK_THROWS_AS(scorer.reference(1).metrics({}), std::invalid_argument);
  CHECK_THROWS_AS(scorer.reference(1).metrics({0.0, NAN}), std::invalid_argument);
  CHECK_THROWS_AS(quantile_grid_law(dirac, 0), std::invalid_argument);
}
