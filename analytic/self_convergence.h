#pragma once
// Self-convergence of a sequence of solutions at nested step sizes, where no exact solution is
// known (docs/math.md section 8.15). Solutions phi_1, ..., phi_k at tau_1 > ... > tau_k with
// tau_{i+1} = tau_i / ratio (k >= 3, one ratio > 1); the input is the distances between
// successive solutions, E_i = D(phi_i, phi_{i+1}), i = 1..k-1, for one or several seeds.
// If phi_tau = phi + C tau^p + o(tau^p), then E_i = C tau_i^p (1 - ratio^-p) + o, and
//   successive order  p_i = log(E_i / E_{i+1}) / log(ratio)                 (i = 1..k-2);
//   least-squares order p: the slope of log E_i on log tau_i over the usable differences
//     (analytic/orders.h, over the mean over seeds; its regression standard error, undefined
//     for two differences), and with several seeds the spread over seeds of each seed's own
//     least-squares order (mean, standard deviation, standard error = sd / sqrt(seeds));
//   Richardson estimate of the finest solution's error  E_{k-1} / (ratio^p - 1)
//     (exact for E_i = C tau_i^p (1 - ratio^-p): the geometric tail Σ_{j>=k} of the
//     differences beyond the finest solution);
//   grid convergence index (Roache), a band on the error of the finer solution of a pair,
//     GCI_fine   = F_s E_{k-1} / (ratio^p - 1)   (pair k-1, k: the finest solution),
//     GCI_coarse = F_s E_{k-2} / (ratio^p - 1)   (pair k-2, k-1),
//     F_s = 1.25, Roache's safety factor for three or more solutions;
//   asymptotic-range ratio  GCI_coarse / (ratio^p GCI_fine) = E_{k-2} / (ratio^p E_{k-1}),
//     near 1 in the asymptotic range. With exactly three solutions and p their observed order
//     it is identically 1 (p is defined by E_1 / E_2 = ratio^p), so it says nothing there; it is
//     computed with the least-squares order p, which for k >= 4 is fitted to all usable
//     differences and so tests whether the finest two agree with the others.
// p, Richardson, GCI and the asymptotic ratio all use the least-squares order p.
//
// The noise floor. Two finite particle sets are not at distance 0 even when they sample one
// measure: D has a floor of its own, measured as the distance between two solutions at the same
// tau from different seeds, given per tau (k values) or as one value for all. The floor of a
// difference E_i is F_i = sqrt((f_i^2 + f_{i+1}^2) / 2) (for D^2 whose sampling bias adds, as
// below: each solution contributes half of its own same-tau floor^2). A difference with
// E_i <= floor_factor F_i is "at floor": it is never used for an order, a Richardson estimate or
// a GCI. A floor of 0 means none is known: then only E_i = 0 is at floor.
// Subtraction in quadrature, E_i <- sqrt(E_i^2 - F_i^2) (per seed, on differences above the
// floor), is valid where the squared distance's sampling bias is additive: the squared MMD
// (a V-statistic) between solutions drawn with independent seeds, E MMD^2(X, Y) = MMD^2(mu, nu)
// + b_mu / N + b_nu / N. It is not valid between coupled runs (same seed at every tau: the
// noise is correlated and partly cancels) nor for W2, whose bias is not additive; off by
// default.
// Status: kOrder (an order and the estimates it allows), kNotConverging (an order <= 0 was read:
// the differences do not shrink with tau; no Richardson estimate or GCI), kNoOrder (fewer than
// two differences above the floor: no number is read off noise). `reason` says why whenever a
// value is missing (also when the order exists but the finest difference is at the floor).
// Sources: P. J. Roache, Verification and Validation in Computational Science and Engineering,
// Hermosa, 1998 (GCI, F_s = 1.25, asymptotic range); ASME V&V 20-2009, Standard for
// Verification and Validation in Computational Fluid Dynamics and Heat Transfer (the GCI as
// the estimate of numerical uncertainty);
// I. B. Celik, U. Ghia, P. J. Roache, C. J. Freitas, H. Coleman, P. E. Raad, Procedure for
// estimation and reporting of uncertainty due to discretization in CFD applications, Journal
// of Fluids Engineering 130(7), 078001, 2008 (the procedure: three solutions, observed order,
// extrapolated error, GCI_fine).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analytic/orders.h"

namespace nwgf::analytic {

// Roache's safety factor for a GCI from three or more solutions.
inline constexpr double kGciSafetyFactor = 1.25;
// Step sizes count as nested when tau_i / tau_{i+1} equals tau_1 / tau_2 to this relative
// tolerance (step sizes written in decimal, e.g. 0.1, 0.05, 0.025, are not exact halves).
inline constexpr double kNestedRatioTolerance = 1e-9;

struct SelfConvergenceInput {
  std::vector<double> taus;                    // k >= 3, decreasing, constant ratio > 1
  std::vector<std::vector<double>> distances;  // per seed (>= 1): k - 1 values E_i >= 0
  std::vector<double> noise_floor;             // 1 value (every tau) or k (per tau), >= 0
};

struct SelfConvergenceOptions {
  double floor_factor = 2.0;    // at floor: E_i <= floor_factor F_i; in [1, 100]. Two, because
                                // one same-tau distance is itself a sample: a difference twice
                                // the floor is above the noise for any sensible spread of it
  bool subtract_floor = false;  // E_i <- sqrt(E_i^2 - F_i^2) (see above for when that is valid)
};

enum class SelfConvergenceStatus { kOrder, kNotConverging, kNoOrder };
const char* self_convergence_status_name(SelfConvergenceStatus status);  // "order",
                                                    // "not converging", "no order"

struct SeedSpread {
  std::size_t seeds = 0;  // seeds with an order of their own (>= 2 usable differences)
  double mean = 0.0;      // of their least-squares orders
  double sd = 0.0;        // sample standard deviation (n - 1)
  double stderr = 0.0;    // sd / sqrt(seeds)
};

struct SelfConvergence {
  SelfConvergenceStatus status = SelfConvergenceStatus::kNoOrder;
  std::string reason;               // empty when every value below is present
  double ratio = 0.0;               // tau_i / tau_{i+1}
  std::vector<double> differences;  // E_i: mean over seeds (after subtraction, if asked)
  std::vector<double> floors;       // F_i
  std::vector<bool> at_floor;       // mean over seeds of the raw E_i <= floor_factor F_i
  std::vector<double> successive_orders;  // p_i; NaN where E_i or E_{i+1} is at floor
  OrderFit fit;                     // least-squares order over the usable differences
  std::optional<SeedSpread> spread; // with >= 2 seeds that have an order
  std::optional<double> richardson_error;  // of the finest solution
  std::optional<double> gci_fine;
  std::optional<double> gci_coarse;
  std::optional<double> asymptotic_ratio;  // GCI_coarse / (ratio^p GCI_fine)
};

// Throws std::invalid_argument naming the value (fewer than 3 step sizes, step sizes not
// decreasing or not nested with one ratio, no seed, a seed whose distances do not number k - 1,
// a negative or non-finite distance or floor, a floor list neither 1 nor k long, a
// floor_factor outside [1, 100]).
SelfConvergence self_convergence(const SelfConvergenceInput& input,
                                 const SelfConvergenceOptions& options = {});

}  // namespace nwgf::analytic
