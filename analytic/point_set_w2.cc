#include "analytic/point_set_w2.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "analytic/format_value.h"
#include "analytic/random_directions.h"

namespace nwgf::analytic {

namespace {

// Refuses what no W2 routine can take: an empty cloud, d < 1, a size whose N d overflows, a
// missing array, a non-finite coordinate (named by cloud, point and coordinate).
void check_clouds(const char* routine, const double* x, const double* y, std::size_t n, int d) {
  const std::string who = std::string("point-set W2 (") + routine + "): ";
  if (d < 1) throw std::invalid_argument(who + "dimension d = " + std::to_string(d) + " must be >= 1");
  if (n < 1) throw std::invalid_argument(who + "N = 0 points: each cloud needs N >= 1");
  if (n > std::numeric_limits<std::size_t>::max() / static_cast<std::size_t>(d))
    throw std::invalid_argument(who + "N = " + std::to_string(n) + " points of dimension " +
                                std::to_string(d) + " overflow the array size");
  if (x == nullptr || y == nullptr) throw std::invalid_argument(who + "a point array is missing");
  const std::size_t nd = n * static_cast<std::size_t>(d);
  for (const auto& [cloud, name] : {std::pair{x, "x"}, std::pair{y, "y"}})
    for (std::size_t e = 0; e < nd; ++e)
      if (!std::isfinite(cloud[e]))
        throw std::invalid_argument(who + name + "[" + std::to_string(e / d) + "][" +
                                    std::to_string(e % d) + "] = " + format_double(cloud[e]) +
                                    " must be finite");
}

// Finite coordinates can still have squared distances beyond the double range (|x| near
// 1e154): refused, since W2 = inf says nothing and infinite costs would break the potentials.
void check_finite_cost(double cost, const char* routine) {
  if (!std::isfinite(cost))
    throw std::invalid_argument(std::string("point-set W2 (") + routine +
                                "): squared distances overflow the double range (coordinates "
                                "of magnitude near 1e154 or more); rescale the clouds");
}

// Mean of (a_(i) - b_(i))^2 over the sorted values (the arguments are sorted in place).
double sorted_mean_square(std::vector<double>& a, std::vector<double>& b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  double sum = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += (a[i] - b[i]) * (a[i] - b[i]);
  return sum / static_cast<double>(a.size());
}

// ||x_i - y_j||^2 as a sum of squared differences (not |x|^2 + |y|^2 - 2 <x, y>, which loses
// the digits of nearby points).
double squared_distance(const double* xi, const double* yj, int d) {
  double s = 0.0;
  for (int k = 0; k < d; ++k) s += (xi[k] - yj[k]) * (xi[k] - yj[k]);
  return s;
}

}  // namespace

double sorted_w2(const double* x, const double* y, std::size_t n) {
  check_clouds("sorted", x, y, n, 1);
  std::vector<double> a(x, x + n), b(y, y + n);
  const double mean_square = sorted_mean_square(a, b);
  check_finite_cost(mean_square, "sorted");
  return std::sqrt(mean_square);
}

void optimal_assignment(const double* x, const double* y, std::size_t n, int d,
                        std::size_t* perm) {
  check_clouds("assignment", x, y, n, d);
  if (n > kMaxAssignmentPoints)
    throw std::invalid_argument("point-set W2 (assignment): N = " + std::to_string(n) +
                                " points must be <= " + std::to_string(kMaxAssignmentPoints) +
                                " (O(N^2) memory, O(N^3) time); use the sliced estimate beyond");
  if (perm == nullptr) throw std::invalid_argument("point-set W2 (assignment): no output array");
  // cost[i][j] = ||x_i - y_j||^2, rows and columns 1-based below (index 0 is the virtual
  // column of the search start).
  std::vector<double> cost(n * n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      cost[i * n + j] = squared_distance(x + i * d, y + j * d, d);
      check_finite_cost(cost[i * n + j], "assignment");
    }
  const double inf = std::numeric_limits<double>::infinity();
  // Dual potentials u (rows), v (columns): reduced costs cost - u - v >= 0 on every pair and
  // = 0 on matched pairs (complementary slackness), so the final matching is optimal.
  std::vector<double> u(n + 1, 0.0), v(n + 1, 0.0), min_reduced(n + 1);
  std::vector<std::size_t> row_of(n + 1, 0), came_from(n + 1, 0);  // row_of[j]: row matched to j
  std::vector<char> visited(n + 1);
  for (std::size_t row = 1; row <= n; ++row) {
    // Dijkstra from the new row over reduced costs until a free column is reached.
    row_of[0] = row;
    std::size_t col = 0;
    std::fill(min_reduced.begin(), min_reduced.end(), inf);
    std::fill(visited.begin(), visited.end(), 0);
    do {
      visited[col] = 1;
      const std::size_t i = row_of[col];
      const double* cost_row = cost.data() + (i - 1) * n;
      double delta = inf;
      std::size_t next = 0;
      for (std::size_t j = 1; j <= n; ++j) {
        if (visited[j]) continue;
        const double reduced = cost_row[j - 1] - u[i] - v[j];
        if (reduced < min_reduced[j]) {
          min_reduced[j] = reduced;
          came_from[j] = col;
        }
        if (min_reduced[j] < delta) {
          delta = min_reduced[j];
          next = j;
        }
      }
      for (std::size_t j = 0; j <= n; ++j) {
        if (visited[j]) {
          u[row_of[j]] += delta;
          v[j] -= delta;
        } else {
          min_reduced[j] -= delta;
        }
      }
      // With finite costs some unvisited column always has a finite reduced cost, so each
      // pass visits one more column and the search ends within n passes.
      if (next == 0) throw std::logic_error("point-set W2 (assignment): no column reached");
      col = next;
    } while (row_of[col] != 0);
    // Augment: flip the matching along the shortest path back to the virtual column.
    do {
      const std::size_t previous = came_from[col];
      row_of[col] = row_of[previous];
      col = previous;
    } while (col != 0);
  }
  for (std::size_t j = 1; j <= n; ++j) perm[row_of[j] - 1] = j - 1;
}

double assignment_w2(const double* x, const double* y, std::size_t n, int d) {
  std::vector<std::size_t> perm(n);
  optimal_assignment(x, y, n, d, perm.data());
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) sum += squared_distance(x + i * d, y + perm[i] * d, d);
  return std::sqrt(sum / static_cast<double>(n));
}

