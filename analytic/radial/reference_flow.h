#pragma once
// The reference flow of the radial family (docs/math.md section 7.3): the Wasserstein gradient
// flow of F_nu = E + V_nu (or of E alone without a target) from a radial start in R^d, d >= 2,
// r in (0, 2), r + d >= 3, integrated numerically as a quantile ODE with a certified error.
//
// Method (MATH.md 7.3, 7.5). The radial quantile Q(t, s) is carried at N levels s_i with weights
// w_i (analytic/radial/level_rule.h: Gauss-Legendre panels graded toward both ends of every
// segment between the start's level breaks), and each level follows
//   d/dt Q_i = u_t(Q_i),
//   u_t(rho) = Σ_j w_j dA_d/drho(rho, Q_j) - Σ_k v_k dA_d/drho(rho, T_k),
// T_k, v_k the target's quantiles on the same kind of rule (its own level breaks; equal
// consecutive radii, an atom, merged into one node). The sums are SphereKernel::d_rho_sums.
// Tracer levels (the requested output levels, and the support's ends Q(0+), Q(1-)) move with the
// same field but do not contribute to it: the quantile at a requested level is the value of an
// ODE solution, not an interpolation. The ODE system is integrated by Runge-Kutta-Fehlberg 7(8)
// (Boost.Odeint, controlled: relative tolerance `tolerance`, absolute `tolerance` x scale, the
// scale the largest radius of start and target), stopping exactly at every requested time.
// Levels keep their order (the velocity is Lipschitz for r + d >= 3), so no rearrangement.
//
// Time: t = 0 is the start. For a gamma:t0 start (the Dirac family at t0) the Dirac family's time
// is t0 + t.
//
// Error estimate (MATH.md 7.5). With estimate_errors, the problem is solved a second time with 2N
// levels (and 2x the target's levels) and a tenth of the tolerance, carrying the first solve's N
// levels as tracers. Every reported value v_N gets the error
//   kErrorFactor x |v_N - v_2N|,  kErrorFactor = 2,
// Richardson's estimate 2^p / (2^p - 1) |v_N - v_2N| for the lowest order seen, p = 1 (where
// the order p is higher, an overestimate by the factor 2 (2^p - 1) / 2^p: 1.5 for p = 2). The reported values are those of
// the N-level solve. A level's error takes the largest difference over its panel and the level
// on either side (the N-level error oscillates from node to node within a panel); w2_error is
// kErrorFactor x sqrt(Σ_i w_i (Q_N - Q_2N)_i^2).
//
// Measured N -> 2N orders (default rule: 4 Gauss-Legendre nodes per panel, grading 3; ODE
// tolerance 1e-10 to 1e-13, so the time error stays below the levels' error):
//   - d = 2, r = 1.5, gamma:0.2 start, no target, t = 1 (the Dirac family at 1.2), against the
//     exact dilation: W2 error 2.8e-6, 4.8e-7, 8.6e-8, 1.5e-8 for N = 64, 128, 256, 512, order
//     2.5 = r + d - 1, the diagonal singularity |rho - q|^(r + d - 2) of dA/drho; grading 2:
//     1.3e-6 ... 7.4e-9 (N = 64 ... 512), also order 2.5. Equal panels (grading 1) reach order
//     1.7 in W2 and 1.2 in the largest quantile error (near s = 0, where Q ~ sqrt(s)); midpoint
//     levels the same orders with 6 times the error.
//   - d = 3, r = 1, gaussian:0.3 toward sphere:1, t = 1: the estimate 2 |Q_N - Q_2N| in W2
//     1.9e-6, 2.5e-7, 3.1e-8, 4.1e-9 for N = 64 ... 512, order 3.0 = r + d - 1 (grading 2:
//     order 2.2 to 2.4, limited by Q ~ s^(1/3) at s = 0). Levels that cross the target's atom
//     meet a jump in u'' there, which the step control sees late: at tolerance 1e-10 their time
//     error is about 1e-7 (1e-8 at 1e-12), the floor of the estimate whatever N.
//   - d = 2, r = 1, where dA/drho carries |rho - q| log|rho - q|: ball:1 toward sphere:2 at
//     t = 1, W2 estimate 9.7e-5 for N = 64 and 6.0e-6 for N = 256 (order 2), the same at
//     tolerance 1e-12: the levels' quadrature, not the time steps. Pick N by the estimate.
// Measured against the exact dilation (d = 2, r = 1.5 ball case, N = 64 ... 512, grading 2 and 3):
// the W2 estimate covered the W2 error by a factor 2.5 every time, the tracers' estimates their
// errors, and every level's estimate its own error (N = 64 ... 512, 0 levels outside; with the
// bare difference per level, 4 to 9 levels near s = 0 and s = 0.8 were outside, by up to 20x).
//
// MMD to the target (MATH.md 7.2): D^2 = E(mu) + V_nu(mu) + E(nu) with the reduced energies
//   E(mu) = -1/2 Σ_ij w_i w_j A_d(Q_i, Q_j),  V = Σ_ik w_i v_k A_d(Q_i, T_k),
//   E(nu) = -1/2 Σ_kl v_k v_l A_d(T_k, T_l)
// (SphereKernel::value_sums). D^2 is a difference of O(scale^r) numbers; a value below 0 is
// rounding (or quadrature error) of a D^2 at the level of that error and is reported as D = 0.
//
// Failure. Bad input (options, times, levels, a start with mass at the origin or a target with
// an atom at 0) throws std::invalid_argument naming the value and the allowed range. A flow that
// drives a level to a radius <= kOriginFraction x scale (mass into the origin, outside the
// family: MATH.md 7.2), a non-finite state, a step size underflow, or a budget exceeded
// (max_seconds of wall time for the whole call, max_steps tried steps per solve) throws
// std::runtime_error naming the time reached.
#include <memory>
#include <vector>

