// The rules of a family toward a target for the convergence routine
// (suite/study/target_convergence.h).
#include "suite/study/target_convergence.h"

#include <cmath>
#include <limits>

namespace nwgf::suite {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const FamilyMetric& family_metric(const TargetFamily& family, const std::string& name) {
  for (const FamilyMetric& m : family.metrics)
    if (m.metric == name) return m;
  throw std::logic_error("no metric " + name + " in the " + family.name + " family");
}

class TargetConvergenceRules final : public ConvergenceRules {
 public:
  explicit TargetConvergenceRules(const TargetFamily& family) : family_(family) {
    for (const FamilyMetric& m : family.metrics) names_.push_back(m.metric);
  }
  std::string family() const override { return family_.name; }
  const std::vector<std::string>& metrics() const override { return names_; }
  bool states_d_r() const override { return family_.sections_name_d_r; }
  double floor(const std::string& metric, const ConvergenceGroup& /*g*/, const PointMetrics& m) const override {
    const std::string& key = family_metric(family_, metric).floor_key;
    return key.empty() ? kNaN : m[key];
  }
  std::vector<double> exact_values(const std::string& metric, const ConvergenceGroup& g,
                                   const CellsByTau& cells) const override {
    const std::string& key = family_metric(family_, metric).exact_key;
    if (key.empty()) return {};
    const PointSource source = g.source == "chain" ? PointSource::Chain : PointSource::Particles;
    std::vector<double> exact;
    for (const auto& list : cells) {
      // The exact iterate is the same for every seed: the first cell's value.
      double ex = kNaN;
      for (const CellResult* cell : list)
        if (cell->summary.source(source)) {
          ex = cell->steps.empty() ? kNaN : cell->steps.back().value(key);
          break;
        }
      if (std::isfinite(ex) && ex < kExactInTime) ex = 0.0;  // exact in time: no order from rounding
      exact.push_back(ex);
    }
    return exact;
  }

 private:
  const TargetFamily& family_;
  std::vector<std::string> names_;
};

}  // namespace

std::unique_ptr<ConvergenceRules> target_convergence_rules(const TargetFamily& family) {
  return std::make_unique<TargetConvergenceRules>(family);
}

}  // namespace nwgf::suite
