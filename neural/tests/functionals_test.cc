// Tests of neural/functionals.h: values against plain loops, directional derivatives against
// difference quotients of the value (double precision), and the coinciding-point rules of
// docs/math.md section 2 (finite values and gradients for r in {0.5, 1, 1.5}).
#include <cmath>
#include <vector>

#include <doctest/doctest.h>
#include <torch/torch.h>

#include "neural/functionals.h"
#include "testing/tolerances.h"

namespace nn = nwgf::neural;

namespace {
namespace tolerance = nwgf::tolerance;  // testing/tolerances.h: kRoundoff, relative: float64 sums of ~1e2 terms
constexpr double kDifference = 1e-6;  // relative: central difference with h = 1e-5, O(h^2)

torch::Tensor random_points(int64_t n, int d, uint64_t seed) {
  auto gen = at::detail::createCPUGenerator(seed);
  return torch::randn({n, d}, gen, torch::kFloat64);
}

// -1/(2nm) Σ ||x_i - y_j||^r + 1/((n+m)M) Σ ||(x ∪ y)_i - t_k||^r by plain loops.
double value_by_loops(const torch::Tensor& x, const torch::Tensor& y, const torch::Tensor& t, double r) {
  const auto dist = [](const torch::Tensor& a, int64_t i, const torch::Tensor& b, int64_t j) {
    double s = 0;
    for (int64_t k = 0; k < a.size(1); ++k) {
      const double diff = a[i][k].item<double>() - b[j][k].item<double>();
      s += diff * diff;
    }
    return std::sqrt(s);
  };
  double e = 0;
  for (int64_t i = 0; i < x.size(0); ++i)
    for (int64_t j = 0; j < y.size(0); ++j) e += std::pow(dist(x, i, y, j), r);
  e *= -0.5 / static_cast<double>(x.size(0) * y.size(0));
  if (!t.defined()) return e;
  const torch::Tensor xy = torch::cat({x, y}, 0);
  double v = 0;
  for (int64_t i = 0; i < xy.size(0); ++i)
    for (int64_t j = 0; j < t.size(0); ++j) v += std::pow(dist(xy, i, t, j), r);
  return e + v / static_cast<double>(xy.size(0) * t.size(0));
}
}  // namespace

TEST_CASE("the functional value equals the plain double loop") {
  const torch::Tensor x = random_points(7, 3, 1), y = random_points(5, 3, 2), t = random_points(4, 3, 3);
  for (double r : {0.5, 1.0, 1.5}) {
    const double expected = value_by_loops(x, y, t, r);
    const double got = nn::functional_value(x, y, t, r).item<double>();
    CHECK_REL(got, expected, tolerance::kRoundoff);
    CHECK_REL(nn::interaction_energy(x, y, r).item<double>(), value_by_loops(x, y, {}, r), tolerance::kRoundoff);
  }
}

TEST_CASE("directional derivatives match central differences of the value at distinct points") {
  const torch::Tensor x = random_points(6, 2, 4), y = random_points(5, 2, 5), t = random_points(3, 2, 6);
  const torch::Tensor xi = random_points(6, 2, 7), eta = random_points(5, 2, 8);
  constexpr double h = 1e-5;
  for (double r : {0.5, 1.0, 1.5}) {
    const double expected = (value_by_loops(x + h * xi, y + h * eta, t, r) -
                             value_by_loops(x - h * xi, y - h * eta, t, r)) / (2 * h);
    const double got = nn::functional_derivative(x, xi, y, eta, t, r).item<double>();
    INFO("r = " << r << " expected " << expected << " got " << got);
    CHECK(got == doctest::Approx(expected).epsilon(kDifference));
  }
}