#include "analytic/radial/level_law.h"
#include "analytic/radial/level_rule.h"
#include "analytic/radial/radial_measure.h"
#include "analytic/radial/sphere_kernel.h"

namespace nwgf::analytic::radial {

// A level closer to the origin than this fraction of the scale stops the flow (runtime_error)
// and refuses a start (invalid_argument): the radial reduction needs no mass at the origin.
inline constexpr double kOriginFraction = 1e-12;
// Richardson factor 2^p / (2^p - 1) for p = 1 (see the header comment).
inline constexpr double kErrorFactor = 2.0;

// The problem: kernel exponent r, dimension d, start and (optional) target radial laws, each of
// dimension d (RadialMeasure::d(), when the law is a RadialMeasure).
struct RadialProblem {
  int d = 3;
  double r = 1.0;
  std::shared_ptr<const RadialLaw> start;
  std::shared_ptr<const RadialLaw> target;  // null: F = E alone (no target)
};

struct ReferenceOptions {
  // N, the levels carrying the flow: [16, 65536] and a multiple of nodes_per_panel. 1024 with
  // the graded rule keeps the quantile error well below 1e-6 on O(1) scales away from atoms.
  int levels = 1024;
  // Levels of the target's quadrature; 0: the same as `levels`. [16, 524288] otherwise, a
  // multiple of nodes_per_panel.
  int target_levels = 0;
  // Gauss-Legendre nodes per panel, [1, 16]. The kernel's derivative has the diagonal
  // singularity |rho - q|^(r + d - 2), so the rule's order is limited by that, not by k;
  // 4 nodes (degree 7) leave the singularity as the limit.
  int nodes_per_panel = 4;
  // The panels' grading exponent p toward every segment end, [1, 6] (1: equal panels). 3
  // resolves end behaviours Q ~ s^(1/d) to the rule's interior order (the orders above); 2
  // loses order toward the Gaussian (s^(1/3) at s = 0) but halves the ball case's constant.
  double grading = 3.0;
  // Relative tolerance of the Runge-Kutta step control (absolute: tolerance x scale), in
  // [1e-13, 1e-3]; the error-estimate solve uses a tenth of it.
  double tolerance = 1e-10;
  // Solve a second time with 2N levels and a tenth of the tolerance for the error estimates
  // (MATH.md 7.5); off: errors are left empty and every *_error is NaN.
  bool estimate_errors = true;
  // Wall-time budget of the whole call, seconds (0, 1e6]: beyond it, runtime_error.
  double max_seconds = 120.0;
  // Tried steps (accepted and rejected) per solve, [1, 1e9]: beyond it, runtime_error.
  long max_steps = 100000;
  // JKO iterates (analytic/radial/radial_iterates.h): the implicit step is solved until the
  // fixed-point residual max_i |X_i - Q_n,i - tau u(X)_i| <= jko_tolerance x max(scale, the
  // iterate's largest radius), in [1e-15, 1e-6]; 1e-13 is a few hundred roundings of the
  // velocity sums.
  double jko_tolerance = 1e-13;
  // Iterations of the Anderson-accelerated fixed point per JKO step, [1, 10000]; each is one
  // velocity evaluation. Measured counts in radial_iterates.h (at most 226).
  int jko_max_iterations = 1000;
  // Anderson depth (past residuals kept), [0, 50]; 0: plain fixed-point iteration.
  int anderson_depth = 8;

