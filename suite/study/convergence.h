#pragma once
// The one convergence routine of every exact family (docs/math.md sections 3.3 and 4): a study's
// cells grouped by (label, scheme, start, target, d, r, t0, T) -- label: the scheme of a built-in
// cell, the solver's name of an external one -- and within a group by tau (decreasing), one
// value per seed, for each source ("particles", "chain") that some cell of the group has; per
// metric of the family:
//   - mean, sample standard deviation (none with one seed), min and max over seeds of the metric
//     at T (values that are missing or not finite are left out);
//   - its noise floor, the mean over seeds of the family's floor of each cell, and whether the
//     mean lies above it;
//   - successive observed orders and the least-squares order with its standard error
//     (analytic/orders.h); non-positive or missing values are skipped and counted;
//   - the exact scheme iterate's own value per tau (the time-discretisation error alone, noise
//     free) with its orders;
// and whatever else the family states of a group or a metric (the Dirac family: the exact
// scheme's scale, the regime, the frozen start; suite/study/dirac_convergence.h). A family gives
// its rules (ConvergenceRules); the grouping, statistics and orders are this routine's alone.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/study/study_results.h"

namespace nwgf::suite {

// A group's cells per tau, in the group's order of taus (decreasing).
using CellsByTau = std::vector<std::vector<const CellResult*>>;

// What one family contributes to the convergence routine.
class ConvergenceRules {
 public:
  virtual ~ConvergenceRules() = default;
  // The cells' family ("dirac", "line", ...): cells of other families are not this analysis'.
  virtual std::string family() const = 0;
  // Its metrics, in the order of the group's entries.
  virtual const std::vector<std::string>& metrics() const = 0;
  // Whether its groups state d and r (every family but the line family, d = 1, r = 1).
  virtual bool states_d_r() const { return true; }
  // A cell's value of the metric at T from the metrics of the group's source (NaN: none).
  virtual double value(const std::string& metric, const PointMetrics& m) const { return m[metric]; }
  // The metric's noise floor for one cell's metrics (NaN: none).
  virtual double floor(const std::string& metric, const ConvergenceGroup& g, const PointMetrics& m) const = 0;
  // Group-wide fields, set once its taus, source and cells are known (default: none).
  virtual void describe(ConvergenceGroup& /*g*/, const CellsByTau& /*cells*/) const {}
  // The exact scheme iterate's value of the metric per tau; empty when the family has none for it.
  virtual std::vector<double> exact_values(const std::string& metric, const ConvergenceGroup& g,
                                           const CellsByTau& cells) const = 0;
  // Per-metric fields beyond the routine's (default: none).
  virtual void complete(MetricConvergence& /*m*/, const ConvergenceGroup& /*g*/) const {}
};

// The family's groups from a study's cells (other families' cells are skipped), in the order of
// their first cells, each group's sources in the order particles, chain.
std::vector<ConvergenceGroup> convergence_groups(const ConvergenceRules& rules, const std::vector<CellResult>& cells);

// Orders of a sequence: usable pairs (finite, positive errors) only; no fit with fewer than 2.
using SequenceOrders = OrderSeries;
OrderSeries sequence_orders(const std::vector<double>& taus, const std::vector<double>& errors);

// Timings: per cell wall time, training / evaluation time, median step time and median training
// iteration time, and their sum.
nlohmann::json study_timings(const std::vector<CellResult>& cells);

}  // namespace nwgf::suite
