#pragma once
// Observed convergence orders from (tau, error) pairs.
//   successive order between tau_i and tau_{i+1}: log(e_i / e_{i+1}) / log(tau_i / tau_{i+1})
//   (= log2(e(tau)/e(tau/2)) for halving steps);
//   least-squares order: slope of log e on log tau, with its standard error
//   sqrt( Σ res^2 / (k - 2) / Σ (log tau - mean)^2 ) (undefined, NaN, for k = 2).
// Pairs with a non-positive or non-finite error are skipped and counted in `skipped`.
#include <cstddef>
#include <vector>

namespace nwgf::analytic {

struct OrderFit {
  double order = 0.0;        // fitted slope
  double order_stderr = 0.0; // standard error of the slope (NaN with 2 points)
  double log_constant = 0.0; // intercept: log e ≈ log_constant + order log tau
  std::size_t points = 0;    // pairs used
  std::size_t skipped = 0;   // pairs skipped (error <= 0 or not finite)
};

// taus and errors of equal size >= 2, taus distinct and positive; sorted internally by
// decreasing tau. Returns k - 1 orders for k usable pairs.
std::vector<double> successive_orders(const std::vector<double>& taus,
                                      const std::vector<double>& errors);
OrderFit least_squares_order(const std::vector<double>& taus, const std::vector<double>& errors);

}  // namespace nwgf::analytic