  void validate() const;  // std::invalid_argument naming the field, value and range
};

// One output of the reference flow or of an exact iterate.
struct RadialSnapshot {
  double t = 0.0;  // flow time (iterates: n tau)
  int step = 0;    // iterates: n; the flow: the index of the requested time
  // The N-level law: levels, weights, radii Q(t, s_i), errors (empty without estimate), and
  // lo = Q(t, 0+), hi = Q(t, 1-) (the support's ends moved by the flow; the outermost levels
  // where the start's support is unbounded).
  LevelLaw law;
  std::vector<double> tracer_levels;  // the requested levels
  std::vector<double> tracer_radii;   // Q(t, s) at them
  std::vector<double> tracer_errors;  // their error estimates (empty without estimate)
  // W2 between the reported law and the exact one, estimated: sqrt(Σ_i w_i errors_i^2).
  double w2_error = 0.0;
  double energy = 0.0;        // E(mu_t) (reduced, MATH.md 7.2)
  double energy_error = 0.0;  // its error estimate
  double mmd_to_target = 0.0;  // D(mu_t, nu); NaN without target
  double mmd_to_target_error = 0.0;
};

struct RadialSolveStats {
  int levels = 0;              // N of this solve
  long steps = 0;              // accepted Runge-Kutta steps (iterates: scheme steps)
  long rejected_steps = 0;     // rejected Runge-Kutta steps
  long velocity_evaluations = 0;
  int rearranged_steps = 0;    // explicit Euler: steps whose levels lost their order
  int max_jko_iterations = 0;  // JKO: the most velocity evaluations one step took
  double seconds = 0.0;        // wall time of this solve
};

struct RadialReference {
  std::vector<RadialSnapshot> snapshots;  // one per requested time (or step)
  RadialSolveStats coarse;                // the N-level solve
  RadialSolveStats fine;                  // the 2N-level solve (levels = 0 when not run)
};

// The reference flow at the requested times (nondecreasing, each finite and >= 0; at least
// one, at most 100000), with Q at the requested tracer levels (each in (0, 1); may be empty).
RadialReference reference_flow(const RadialProblem& problem, const std::vector<double>& times,
                               const std::vector<double>& tracer_levels,
                               const ReferenceOptions& options = {});

namespace detail {

// The discretised problem shared by the flow and the iterates: the state is
// [N contributing levels | tracers | lo, hi].
struct Discretisation {
  int d = 3;
  double r = 1.0;
  LevelRule rule;                     // the N contributing levels
  std::vector<double> tracer_levels;  // all tracers (requested, then extra)
  std::vector<double> state0;         // Q_0 at levels, tracers, then lo, hi
  std::vector<double> target_radii, target_weights;  // T_k, v_k (empty: no target)
  double target_energy = 0.0;         // E(nu) on the target's rule
  double scale = 1.0;                 // largest radius of start and target nodes
  bool has_target = false;
  int n() const { return static_cast<int>(rule.levels.size()); }
  int tracers() const { return static_cast<int>(tracer_levels.size()); }
};

// Checks problem and tracer levels, builds the rule with `levels` levels and the target's with
// `target_levels`, and the start state (requested tracers, then extra tracers).
Discretisation discretise(const RadialProblem& problem, int levels, int target_levels,
                          const std::vector<double>& tracer_levels,
                          const std::vector<double>& extra_tracers,
                          const ReferenceOptions& options);

// The velocity field of the discretised problem at every entry of a state (the first n()
// entries are the contributing levels); counts its evaluations.
class Velocity {
 public:
  explicit Velocity(const Discretisation& disc);
  void operator()(const std::vector<double>& state, std::vector<double>& out);
  long evaluations() const { return evaluations_; }
  // The first level or tracer (index into the state) seen at a radius <= kOriginFraction x
  // scale by an evaluation since the last clear, or -1.
  int floor_touched() const { return floor_touched_; }
  void clear_floor() { floor_touched_ = -1; }
  const SphereKernel& kernel() const { return kernel_; }

 private:
  const Discretisation& disc_;
  SphereKernel kernel_;
  std::vector<double> sources_, others_, push_, pull_;
  long evaluations_ = 0;
  int floor_touched_ = -1;
};

// The wall-time budget of a call and the step budget of a solve.
class Budget {
 public:
  explicit Budget(const ReferenceOptions& options);
  double elapsed() const;
  // Throws std::runtime_error naming `what`, the time t reached and the budget when the wall
  // time exceeds max_seconds or `steps` exceeds max_steps.
  void check(const char* what, double t, long steps) const;

 private:
  double max_seconds_;
  long max_steps_;
  double start_;
};

// Throws std::runtime_error when a state entry (levels and requested or extra tracers, not the
// support's ends) is non-finite or at most kOriginFraction x scale, naming the level and t (with
// the state before the step, the time where the level met that floor, linearly in time).
void check_state(const Discretisation& disc, const std::vector<double>& state, double t,
                 const char* what, const std::vector<double>* previous = nullptr,
                 double t_previous = 0.0);

// The snapshot of a state (law, requested tracers, energy, MMD; no errors).
RadialSnapshot make_snapshot(const Discretisation& disc, const SphereKernel& kernel,
                             const std::vector<double>& state, int requested_tracers, double t,
                             int step);

// Errors of `coarse` from the 2N solve `fine` (whose extra tracers are coarse's levels): a level
// gets kErrorFactor x the largest |Q_N - Q_2N| over its panel (consecutive groups of
// nodes_per_panel levels) and the level on either side; tracers, energy and MMD their own.
void attach_errors(RadialSnapshot& coarse, const RadialSnapshot& fine,
                   const std::vector<double>& fine_state, int fine_n, int nodes_per_panel);

}  // namespace detail

}  // namespace nwgf::analytic::radial