SlicedW2 sliced_w2(const double* x, const double* y, std::size_t n, int d,
                   const SlicedW2Options& options) {
  check_clouds("sliced", x, y, n, d);
  if (options.directions < 1 || options.directions > kMaxSlicedDirections)
    throw std::invalid_argument("point-set W2 (sliced): directions " +
                                std::to_string(options.directions) + " must be in [1, " +
                                std::to_string(kMaxSlicedDirections) + "]");
  SlicedW2 out;
  if (d == 1) {  // the one direction: exact
    out.w2 = sorted_w2(x, y, n);
    out.w2_squared = out.w2 * out.w2;
    out.directions = 1;
    return out;
  }
  const int directions = options.directions;
  std::mt19937_64 gen(options.seed);
  const std::vector<double> theta = uniform_unit_directions(d, directions, gen);
  // samples[p] = d W2^2(<theta_p, x>, <theta_p, y>); directions in parallel, summed in order
  // afterwards, so the result does not depend on the thread count.
  std::vector<double> samples(static_cast<std::size_t>(directions));
#pragma omp parallel
  {
    std::vector<double> a(n), b(n);
#pragma omp for schedule(static)
    for (int p = 0; p < directions; ++p) {
      const double* t = theta.data() + static_cast<std::size_t>(p) * d;
      for (std::size_t i = 0; i < n; ++i) {
        double sa = 0.0, sb = 0.0;
        for (int k = 0; k < d; ++k) {
          sa += t[k] * x[i * d + k];
          sb += t[k] * y[i * d + k];
        }
        a[i] = sa;
        b[i] = sb;
      }
      samples[static_cast<std::size_t>(p)] = d * sorted_mean_square(a, b);
    }
  }
  double mean = 0.0;
  for (double s : samples) mean += s;
  mean /= directions;
  check_finite_cost(mean, "sliced");
  double variance = 0.0;
  for (double s : samples) variance += (s - mean) * (s - mean);
  out.w2_squared = mean;
  out.w2 = std::sqrt(mean);
  out.directions = directions;
  if (directions > 1) {
    variance /= directions - 1;
    out.w2_squared_stderr = std::sqrt(variance / directions);
    out.stderr = out.w2 > 0.0 ? out.w2_squared_stderr / (2.0 * out.w2) : 0.0;
  }
  return out;
}

const char* point_set_w2_method_name(PointSetW2Method method) {
  switch (method) {
    case PointSetW2Method::kSorted: return "sorted";
    case PointSetW2Method::kAssignment: return "assignment";
    case PointSetW2Method::kSliced: return "sliced";
  }
  return "unknown";
}

PointSetW2 point_set_w2(const double* x, const double* y, std::size_t n, int d,
                        const SlicedW2Options& options) {
  PointSetW2 out;
  if (d == 1) {
    out.method = PointSetW2Method::kSorted;
    out.w2 = sorted_w2(x, y, n);
  } else if (n <= kMaxAssignmentPoints) {
    out.method = PointSetW2Method::kAssignment;
    out.w2 = assignment_w2(x, y, n, d);
  } else {
    const SlicedW2 sliced = sliced_w2(x, y, n, d, options);
    out.method = PointSetW2Method::kSliced;
    out.w2 = sliced.w2;
    out.stderr = sliced.stderr;
    out.directions = sliced.directions;
  }
  return out;
}

}  // namespace nwgf::analytic
