#include "suite/study/convergence.h"

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


json numbers(const std::vector<double>& xs) {
  json a = json::array();
  for (double x : xs) a.push_back(number_or_null(x));
  return a;
}

double metric_value(const json& metrics, const std::string& key) {
  if (!metrics.is_object() || !metrics.contains(key) || !metrics[key].is_number()) return kNaN;
  return metrics[key].get<double>();
}

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

json orders_json(const SequenceOrders& o) {
  return {{"successive_orders", numbers(o.successive)},
          {"fit", o.fit ? order_fit_to_json(*o.fit) : json(nullptr)}};
}

}  // namespace

json order_fit_to_json(const analytic::OrderFit& fit) {
  return {{"order", number_or_null(fit.order)},
          {"stderr", number_or_null(fit.order_stderr)},
          {"log_constant", number_or_null(fit.log_constant)},
          {"points", fit.points},
          {"skipped", fit.skipped}};
}

SequenceOrders sequence_orders(const std::vector<double>& taus, const std::vector<double>& errors) {
  SequenceOrders o;
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
// frozen_start_metric per tau (only mmd_to_scheme depends on tau, through a_N; NaN: no scheme).
json frozen_start_values(const std::string& metric, const analytic::Profile& p, double t0, double T,
                         const std::vector<double>& scheme_scales) {
  json values = json::array();
  for (double a_n : scheme_scales) values.push_back(number_or_null(frozen_start_metric(metric, p, t0, T, a_n)));
  return values;
}
}  // namespace

