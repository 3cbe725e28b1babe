// The Dirac family's rules for the convergence routine (suite/study/dirac_convergence.h).
#include "suite/study/dirac_convergence.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <tuple>

#include "analytic/empirical_error.h"
#include "analytic/flow.h"
#include "suite/study/run_cell.h"  // kDiracFamily
#include "suite/study/scheme_descriptor.h"
#include "suite/common/json_number.h"

namespace nwgf::suite {

using nlohmann::json;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Relative difference |a_N - a(T)| / a(T) below which the exact scheme counts as exact in time:
// a few hundred additions of O(1) numbers in double precision stay well below it.
constexpr double kRoundingRelTol = 1e-12;

// Root mean square of a metric over kFloorDraws sets of n exact samples of eta* (scale 1);
// scaled by the caller (radial_w2 scales with a, relative errors do not). Cached per (d, r, n).
struct ExactSampleFloors {
  double radial_w2 = 0, m2_rel_error = 0, energy_rel_error = 0;
};
ExactSampleFloors exact_sample_floors(int d, double r, std::size_t n) {
  static std::mutex mutex;
  static std::map<std::tuple<int, double, std::size_t>, ExactSampleFloors> cache;
  std::lock_guard<std::mutex> lock(mutex);
  const auto key = std::make_tuple(d, r, n);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  const analytic::Profile p = analytic::make_profile(d, r);
  ExactSampleFloors f;
  for (int k = 0; k < kFloorDraws; ++k) {
    // Seeds far from any cell's seeds (cells use small integers).
    const auto x = analytic::sample_profile(p, n, 0x5eed0000ULL + static_cast<std::uint64_t>(k));
    const auto e = analytic::empirical_errors(p, 1.0, x.data(), n);
    f.radial_w2 += e.radial_w2 * e.radial_w2;
    f.m2_rel_error += e.m2_rel_error * e.m2_rel_error;
    f.energy_rel_error += e.energy_rel_error * e.energy_rel_error;
  }
  f.radial_w2 = std::sqrt(f.radial_w2 / kFloorDraws);
  f.m2_rel_error = std::sqrt(f.m2_rel_error / kFloorDraws);
  f.energy_rel_error = std::sqrt(f.energy_rel_error / kFloorDraws);
  cache[key] = f;
  return f;
}

}  // namespace

std::optional<double> exact_scheme_scale(const std::string& scheme, double r, double tau, double t0,
                                         double T) {
  const std::optional<analytic::ExactScheme> exact = exact_scheme_of(scheme);  // suite/study/scheme_descriptor.h
  if (!exact) return std::nullopt;
  return analytic::exact_scheme_scale(*exact, r, tau, t0, T);
}

double exact_scheme_metric(const std::string& metric, const analytic::Profile& p, double a_n,
                           double a_T) {
  if (metric == "mmd") return dilation_mmd(p, a_n, a_T);
  if (metric == "radial_w2") return std::abs(a_n - a_T) * std::sqrt(p.m2);
  if (metric == "m2_rel_error") return std::abs(a_n * a_n / (a_T * a_T) - 1.0);
  if (metric == "energy_rel_error") return std::abs(std::pow(a_n / a_T, p.r) - 1.0);
  return kNaN;  // mmd_to_scheme: the exact scheme iterate is its own reference
}

double frozen_start_metric(const std::string& metric, const analytic::Profile& p, double t0, double T,
                           double a_n) {
  const double a_0 = analytic::flow_scale(p.r, t0);  // 0 at t0 = 0: delta_0
  if (metric == "mmd_to_scheme") return std::isfinite(a_n) && a_n > 0 ? dilation_mmd(p, a_0, a_n) : kNaN;
  return exact_scheme_metric(metric, p, a_0, analytic::flow_scale(p.r, T));
}

