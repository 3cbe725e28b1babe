#pragma once
// The level rule of the radial family's reference flow and exact iterates (docs/math.md 7.5):
// N levels s_i in (0, 1) with quadrature weights w_i, ∫_0^1 g(s) ds ≈ Σ_i w_i g(s_i).
//
// Composite Gauss-Legendre with k nodes per panel on panels graded algebraically toward both
// ends of every segment between consecutive breaks (0, b_1, ..., b_m, 1):
//   a segment [a, b] with P panels has panel ends s_j = a + (b - a) g(j / P), j = 0..P,
//   g(u) = u^p / (u^p + (1 - u)^p)   (p = grading; p = 1: equal panels),
// and k Gauss-Legendre nodes (exact for polynomials of degree 2k - 1) on each panel. Near an end
// the panels shrink like (j / P)^p, the graded mesh of the classical theory for integrands with
// an algebraic end singularity (a quantile Q(s) ~ s^(1/d) at s = 0, the ball regime's
// Q(1) - Q(s) ~ (1 - s)^(1/(gamma + 1)) at s = 1). Breaks split the rule where the quantile
// jumps or is flat (an atom), so no panel straddles them.
// The N / k panels are shared between the segments in proportion to their lengths, each segment
// getting at least one (largest remainders first; ties to the earlier segment).
//
// Bad input throws std::invalid_argument naming the value and the allowed range.
#include <vector>

namespace nwgf::analytic::radial {

struct LevelRule {
  std::vector<double> levels;   // s_i in (0, 1), increasing
  std::vector<double> weights;  // w_i > 0, sum 1
};

// Nodes x_i in (-1, 1), increasing, and weights of k-point Gauss-Legendre on [-1, 1]
// (Newton on the Legendre recurrence from Chebyshev guesses; 1e-15 relative). k in [1, 64].
void gauss_legendre(int k, std::vector<double>& nodes, std::vector<double>& weights);

// The graded panel rule above. n in [1, 2^20] a multiple of nodes_per_panel, nodes_per_panel in
// [1, 64], grading in [1, 8], breaks increasing in (0, 1) with at most n / nodes_per_panel - 1
// of them (one panel per segment at least).
LevelRule graded_level_rule(int n, int nodes_per_panel, double grading,
                            const std::vector<double>& breaks);

}  // namespace nwgf::analytic::radial
