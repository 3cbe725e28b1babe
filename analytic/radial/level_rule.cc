#include "analytic/radial/level_rule.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "analytic/format_value.h"

namespace nwgf::analytic::radial {

void gauss_legendre(int k, std::vector<double>& nodes, std::vector<double>& weights) {
  if (k < 1 || k > 64)
    throw std::invalid_argument("gauss_legendre: nodes k = " + std::to_string(k) +
                                " is outside the allowed range [1, 64]");
  nodes.assign(k, 0.0);
  weights.assign(k, 0.0);
  const double pi = std::acos(-1.0);
  for (int i = 0; i < (k + 1) / 2; ++i) {
    // Chebyshev-like guess of the i-th largest root (Abramowitz & Stegun 22.16.6), then Newton
    // on P_k through the three-term recurrence; 100 steps bound a loop that converges in < 10.
    double x = std::cos(pi * (i + 0.75) / (k + 0.5));
    double dp = 1.0;
    for (int it = 0; it < 100; ++it) {
      double p0 = 1.0, p1 = x;
      for (int j = 2; j <= k; ++j) {
        const double p2 = ((2.0 * j - 1.0) * x * p1 - (j - 1.0) * p0) / j;
        p0 = p1;
        p1 = p2;
      }
      // P_k = p1, P_(k-1) = p0; P_k' = k (x P_k - P_(k-1)) / (x^2 - 1).
      dp = k * (x * p1 - p0) / (x * x - 1.0);
      const double dx = p1 / dp;
      x -= dx;
      if (std::abs(dx) <= 1e-16) break;
    }
    // Recompute the derivative at the converged root for the weight 2 / ((1 - x^2) P_k'(x)^2).
    double p0 = 1.0, p1 = x;
    for (int j = 2; j <= k; ++j) {
      const double p2 = ((2.0 * j - 1.0) * x * p1 - (j - 1.0) * p0) / j;
      p0 = p1;
      p1 = p2;
    }
    dp = k == 1 ? 1.0 : k * (x * p1 - p0) / (x * x - 1.0);
    const double w = 2.0 / ((1.0 - x * x) * dp * dp);
    nodes[k - 1 - i] = x;
    nodes[i] = -x;
    weights[k - 1 - i] = w;
    weights[i] = w;
  }
  if (k % 2 == 1) nodes[k / 2] = 0.0;  // the middle root is exactly 0
}

namespace {

// g(u) = u^p / (u^p + (1 - u)^p) on [0, 1], evaluated from the nearer end so that values near
// 1 keep their relative accuracy in 1 - g.
double grade(double u, double p) {
  const double a = std::pow(u, p), b = std::pow(1.0 - u, p);
  return a / (a + b);
}
double grade_complement(double u, double p) { return grade(1.0 - u, p); }

}  // namespace

LevelRule graded_level_rule(int n, int nodes_per_panel, double grading,
                            const std::vector<double>& breaks) {
  const std::string where = "graded_level_rule: ";
  if (nodes_per_panel < 1 || nodes_per_panel > 64)
    throw std::invalid_argument(where + "nodes per panel = " + std::to_string(nodes_per_panel) +
                                " is outside the allowed range [1, 64]");
  if (n < 1 || n > (1 << 20) || n % nodes_per_panel != 0)
    throw std::invalid_argument(where + "levels = " + std::to_string(n) +
                                " must be in [1, 1048576] and a multiple of the nodes per panel " +
                                std::to_string(nodes_per_panel));
  if (!(grading >= 1.0 && grading <= 8.0))
    throw std::invalid_argument(where + "grading = " + format_double(grading) +
                                " is outside the allowed range [1, 8]");
  const int panels = n / nodes_per_panel;
  std::vector<double> ends{0.0};
  for (double b : breaks) {
    if (!(b > ends.back() && b < 1.0))
      throw std::invalid_argument(where + "break " + format_double(b) +
                                  " is not increasing inside (0, 1)");
    ends.push_back(b);
  }
  ends.push_back(1.0);
  const int segments = static_cast<int>(ends.size()) - 1;
  if (segments > panels)
    throw std::invalid_argument(where + "levels = " + std::to_string(n) + " give " +
                                std::to_string(panels) + " panels for " +
                                std::to_string(segments) +
                                " segments between breaks (at least one panel per segment)");
  // One panel per segment, the rest in proportion to length by largest remainders.
  std::vector<int> count(segments, 1);
  std::vector<double> remainder(segments);
  int given = segments;
  for (int m = 0; m < segments; ++m) {
    const double share = (panels - segments) * (ends[m + 1] - ends[m]);
    const int whole = static_cast<int>(std::floor(share));
    count[m] += whole;
    given += whole;
    remainder[m] = share - whole;
  }
  while (given < panels) {
    int best = 0;
    for (int m = 1; m < segments; ++m)
      if (remainder[m] > remainder[best]) best = m;
    ++count[best];
    remainder[best] = -1.0;
    ++given;
  }

  std::vector<double> x, w;
  gauss_legendre(nodes_per_panel, x, w);
  LevelRule rule;
  rule.levels.reserve(n);
  rule.weights.reserve(n);
  for (int m = 0; m < segments; ++m) {
    const double a = ends[m], b = ends[m + 1], length = b - a;
    const int P = count[m];
    for (int j = 0; j < P; ++j) {
      const double u0 = static_cast<double>(j) / P, u1 = static_cast<double>(j + 1) / P;
      // Panel [lo, hi] in s, measured from the nearer end of the segment (offsets from a in the
      // lower half, from b in the upper half) so that panels near either end keep their width.
      const bool lower = u0 + u1 <= 1.0;
      const double g0 = lower ? grade(u0, grading) : grade_complement(u0, grading);
      const double g1 = lower ? grade(u1, grading) : grade_complement(u1, grading);
      const double width = lower ? (g1 - g0) * length : (g0 - g1) * length;
      for (int i = 0; i < nodes_per_panel; ++i) {
        const double frac = 0.5 * (1.0 + x[i]);  // position within the panel, in (0, 1)
        const double s = lower ? a + length * (g0 + (g1 - g0) * frac)
                               : b - length * (g0 - (g0 - g1) * frac);
        rule.levels.push_back(s);
        rule.weights.push_back(0.5 * w[i] * width);
      }
    }
  }
  for (int i = 0; i < n; ++i) {
    const double s = rule.levels[i];
    if (!(s > 0.0 && s < 1.0) || (i > 0 && !(s > rule.levels[i - 1])) ||
        !(rule.weights[i] > 0.0))
      throw std::invalid_argument(where + "grading = " + format_double(grading) + " with " +
                                  std::to_string(n) +
                                  " levels puts nodes closer than double precision resolves "
                                  "near a segment end (use a smaller grading or fewer levels)");
  }
  return rule;
}

}  // namespace nwgf::analytic::radial