namespace {

class DiracConvergenceRules final : public ConvergenceRules {
 public:
  std::string family() const override { return kDiracFamily; }
  const std::vector<std::string>& metrics() const override { return kConvergenceMetrics; }
  double value(const std::string& metric, const PointMetrics& m) const override {
    const double v = m[metric];
    return metric.find("rel_error") != std::string::npos ? std::abs(v) : v;
  }
  // mmd, mmd_to_scheme: the cell's closed-form floor; the others: exact-sample draws of n points.
  double floor(const std::string& metric, const ConvergenceGroup& g, const PointMetrics& m) const override {
    if (metric == "mmd" || metric == "mmd_to_scheme") return m[metric + "_floor"];
    const double n = m["n"];
    // The budget of the draws: a results file is outside input (a shard given to merge), its n
    // is not checked against the cell's size; beyond kFloorSampleBudget coordinates: no floor.
    if (!(std::isfinite(n) && n >= 2 && n * g.d <= kFloorSampleBudget)) return kNaN;
    const auto f = exact_sample_floors(g.d, g.r, static_cast<std::size_t>(n));
    return metric == "radial_w2" ? f.radial_w2 * g.scale->exact
           : metric == "m2_rel_error" ? f.m2_rel_error
                                      : f.energy_rel_error;
  }
  // The regime, the cells per tau, the points per tau (the last cell's n with the source) and the
  // exact scheme's scale a_N against a(T) per tau.
  void describe(ConvergenceGroup& g, const CellsByTau& cells) const override {
    const analytic::Profile p = analytic::make_profile(g.d, g.r);
    g.regime = analytic::regime_name(p.regime);
    const PointSource source = g.source == "chain" ? PointSource::Chain : PointSource::Particles;
    for (const auto& list : cells) {
      g.seed_counts.push_back(list.size());
      double n = kNaN;
      for (const CellResult* cell : list)
        if (const auto& m = cell->summary.source(source); m && m->values.count("n")) n = (*m)["n"];
      g.points.push_back(n);
    }
    ScaleConvergence scale;
    scale.exact = analytic::flow_scale(g.r, g.T);
    const double a_T = scale.exact;
    const std::string& exact = g.scheme == "external" ? g.solver_scheme : g.scheme;
    for (double tau : g.taus) {
      auto a_n = exact_scheme_scale(exact, g.r, tau, g.t0, g.T);
      // A scheme that is exact in time (JKO at r = 1, Euler at r = 1) reaches a(T) up to the
      // rounding of its n additions; count that as no time-discretisation error, so that no
      // order is fitted to rounding noise.
      if (a_n && std::abs(*a_n - a_T) <= kRoundingRelTol * a_T) a_n = a_T;
      scale.scheme.push_back(a_n ? *a_n : kNaN);
      scale.rel_error.push_back(a_n ? std::abs(*a_n - a_T) / a_T : kNaN);
    }
    scale.orders = sequence_orders(g.taus, scale.rel_error);
    g.scale = std::move(scale);
  }
  std::vector<double> exact_values(const std::string& metric, const ConvergenceGroup& g,
                                   const CellsByTau& /*cells*/) const override {
    const analytic::Profile p = analytic::make_profile(g.d, g.r);
    std::vector<double> exact;
    for (double a_n : g.scale->scheme)
      exact.push_back(std::isfinite(a_n) ? exact_scheme_metric(metric, p, a_n, g.scale->exact) : kNaN);
    return exact;
  }
  // The frozen start per tau (only mmd_to_scheme depends on tau, through a_N; NaN: no scheme).
  void complete(MetricConvergence& m, const ConvergenceGroup& g) const override {
    const analytic::Profile p = analytic::make_profile(g.d, g.r);
    std::vector<double> values;
    for (double a_n : g.scale->scheme) values.push_back(frozen_start_metric(m.metric, p, g.t0, g.T, a_n));
    m.frozen_start = std::move(values);
  }
};

}  // namespace

const ConvergenceRules& dirac_convergence_rules() {
  static const DiracConvergenceRules rules;
  return rules;
}

}  // namespace nwgf::suite
