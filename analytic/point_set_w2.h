#pragma once
// The quadratic Wasserstein distance between two point clouds of equal size N in R^d, each
// carrying mass 1/N per point (docs/math.md section 8.14):
//   W2^2(mu_x, mu_y) = min over permutations s of (1/N) Σ_i ||x_i - y_s(i)||^2
// (for equal-weight clouds of equal size an optimal coupling is a permutation: Birkhoff's
// theorem, the extreme points of the doubly stochastic matrices are permutation matrices).
// Three routines:
//   - d = 1, exact for any N: the monotone coupling of the sorted values, O(N log N);
//   - any d, exact for N <= kMaxAssignmentPoints: the optimal assignment of the N x N matrix of
//     squared distances by shortest augmenting paths with dual potentials (Jonker and Volgenant
//     1987, without their initialisation heuristics; Crouse 2016, IEEE Trans. Aerospace and
//     Electronic Systems 52(4)): N Dijkstra searches on reduced costs, O(N^3) time in the worst
//     case, O(N^2) memory for the cost matrix. The cap bounds both: 4096 points hold the matrix
//     in 128 MiB and take seconds (measured: docs/math.md 8.14). W2^2 is summed from the chosen
//     pairs' squared distances, so rounding in the potentials can only pick a near-optimal
//     permutation, never misreport its cost;
//   - any N, any d, an estimate: the sliced distance
//       SW2^2 = d E_theta W2^2(<theta, x>, <theta, y>)    (theta uniform on S^{d-1}),
//     each direction's 1-D W2 exact by sorting, E_theta by the mean over P independent random
//     directions from a seed (analytic/random_directions.h), with its Monte Carlo standard
//     error. The factor d makes SW2 = W2 whenever one cloud is the image of the other under
//     x -> a x + b (a > 0: translations, dilations), since E_theta <theta, v>^2 = |v|^2 / d; in
//     general SW2 <= W2 (project an optimal coupling onto each direction). SW2 is a different
//     distance from W2, not an approximation of it: its error against W2 is not stated, only
//     the Monte Carlo error of its own estimate.
// Input: row-major N x d arrays of finite doubles. Every routine refuses bad input with
// std::invalid_argument naming the value and the allowed range.
#include <cstddef>
#include <cstdint>

namespace nwgf::analytic {

// The largest N the exact assignment accepts (any d): O(N^2) memory, 8 N^2 bytes = 128 MiB.
inline constexpr std::size_t kMaxAssignmentPoints = 4096;
// The most directions a sliced estimate accepts: its cost is P N log N.
inline constexpr int kMaxSlicedDirections = 1 << 16;

// Exact W2 in d = 1: sqrt((1/N) Σ (x_(i) - y_(i))^2) over the sorted values. N >= 1.
double sorted_w2(const double* x, const double* y, std::size_t n);

// Exact W2 by optimal assignment, any d >= 1; 1 <= N <= kMaxAssignmentPoints.
double assignment_w2(const double* x, const double* y, std::size_t n, int d);

// The optimal assignment behind assignment_w2: perm[i] is the index of the y matched to x_i.
// Public so that tests can check the permutation itself.
void optimal_assignment(const double* x, const double* y, std::size_t n, int d,
                        std::size_t* perm);

struct SlicedW2Options {
  int directions = 256;    // P in [1, kMaxSlicedDirections]; the standard error falls like
                           // 1/sqrt(P)
  std::uint64_t seed = 0;  // the directions' generator (std::mt19937_64)
};

struct SlicedW2 {
  double w2 = 0.0;         // SW2 = sqrt(d mean_p W2^2(theta_p)): the estimate
  double w2_squared = 0.0; // its square, the Monte Carlo mean itself
  double w2_squared_stderr = 0.0;  // sample standard deviation of d W2^2(theta_p) / sqrt(P)
                                   // (0 for P = 1 or d = 1)
  double stderr = 0.0;     // of SW2 by the delta method: w2_squared_stderr / (2 SW2) (0 if SW2 = 0)
  int directions = 0;      // P used (1 for d = 1: the identity direction, exact)
};

// Sliced estimate as above; d = 1 gives the exact W2 with zero standard error.
SlicedW2 sliced_w2(const double* x, const double* y, std::size_t n, int d,
                   const SlicedW2Options& options = {});

enum class PointSetW2Method { kSorted, kAssignment, kSliced };
const char* point_set_w2_method_name(PointSetW2Method method);  // "sorted", "assignment", "sliced"

struct PointSetW2 {
  PointSetW2Method method = PointSetW2Method::kSorted;
  double w2 = 0.0;      // exact W2 (sorted, assignment) or the SW2 estimate (sliced)
  double stderr = 0.0;  // 0 for the exact methods
  int directions = 0;   // sliced only
};

// The best available: sorted for d = 1, the assignment for N <= kMaxAssignmentPoints, the
// sliced estimate (options) beyond.
PointSetW2 point_set_w2(const double* x, const double* y, std::size_t n, int d,
                        const SlicedW2Options& options = {});

}  // namespace nwgf::analytic