json convergence_analysis(const json& cells) {
  // Group cells by (label, d, r, t0, T); within a group, by tau, a value per seed. The label is
  // the scheme of a built-in cell and the solver's name of an external one; an external cell is
  // compared with the exact iterate of the scheme its solver declares (solver_scheme).
  struct Group {
    std::string label, scheme, solver, solver_scheme;
    int d;
    double r, t0, T;
    std::map<double, std::vector<const json*>, std::greater<double>> by_tau;  // decreasing tau
  };
  std::vector<Group> groups;
  for (const auto& cell : cells) {
    const json& c = cell["config"];
    if (c.value("family", std::string(kDiracFamily)) != kDiracFamily) continue;  // target_convergence_analysis (suite/study/target_convergence.h)
    const std::string scheme = c["scheme"];
    const bool external = scheme == "external";
    const std::string solver = external ? c.value("solver", std::string()) : std::string();
    const std::string solver_scheme = external ? c.value("solver_scheme", std::string("other")) : scheme;
    const std::string label = external ? solver : scheme;
    const int d = c["d"];
    const double r = c["r"], t0 = c["t0"], T = c["T"], tau = c["tau"];
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
      return g.label == label && g.scheme == scheme && g.d == d && g.r == r && g.t0 == t0 && g.T == T;
    });
    if (it == groups.end()) {
      groups.push_back(Group{label, scheme, solver, solver_scheme, d, r, t0, T, {}});
      it = std::prev(groups.end());
    }
    it->by_tau[tau].push_back(&cell);
  }

  json out = json::array();
  for (const Group& g : groups) {
    const analytic::Profile p = analytic::make_profile(g.d, g.r);
    const double a_T = analytic::flow_scale(g.r, g.T);
    std::vector<double> taus, scheme_scales, scale_errors;
    for (const auto& [tau, list] : g.by_tau) {
      taus.push_back(tau);
      auto a_n = exact_scheme_scale(g.solver_scheme, g.r, tau, g.t0, g.T);
      // A scheme that is exact in time (JKO at r = 1, Euler at r = 1) reaches a(T) up to the
      // rounding of its n additions; count that as no time-discretisation error, so that no
      // order is fitted to rounding noise.
      if (a_n && std::abs(*a_n - a_T) <= kRoundingRelTol * a_T) a_n = a_T;
      scheme_scales.push_back(a_n ? *a_n : kNaN);
      scale_errors.push_back(a_n ? std::abs(*a_n - a_T) / a_T : kNaN);
    }
    const SequenceOrders scale_orders = sequence_orders(taus, scale_errors);
    json scale = {{"exact", a_T}, {"scheme", numbers(scheme_scales)}, {"rel_error", numbers(scale_errors)}};
    scale.update(orders_json(scale_orders));

    for (const char* source : {"particles", "chain"}) {
      bool any = false;
      for (const auto& [tau, list] : g.by_tau)
        for (const json* cell : list) {
          const json& s = (*cell)["summary"];
          any |= s.contains(source) && s[source].is_object();
        }
      if (!any) continue;
      json group = {{"scheme", g.scheme}, {"label", g.label}, {"d", g.d}, {"r", g.r}, {"t0", g.t0}, {"T", g.T},
                    {"source", source}, {"regime", analytic::regime_name(p.regime)},
                    {"taus", taus}, {"scale", scale}};
      if (g.scheme == "external") {
        group["solver"] = g.solver;
        group["solver_scheme"] = g.solver_scheme;
      }
      json seeds = json::array();
      json points = json::array();
      for (const auto& [tau, list] : g.by_tau) {
        seeds.push_back(list.size());
        double n = kNaN;
        for (const json* cell : list) {
          const json& s = (*cell)["summary"];
          if (s.contains(source) && s[source].is_object() && s[source].contains("n")) n = s[source]["n"].get<double>();
        }
        points.push_back(number_or_null(n));
      }
      group["seeds"] = seeds;
      group["points"] = points;
      json metrics = json::array();
      for (const std::string& metric : kConvergenceMetrics) {
        std::vector<double> mean, sd, lo, hi, floor, exact;
        std::size_t ti = 0;
        for (const auto& [tau, list] : g.by_tau) {
          std::vector<double> values, floors;
          for (const json* cell : list) {
            const json& s = (*cell)["summary"];
            const json m = s.contains(source) ? s[source] : json(nullptr);
            double v = metric_value(m, metric);
            if (metric.find("rel_error") != std::string::npos) v = std::abs(v);
            values.push_back(v);
            if (metric == "mmd" || metric == "mmd_to_scheme") {
              floors.push_back(metric_value(m, metric + "_floor"));
            } else {
              const double n = metric_value(m, "n");
              if (std::isfinite(n) && n >= 2) {
                const auto f = exact_sample_floors(g.d, g.r, static_cast<std::size_t>(n));
                floors.push_back(metric == "radial_w2" ? f.radial_w2 * a_T
                                 : metric == "m2_rel_error" ? f.m2_rel_error
                                                             : f.energy_rel_error);
              }
            }
          }
          mean.push_back(mean_of(values));
          sd.push_back(std_of(values));
          lo.push_back(min_of(values));
          hi.push_back(max_of(values));
          floor.push_back(mean_of(floors));
          exact.push_back(std::isfinite(scheme_scales[ti])
                              ? exact_scheme_metric(metric, p, scheme_scales[ti], a_T)
                              : kNaN);
          ++ti;
        }
        json entry = {{"metric", metric}, {"mean", numbers(mean)}, {"std", numbers(sd)},
                      {"min", numbers(lo)}, {"max", numbers(hi)}, {"floor", numbers(floor)}};
        entry.update(orders_json(sequence_orders(taus, mean)));
        json above = json::array();
        for (std::size_t i = 0; i < mean.size(); ++i)
          above.push_back(std::isfinite(mean[i]) && std::isfinite(floor[i]) ? json(mean[i] > floor[i])
                                                                             : json(nullptr));
        entry["above_floor"] = above;
        entry["frozen_start"] = frozen_start_values(metric, p, g.t0, g.T, scheme_scales);
        const SequenceOrders exact_orders = sequence_orders(taus, exact);
        entry["exact_scheme"] = {{"values", numbers(exact)},
                                 {"successive_orders", numbers(exact_orders.successive)},
                                 {"fit", exact_orders.fit ? order_fit_to_json(*exact_orders.fit) : json(nullptr)}};
        metrics.push_back(std::move(entry));
      }
      group["metrics"] = std::move(metrics);
      out.push_back(std::move(group));
    }
  }
  return out;
}

json study_timings(const json& cells) {
  json list = json::array();
  double total = 0;
  for (const auto& cell : cells) {
    const json& c = cell["config"];
    const json& s = cell["summary"];
    auto field = [&](const char* key) {
      return s.contains(key) && s[key].is_number() ? s[key] : json(nullptr);
    };
    if (s.contains("wall_s") && s["wall_s"].is_number()) total += s["wall_s"].get<double>();
    list.push_back({{"id", cell["id"]},
                    {"scheme", c["scheme"]},
                    {"d", c["d"]},
                    {"r", c["r"]},
                    {"tau", c["tau"]},
                    {"seed", c["seed"]},
                    {"steps", cell["steps"].size()},
                    {"status", s.value("status", std::string("ok"))},
                    {"wall_s", field("wall_s")},
                    {"train_wall_s", field("train_wall_s")},
                    {"eval_wall_s", field("eval_wall_s")},
                    {"step_median_s", field("step_median_s")},
                    {"iteration_median_us", field("iteration_median_us")}});
  }
  return {{"cells_wall_s", total}, {"cells", list}};
}

}  // namespace nwgf::suite
