#include "suite/study/study_self_convergence.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "analytic/empirical_error.h"
#include "analytic/point_set_w2.h"
#include "analytic/self_convergence.h"
#include "suite/common/json_number.h"
#include "suite/study/convergence.h"
#include "suite/study/study_results.h"
#include "suite/study/solution_self_convergence.h"
#include "suite/study/target_family.h"

namespace nwgf::suite {

using json = nlohmann::json;

double round_significant(double v, int digits) {
  if (!std::isfinite(v) || v == 0.0) return v;
  char text[40];
  std::snprintf(text, sizeof text, "%.*g", digits, v);
  return std::strtod(text, nullptr);
}

json self_convergence_points(const json& final_points) {
  json out = json::array();
  if (!final_points.is_array()) return out;
  const std::size_t n = final_points.size();
  const std::size_t keep = std::min(n, kSelfConvergenceRows);
  for (std::size_t j = 0; j < keep; ++j) {
    json row = final_points[j * n / keep];
    if (row.is_array())
      for (json& v : row)
        if (v.is_number_float()) v = round_significant(v.get<double>(), kSelfConvergenceDigits);
    out.push_back(std::move(row));
  }
  return out;
}

namespace {

// One group's cells by tau (decreasing) and seed.
struct Group {
  std::string id;
  const CellResult* first = nullptr;
  std::map<double, std::map<long long, const CellResult*>, std::greater<>> cells;
};

std::string group_id(const std::string& id) { return id.substr(0, id.rfind("/tau")); }

// The first `rows` rows of a cell's particles, row-major.
std::vector<double> cell_points(const CellResult& cell, std::size_t rows) {
  std::vector<double> out;
  for (std::size_t i = 0; i < rows && i < cell.summary.points.size(); ++i)
    out.insert(out.end(), cell.summary.points[i].begin(), cell.summary.points[i].end());
  return out;
}

bool usable(const CellResult* cell) { return cell && cell->summary.status == "ok" && !cell->summary.points.empty(); }

struct DistanceResult {
  double value = 0.0;
  std::string method;
  int directions = 0;
};

DistanceResult distance(const std::string& which, const std::vector<double>& x, const std::vector<double>& y, int d,
                        double r, std::uint64_t seed) {
  const std::size_t n = x.size() / static_cast<std::size_t>(d);
  if (which == "mmd") {
    const double mmd2 = analytic::empirical_mmd2(x.data(), n, y.data(), n, d, r);
    return {std::sqrt(std::max(mmd2, 0.0)), "exact pair sums", 0};
  }
  analytic::SlicedW2Options options;
  options.seed = seed;
  const analytic::PointSetW2 w = analytic::point_set_w2(x.data(), y.data(), n, d, options);
  return {w.w2, analytic::point_set_w2_method_name(w.method), w.directions};
}

json no_order(json entry, const std::string& reason) {
  entry["status"] = analytic::self_convergence_status_name(analytic::SelfConvergenceStatus::kNoOrder);
  entry["reason"] = reason;
  entry["distances"] = nullptr;
  entry["exact"] = nullptr;
  return entry;
}

// The order's uncertainty: the regression's standard error, else the seeds' (NaN: none).
double order_uncertainty(const json& analysis) {
  if (analysis["order_stderr"].is_number()) return analysis["order_stderr"].get<double>();
  const json& spread = analysis["seed_spread"];
  if (spread.is_object() && spread["seeds"].get<int>() >= 2 && spread["stderr"].is_number())
    return spread["stderr"].get<double>();
  return NAN;
}

// The exact comparison of a group (seeds used, taus decreasing) against its W2 analysis.
json exact_comparison(const Group& g, const std::vector<double>& taus, const std::vector<long long>& seeds,
                      const std::string& family, const json& w2_analysis) {
  const TargetFamily* target = target_family(family);
  const std::string metric = target ? target->metrics.front().metric : "radial_w2";
  std::vector<double> errors;
  for (double tau : taus) {
    double sum = 0.0;
    int count = 0;
    for (long long seed : seeds) {
      const std::optional<PointMetrics>& p = g.cells.at(tau).at(seed)->summary.particles;
      if (p && p->has_number(metric)) {
        sum += std::abs((*p)[metric]);
        ++count;
      }
    }
    errors.push_back(count > 0 ? sum / count : NAN);
  }
  const SequenceOrders exact = sequence_orders(taus, errors);
  json x = {{"metric", metric}, {"errors", json::array()}};
  for (double e : errors) x["errors"].push_back(number_or_null(e));
  const bool has_order = exact.fit && exact.fit->points >= 2;
  x["order"] = has_order ? number_or_null(exact.fit->order) : json();
  x["order_stderr"] = has_order ? number_or_null(exact.fit->order_stderr) : json();
  // With three step sizes the self-convergence fit has two differences: no regression error.
  // The exact order's regression over three errors has one; over seeds the spread is not kept
  // here, so the exact order's uncertainty is its regression's.
  const double u_exact = has_order && std::isfinite(exact.fit->order_stderr) ? exact.fit->order_stderr : 0.0;
  const double u_self = order_uncertainty(w2_analysis);
  const bool self_order = w2_analysis["status"] == "order" && w2_analysis["observed_order"].is_number();
  if (self_order && has_order && std::isfinite(u_self)) {
    const double u = std::sqrt(u_self * u_self + u_exact * u_exact);
    const double gap = std::abs(w2_analysis["observed_order"].get<double>() - exact.fit->order);
    x["order_uncertainty"] = u;
    x["order_gap"] = gap;
    x["order_agrees"] = gap <= std::max(kOrderAgreementSigmas * u, kOrderAgreementDrift);
  } else {
    x["order_uncertainty"] = nullptr;
    x["order_gap"] = nullptr;
    x["order_agrees"] = nullptr;
  }
  const double finest = errors.back();
  if (w2_analysis["richardson_error"].is_number() && std::isfinite(finest) && finest > 0) {
    const double ratio = w2_analysis["richardson_error"].get<double>() / finest;
    x["richardson_ratio"] = ratio;
    x["richardson_within_factor"] =
        ratio <= kRichardsonAgreementFactor && ratio >= 1.0 / kRichardsonAgreementFactor;
  } else {
    x["richardson_ratio"] = nullptr;
    x["richardson_within_factor"] = nullptr;
  }
  return x;
}

json group_entry(const Group& g) {
  const CellResult& c0 = *g.first;
  const std::string& family = c0.family;
  const int d = c0.d;
  const double r = c0.r;
  std::vector<double> taus;
  for (const auto& [tau, by_seed] : g.cells) taus.push_back(tau);
  json entry = {{"group", g.id}, {"label", c0.label()}, {"family", family}, {"scheme", c0.scheme},
                {"d", d}, {"r", r}, {"T", c0.T}, {"taus", taus}, {"seeds", json::array()},
                {"points", 0}, {"verdict_distance", "w2"}};

  // Seeds with a usable cell at every tau; the rows every one of them has.
  std::set<long long> all_seeds;
  for (const auto& [tau, by_seed] : g.cells)
    for (const auto& [seed, cell] : by_seed) all_seeds.insert(seed);
  std::vector<long long> seeds;
  std::vector<std::string> missing;
  std::size_t rows = SIZE_MAX;
  for (long long seed : all_seeds) {
    bool complete = true;
    for (const auto& [tau, by_seed] : g.cells) {
      const auto it = by_seed.find(seed);
      if (it == by_seed.end() || !usable(it->second)) {
        complete = false;
        missing.push_back(it == by_seed.end() ? fmt::format("tau {} seed {}", tau, seed) : it->second->id);
      }
    }
    if (!complete) continue;
    seeds.push_back(seed);
    for (const auto& [tau, by_seed] : g.cells) rows = std::min(rows, by_seed.at(seed)->summary.points.size());
  }
  entry["seeds"] = seeds;
  if (seeds.empty()) {
    std::string named;
    for (std::size_t i = 0; i < missing.size() && i < 4; ++i) named += (i ? ", " : "") + missing[i];
    if (missing.size() > 4) named += fmt::format(" and {} more", missing.size() - 4);
    return no_order(entry, fmt::format("no seed has an ok cell with final particles (summary.self_convergence_points) at every "
                                       "step size; missing or without particles: {} (results written before the "
                                       "particles were kept on every cell: run the study again)",
                                       named));
  }
  entry["points"] = rows;
  try {
    // Every solution once: [tau][seed].
    std::vector<std::vector<std::vector<double>>> x;
    for (const auto& [tau, by_seed] : g.cells) {
      x.emplace_back();
      for (long long seed : seeds) {
        x.back().push_back(cell_points(*by_seed.at(seed), rows));
      }
    }
    const std::size_t k = taus.size();
    json distances = json::object();
    for (const char* which : {"w2", "mmd"}) {
      DistanceResult last;
      std::vector<std::vector<double>> per_seed;
      for (std::size_t s = 0; s < seeds.size(); ++s) {
        std::vector<double> e;
        for (std::size_t i = 0; i + 1 < k; ++i) {
          last = distance(which, x[i][s], x[i + 1][s], d, r, static_cast<std::uint64_t>(seeds[s]));
          e.push_back(last.value);
        }
        per_seed.push_back(e);
      }
      std::vector<double> floors;
      if (seeds.size() >= 2)
        for (std::size_t i = 0; i < k; ++i) {
          double sum = 0.0;
          for (std::size_t s = 0; s + 1 < seeds.size(); ++s)
            sum += distance(which, x[i][s], x[i][s + 1], d, r, static_cast<std::uint64_t>(seeds[s])).value;
          floors.push_back(sum / static_cast<double>(seeds.size() - 1));
        }
      analytic::SelfConvergence a =
          analytic::self_convergence({taus, per_seed, floors.empty() ? std::vector<double>{0.0} : floors});
      if (floors.empty()) a.reason = a.reason.empty() ? kNoFloorGiven : std::string(kNoFloorGiven) + "; " + a.reason;
      json analysis = self_convergence_analysis_json(a);
      analysis["seed_spread"] = a.spread ? json{{"seeds", a.spread->seeds}, {"mean", number_or_null(a.spread->mean)},
                                                {"sd", number_or_null(a.spread->sd)},
                                                {"stderr", number_or_null(a.spread->stderr)}}
                                         : json();
      distances[which] = {{"method", last.method}, {"directions", last.directions}, {"per_seed", per_seed},
                          {"floors", floors.empty() ? json() : json(floors)}, {"analysis", analysis}};
    }
    const json& w2 = distances["w2"]["analysis"];
    entry["status"] = w2["status"];
    entry["reason"] = w2["reason"];
    entry["exact"] = exact_comparison(g, taus, seeds, family, w2);
    entry["distances"] = std::move(distances);
  } catch (const std::invalid_argument& e) {  // step sizes not nested, a bad value: said, not thrown
    return no_order(entry, e.what());
  }
  return entry;
}

}  // namespace

json study_self_convergence(const std::vector<CellResult>& cells) {
  std::vector<Group> groups;
  std::map<std::string, std::size_t> index;
  for (const CellResult& cell : cells) {
    const std::string id = group_id(cell.id);
    auto [it, added] = index.try_emplace(id, groups.size());
    if (added) groups.push_back(Group{id, &cell, {}});
    groups[it->second].cells[cell.tau][static_cast<long long>(cell.seed)] = &cell;
  }
  json out = json::array();
  for (const Group& g : groups)
    if (g.cells.size() >= kSelfConvergenceStepSizesMin) out.push_back(group_entry(g));
  return out;
}

}  // namespace nwgf::suite