TEST_CASE("at coinciding points with r = 1 the derivative is the one-sided split rate") {
  // x = y = t = 0: E(h xi, h eta) = -h/2 mean ||xi_i - eta_j||, V(h (xi ∪ eta), 0) = h mean ||.||,
  // so the one-sided quotient (F(h) - F(0))/h is exact for every h > 0 (F is 1-homogeneous).
  const torch::Tensor zeros6 = torch::zeros({6, 2}, torch::kFloat64), zeros5 = torch::zeros({5, 2}, torch::kFloat64);
  const torch::Tensor t = torch::zeros({1, 2}, torch::kFloat64);
  const torch::Tensor xi = random_points(6, 2, 9), eta = random_points(5, 2, 10);
  const double h = 0.01;
  const double expected = (value_by_loops(h * xi, h * eta, t, 1.0) - value_by_loops(zeros6, zeros5, t, 1.0)) / h;
  const double got = nn::functional_derivative(zeros6, xi, zeros5, eta, t, 1.0).item<double>();
  CHECK_REL(got, expected, tolerance::kRoundoff);
  CHECK(nn::has_coinciding_points(zeros6, {}));
  CHECK(nn::has_coinciding_points(random_points(4, 2, 11), t.to(torch::kFloat64)) == false);
  CHECK(nn::has_coinciding_points(torch::cat({random_points(4, 2, 11), t}, 0), t));
}

TEST_CASE("values, gradients and derivatives stay finite at coinciding points for r in {0.5, 1, 1.5}") {
  for (double r : {0.5, 1.0, 1.5}) {
    for (auto dtype : {torch::kFloat32, torch::kFloat64}) {
      // Half the points coincide exactly (at 0 and at a shared point), as after a Dirac start.
      torch::Tensor x = torch::zeros({8, 2}, dtype);
      x.slice(0, 4).fill_(0.25);
      x.requires_grad_(true);
      const torch::Tensor y = x.detach().clone().requires_grad_(true);
      const torch::Tensor t = torch::full({3, 2}, 0.25, dtype);
      const torch::Tensor f = nn::functional_value(x, y, t, r);
      f.backward();
      INFO("r = " << r);
      CHECK(std::isfinite(f.item<double>()));
      CHECK(torch::isfinite(x.grad()).all().item<bool>());
      CHECK(torch::isfinite(y.grad()).all().item<bool>());
      // All points equal: value 0, gradient exactly 0 (the gradient of ||x||^r at 0 is 0).
      const torch::Tensor same = torch::zeros({4, 2}, dtype).requires_grad_(true);
      const torch::Tensor e = nn::interaction_energy(same, same, r);
      e.backward();
      CHECK(e.item<double>() == 0.0);
      CHECK(same.grad().abs().max().item<double>() == 0.0);
      // Directional derivative and its gradient with respect to the velocities.
      const torch::Tensor xi = torch::randn({8, 2}, dtype).requires_grad_(true);
      const torch::Tensor eta = torch::randn({8, 2}, dtype);
      const torch::Tensor dv = nn::functional_derivative(x.detach(), xi, y.detach(), eta, t, r);
      dv.backward();
      CHECK(std::isfinite(dv.item<double>()));
      CHECK(torch::isfinite(xi.grad()).all().item<bool>());
      if (r > 1) {
        // Coinciding pairs contribute 0 for r > 1; an all-coinciding set has derivative 0.
        CHECK(nn::interaction_derivative(same.detach(), xi.detach().slice(0, 0, 4), same.detach(),
                                         eta.slice(0, 0, 4), r).item<double>() == 0.0);
      }
    }
  }
}

TEST_CASE("pairwise squared distances are chunked in high dimension and stay exact at coinciding points") {
  // 300 x 300 x 200 = 1.8e7 differences exceeds one chunk (2^24), so the chunked path runs.
  // Reference: a per-pair loop over rows written here.
  const auto x = random_points(300, 200, 11);
  auto y = random_points(300, 200, 12);
  y.index_put_({7}, x.index({5}));  // one coinciding pair (x_5, y_7)
  const auto sq = nn::pairwise_squared_distances(x, y);
  REQUIRE(sq.size(0) == 300);
  REQUIRE(sq.size(1) == 300);
  CHECK(sq.index({5, 7}).item<double>() == 0.0);
  for (int64_t i : {0, 5, 150, 299}) {
    for (int64_t j : {0, 7, 298}) {
      const double expected = (x.index({i}) - y.index({j})).square().sum().item<double>();
      CHECK_REL(sq.index({i, j}).item<double>(), expected, tolerance::kRoundoff);
    }
  }
}
