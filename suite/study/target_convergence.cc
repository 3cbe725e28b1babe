// Convergence across tau of a study's cells of one family toward a target
// (suite/study/target_convergence.h).
#include "suite/study/target_convergence.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "suite/study/convergence.h"
#include "suite/common/json_number.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;


}  // namespace

json target_convergence_analysis(const TargetFamily& family, const json& cells) {
  // Grouped by label: the scheme of a built-in cell, the solver's name of an external one (whose
  // cells carry the exact iterate of the scheme its solver declares).
  struct Group {
    std::string label, scheme, solver, solver_scheme, start, target;
    int d;
    double r, t0, T;
    std::map<double, std::vector<const json*>, std::greater<double>> by_tau;  // decreasing tau
  };
  std::vector<Group> groups;
  for (const auto& cell : cells) {
    const json& c = cell["config"];
    if (c.value("family", std::string("dirac")) != family.name) continue;
    const std::string scheme = c["scheme"], start = c["start"], target = c["target"];
    const bool external = scheme == "external";
    const std::string solver = external ? c.value("solver", std::string()) : std::string();
    const std::string solver_scheme = external ? c.value("solver_scheme", std::string("other")) : scheme;
    const std::string label = external ? solver : scheme;
    const int d = c["d"];
    const double r = c["r"], t0 = c["t0"], T = c["T"], tau = c["tau"];
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
      return g.label == label && g.scheme == scheme && g.start == start && g.target == target && g.d == d &&
             g.r == r && g.t0 == t0 && g.T == T;
    });
    if (it == groups.end()) {
      groups.push_back(Group{label, scheme, solver, solver_scheme, start, target, d, r, t0, T, {}});
      it = std::prev(groups.end());
    }
    it->by_tau[tau].push_back(&cell);
  }
  const auto numbers = [](const std::vector<double>& v) {
    json a = json::array();
    for (double x : v) a.push_back(number_or_null(x));
    return a;
  };
  const auto orders_json = [&](const std::vector<double>& taus, const std::vector<double>& errors, json& into) {
    const SequenceOrders o = sequence_orders(taus, errors);
    into["successive_orders"] = numbers(o.successive);
    into["fit"] = o.fit ? order_fit_to_json(*o.fit) : json(nullptr);
  };
  const auto last_step_number = [](const json& cell, const char* key) {
    const json& steps = cell["steps"];
    if (!steps.is_array() || steps.empty() || !steps.back().contains(key) || !steps.back()[key].is_number())
      return std::nan("");
    return steps.back()[key].get<double>();
  };

  json out = json::array();
  for (const Group& g : groups) {
    std::vector<double> taus;
    for (const auto& item : g.by_tau) taus.push_back(item.first);
    for (const char* source : {"particles", "chain"}) {
      bool any = false;
      for (const auto& [tau, list] : g.by_tau)
        for (const json* cell : list) any |= (*cell)["summary"].contains(source) && (*cell)["summary"][source].is_object();
      if (!any) continue;
      json group = {{"family", family.name}, {"scheme", g.scheme}, {"label", g.label},   {"start", g.start},
                    {"target", g.target}, {"t0", g.t0},       {"T", g.T},           {"source", source},
                    {"taus", taus}};
      if (family.sections_name_d_r) {  // the line family's groups are d = 1, r = 1 without saying so
        group["d"] = g.d;
        group["r"] = g.r;
      }
      if (!g.solver.empty()) {
        group["solver"] = g.solver;
        group["solver_scheme"] = g.solver_scheme;
      }
      std::set<std::uint64_t> seeds;
      for (const auto& [tau, list] : g.by_tau)
        for (const json* cell : list) seeds.insert((*cell)["config"].value("seed", std::uint64_t{0}));
      group["seeds"] = seeds;
      json metrics = json::array();
      for (const FamilyMetric& metric : family.metrics) {
        const std::string& name = metric.metric;
        const char* floor_key = metric.floor_key.empty() ? nullptr : metric.floor_key.c_str();
        const char* exact_key = metric.exact_key.empty() ? nullptr : metric.exact_key.c_str();
        std::vector<double> mean, stdev, lo, hi, floor, exact;
        json above = json::array();
        for (const auto& [tau, list] : g.by_tau) {
          std::vector<double> v, f, e;
          for (const json* cell : list) {
            const json& s = (*cell)["summary"];
            if (!s.contains(source) || !s[source].is_object()) continue;
            const json& m = s[source];
            if (m.contains(name) && m[name].is_number()) v.push_back(m[name].get<double>());
            if (floor_key && m.contains(floor_key) && m[floor_key].is_number()) f.push_back(m[floor_key].get<double>());
            if (exact_key) e.push_back(last_step_number(*cell, exact_key));
          }
          double sum = 0, fsum = 0;
          for (double x : v) sum += x;
          for (double x : f) fsum += x;
          const double mu = v.empty() ? NAN : sum / v.size();
          double var = 0;
          for (double x : v) var += (x - mu) * (x - mu);
          mean.push_back(mu);
          stdev.push_back(v.size() > 1 ? std::sqrt(var / (v.size() - 1)) : NAN);
          lo.push_back(v.empty() ? NAN : *std::min_element(v.begin(), v.end()));
          hi.push_back(v.empty() ? NAN : *std::max_element(v.begin(), v.end()));
          const double fl = f.empty() ? NAN : fsum / f.size();
          floor.push_back(fl);
          above.push_back(std::isfinite(fl) && std::isfinite(mu) ? json(mu > fl) : json(nullptr));
          // The exact iterate is the same for every seed: the first cell's value.
          double ex = e.empty() ? NAN : e.front();
          if (std::isfinite(ex) && ex < kExactInTime) ex = 0.0;  // exact in time: no order from rounding
          exact.push_back(ex);
        }
        json entry = {{"metric", name}, {"mean", numbers(mean)}, {"std", numbers(stdev)}, {"min", numbers(lo)},
                      {"max", numbers(hi)}, {"floor", numbers(floor)}, {"above_floor", above}};
        orders_json(taus, mean, entry);
        json ex = {{"values", exact_key ? numbers(exact) : json::array()}};
        if (exact_key) {
          orders_json(taus, exact, ex);
        } else {
          ex["successive_orders"] = json::array();
          ex["fit"] = nullptr;
        }
        entry["exact_scheme"] = ex;
        metrics.push_back(entry);
      }
      group["metrics"] = metrics;
      out.push_back(group);
    }
  }
  return out;
}

}  // namespace nwgf::suite
