// The one convergence routine of every exact family (suite/study/convergence.h).
#include "suite/study/convergence.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "suite/common/json_number.h"

namespace nwgf::suite {

using nlohmann::json;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean_of(const std::vector<double>& xs) {
  double s = 0;
  int n = 0;
  for (double x : xs)
    if (std::isfinite(x)) s += x, ++n;
  return n ? s / n : kNaN;
}
double std_of(const std::vector<double>& xs) {
  const double m = mean_of(xs);
  double s = 0;
  int n = 0;
  for (double x : xs)
    if (std::isfinite(x)) s += (x - m) * (x - m), ++n;
  return n >= 2 ? std::sqrt(s / (n - 1)) : kNaN;  // sample standard deviation
}
double min_of(const std::vector<double>& xs) {
  double m = kNaN;
  for (double x : xs)
    if (std::isfinite(x) && !(x >= m)) m = x;
  return m;
}
double max_of(const std::vector<double>& xs) {
  double m = kNaN;
  for (double x : xs)
    if (std::isfinite(x) && !(x <= m)) m = x;
  return m;
}

struct CellGroup {
  const CellResult* first;
  std::map<double, std::vector<const CellResult*>, std::greater<double>> by_tau;  // decreasing tau
};

bool same_group(const CellResult& a, const CellResult& b) {
  return a.label() == b.label() && a.scheme == b.scheme && a.start == b.start && a.target == b.target &&
         a.d == b.d && a.r == b.r && a.t0 == b.t0 && a.T == b.T;
}

MetricConvergence metric_convergence(const ConvergenceRules& rules, const std::string& metric,
                                     const ConvergenceGroup& g, const CellsByTau& cells, PointSource source) {
  MetricConvergence m;
  m.metric = metric;
  for (const auto& list : cells) {
    std::vector<double> values, floors;
    for (const CellResult* cell : list) {
      const std::optional<PointMetrics>& pm = cell->summary.source(source);
      if (!pm) continue;
      values.push_back(rules.value(metric, *pm));
      floors.push_back(rules.floor(metric, g, *pm));
    }
    const double mean = mean_of(values), floor = mean_of(floors);
    m.mean.push_back(mean);
    m.std.push_back(std_of(values));
    m.min.push_back(min_of(values));
    m.max.push_back(max_of(values));
    m.floor.push_back(floor);
    m.above_floor.push_back(std::isfinite(mean) && std::isfinite(floor) ? std::optional<bool>(mean > floor) : std::nullopt);
  }
  m.orders = sequence_orders(g.taus, m.mean);
  m.exact_values = rules.exact_values(metric, g, cells);
  if (!m.exact_values.empty()) m.exact_orders = sequence_orders(g.taus, m.exact_values);
  rules.complete(m, g);
  return m;
}

}  // namespace

OrderSeries sequence_orders(const std::vector<double>& taus, const std::vector<double>& errors) {
  OrderSeries o;
  std::vector<double> t, e;
  for (std::size_t i = 0; i < taus.size() && i < errors.size(); ++i) {
    if (std::isfinite(errors[i]) && errors[i] > 0) {
      t.push_back(taus[i]);
      e.push_back(errors[i]);
    } else {
      ++o.skipped;
    }
  }
  if (t.size() >= 2) {
    o.successive = analytic::successive_orders(t, e);
    o.fit = analytic::least_squares_order(t, e);
    o.fit->skipped += o.skipped;
  }
  return o;
}

std::vector<ConvergenceGroup> convergence_groups(const ConvergenceRules& rules, const std::vector<CellResult>& cells) {
  const std::string family = rules.family();
  std::vector<CellGroup> groups;
  for (const CellResult& cell : cells) {
    if (cell.family != family) continue;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const CellGroup& g) { return same_group(*g.first, cell); });
    if (it == groups.end()) {
      groups.push_back(CellGroup{&cell, {}});
      it = std::prev(groups.end());
    }
    it->by_tau[cell.tau].push_back(&cell);
  }

  std::vector<ConvergenceGroup> out;
  for (const CellGroup& cg : groups) {
    const CellResult& c = *cg.first;
    CellsByTau by_tau;
    std::vector<double> taus;
    std::set<std::uint64_t> seeds;
    for (const auto& [tau, list] : cg.by_tau) {
      taus.push_back(tau);
      by_tau.push_back(list);
      for (const CellResult* cell : list) seeds.insert(cell->seed);
    }
    for (PointSource source : kPointSources) {
      const bool any = std::any_of(by_tau.begin(), by_tau.end(), [&](const auto& list) {
        return std::any_of(list.begin(), list.end(), [&](const CellResult* cell) { return cell->summary.source(source).has_value(); });
      });
      if (!any) continue;
      ConvergenceGroup g;
      g.family = family;
      g.scheme = c.scheme;
      g.label = c.label();
      if (c.external()) {
        g.solver = c.solver;
        g.solver_scheme = c.solver_scheme;
      }
      g.start = c.start;
      g.target = c.target;
      g.source = point_source_name(source);
      g.d = c.d;
      g.r = c.r;
      g.t0 = c.t0;
      g.T = c.T;
      g.states_d_r = rules.states_d_r();
      g.taus = taus;
      g.seeds.assign(seeds.begin(), seeds.end());
      rules.describe(g, by_tau);
      for (const std::string& metric : rules.metrics()) g.metrics.push_back(metric_convergence(rules, metric, g, by_tau, source));
      out.push_back(std::move(g));
    }
  }
  return out;
}

json study_timings(const std::vector<CellResult>& cells) {
  json list = json::array();
  double total = 0;
  for (const CellResult& cell : cells) {
    const CellSummary& s = cell.summary;
    if (std::isfinite(s.wall_s)) total += s.wall_s;
    list.push_back({{"id", cell.id},
                    {"scheme", cell.scheme},
                    {"d", cell.d},
                    {"r", cell.r},
                    {"tau", cell.tau},
                    {"seed", cell.seed},
                    {"steps", cell.steps.size()},
                    {"status", s.status},
                    {"wall_s", number_or_null(s.wall_s)},
                    {"train_wall_s", number_or_null(s.train_wall_s)},
                    {"eval_wall_s", number_or_null(s.eval_wall_s)},
                    {"step_median_s", number_or_null(s.step_median_s)},
                    {"iteration_median_us", number_or_null(s.iteration_median_us)}});
  }
  return {{"cells_wall_s", total}, {"cells", list}};
}

}  // namespace nwgf::suite
