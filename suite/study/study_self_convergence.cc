#include "suite/study/study_self_convergence.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "analytic/empirical_error.h"
#include "analytic/point_set_w2.h"
#include "analytic/self_convergence.h"
#include "suite/common/errors.h"
#include "suite/common/json_fields.h"
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

SelfConvergenceEntry no_order(SelfConvergenceEntry entry, const std::string& reason) {
  entry.status = analytic::SelfConvergenceStatus::kNoOrder;
  entry.reason = reason;
  entry.distances.reset();
  entry.exact.reset();
  return entry;
}

bool is_number(const std::optional<double>& v) { return v && std::isfinite(*v); }

// The order's uncertainty: the regression's standard error, else the seeds' (NaN: none).
double order_uncertainty(const analytic::SelfConvergence& a) {
  if (std::isfinite(observed_order_stderr(a))) return observed_order_stderr(a);
  if (a.spread && a.spread->seeds >= 2 && std::isfinite(a.spread->stderr)) return a.spread->stderr;
  return NAN;
}

// The family's exact error per tau: mean over the seeds used of |metric| at T (NaN: none).
std::vector<double> exact_errors(const Group& g, const std::vector<double>& taus, const std::vector<long long>& seeds,
                                 const std::string& metric) {
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
  return errors;
}

// The exact comparison of a group (seeds used, taus decreasing) against its W2 analysis.
SelfConvergenceExact exact_comparison(const Group& g, const std::vector<double>& taus,
                                      const std::vector<long long>& seeds, const std::string& family,
                                      const analytic::SelfConvergence& w2) {
  const TargetFamily* target = target_family(family);
  SelfConvergenceExact x;
  x.metric = target ? target->metrics.front().metric : "radial_w2";
  x.errors = exact_errors(g, taus, seeds, x.metric);
  const SequenceOrders exact = sequence_orders(taus, x.errors);
  const bool has_order = exact.fit && exact.fit->points >= 2;
  if (has_order) {
    x.order = exact.fit->order;
    x.order_stderr = exact.fit->order_stderr;
  }
  // With three step sizes the self-convergence fit has two differences: no regression error.
  // The exact order's regression over three errors has one; over seeds the spread is not kept
  // here, so the exact order's uncertainty is its regression's.
  const double u_exact = has_order && std::isfinite(exact.fit->order_stderr) ? exact.fit->order_stderr : 0.0;
  const double u_self = order_uncertainty(w2);
  const bool self_order = w2.status == analytic::SelfConvergenceStatus::kOrder && std::isfinite(observed_order(w2));
  if (self_order && has_order && std::isfinite(u_self)) {
    x.order_uncertainty = std::sqrt(u_self * u_self + u_exact * u_exact);
    x.order_gap = std::abs(observed_order(w2) - exact.fit->order);
    x.order_agrees = x.order_gap <= std::max(kOrderAgreementSigmas * x.order_uncertainty, kOrderAgreementDrift);
  }
  const double finest = x.errors.back();
  if (is_number(w2.richardson_error) && std::isfinite(finest) && finest > 0) {
    x.richardson_ratio = *w2.richardson_error / finest;
    x.richardson_within_factor =
        x.richardson_ratio <= kRichardsonAgreementFactor && x.richardson_ratio >= 1.0 / kRichardsonAgreementFactor;
  }
  return x;
}

// One distance's differences per seed (x: [tau][seed] solutions), floors between successive
// seeds per tau, and their analysis.
SelfConvergenceDistance distance_entry(const char* which, const std::vector<std::vector<std::vector<double>>>& x,
                                       const std::vector<double>& taus, const std::vector<long long>& seeds, int d,
                                       double r) {
  const std::size_t k = taus.size();
  DistanceResult last;
  SelfConvergenceDistance out;
  for (std::size_t s = 0; s < seeds.size(); ++s) {
    std::vector<double> e;
    for (std::size_t i = 0; i + 1 < k; ++i) {
      last = distance(which, x[i][s], x[i + 1][s], d, r, static_cast<std::uint64_t>(seeds[s]));
      e.push_back(last.value);
    }
    out.per_seed.push_back(e);
  }
  std::vector<double> floors;
  if (seeds.size() >= 2)
    for (std::size_t i = 0; i < k; ++i) {
      double sum = 0.0;
      for (std::size_t s = 0; s + 1 < seeds.size(); ++s)
        sum += distance(which, x[i][s], x[i][s + 1], d, r, static_cast<std::uint64_t>(seeds[s])).value;
      floors.push_back(sum / static_cast<double>(seeds.size() - 1));
    }
  out.analysis = analytic::self_convergence({taus, out.per_seed, floors.empty() ? std::vector<double>{0.0} : floors});
  if (floors.empty())
    out.analysis.reason =
        out.analysis.reason.empty() ? kNoFloorGiven : std::string(kNoFloorGiven) + "; " + out.analysis.reason;
  else
    out.floors = floors;
  out.method = last.method;
  out.directions = last.directions;
  return out;
}

// "tau 0.1 seed 3, ..." naming at most four of the cells a group misses.
std::string missing_cells_text(const std::vector<std::string>& missing) {
  std::string named;
  for (std::size_t i = 0; i < missing.size() && i < 4; ++i) named += (i ? ", " : "") + missing[i];
  if (missing.size() > 4) named += fmt::format(" and {} more", missing.size() - 4);
  return named;
}

SelfConvergenceEntry group_entry(const Group& g) {
  const CellResult& c0 = *g.first;
  SelfConvergenceEntry entry;
  entry.group = g.id;
  entry.label = c0.label();
  entry.family = c0.family;
  entry.scheme = c0.scheme;
  entry.d = c0.d;
  entry.r = c0.r;
  entry.T = c0.T;
  for (const auto& [tau, by_seed] : g.cells) entry.taus.push_back(tau);

  // Seeds with a usable cell at every tau; the rows every one of them has.
  std::set<long long> all_seeds;
  for (const auto& [tau, by_seed] : g.cells)
    for (const auto& [seed, cell] : by_seed) all_seeds.insert(seed);
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
    entry.seeds.push_back(seed);
    for (const auto& [tau, by_seed] : g.cells) rows = std::min(rows, by_seed.at(seed)->summary.points.size());
  }
  if (entry.seeds.empty())
    return no_order(entry, fmt::format("no seed has an ok cell with final particles (summary.self_convergence_points) at every "
                                       "step size; missing or without particles: {} (results written before the "
                                       "particles were kept on every cell: run the study again)",
                                       missing_cells_text(missing)));
  entry.points = rows;
  try {
    // Every solution once: [tau][seed].
    std::vector<std::vector<std::vector<double>>> x;
    for (const auto& [tau, by_seed] : g.cells) {
      x.emplace_back();
      for (long long seed : entry.seeds) x.back().push_back(cell_points(*by_seed.at(seed), rows));
    }
    SelfConvergenceDistances distances{distance_entry("w2", x, entry.taus, entry.seeds, entry.d, entry.r),
                                       distance_entry("mmd", x, entry.taus, entry.seeds, entry.d, entry.r)};
    const analytic::SelfConvergence& w2 = distances.w2.analysis;
    entry.status = w2.status;
    entry.reason = w2.reason;
    entry.exact = exact_comparison(g, entry.taus, entry.seeds, entry.family, w2);
    entry.distances = std::move(distances);
  } catch (const std::invalid_argument& e) {  // step sizes not nested, a bad value: said, not thrown
    return no_order(entry, e.what());
  }
  return entry;
}

// Reading stored entries back: refusals name the entry and the key (suite/common/json_fields.h).
const JsonFields kRead("corrupt results");

std::optional<double> optional_number_of(const json& j, const std::string& where, const char* key) {
  const double v = kRead.number(j, where, key);
  return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

analytic::SelfConvergenceStatus status_of(const json& j, const std::string& where) {
  const std::string name = kRead.text(j, where, "status");
  for (auto s : {analytic::SelfConvergenceStatus::kOrder, analytic::SelfConvergenceStatus::kNotConverging,
                 analytic::SelfConvergenceStatus::kNoOrder})
    if (name == analytic::self_convergence_status_name(s)) return s;
  kRead.refuse(where, "status", "is not \"order\", \"not converging\" or \"no order\"");
}

std::optional<analytic::SeedSpread> seed_spread_of(const json& j, const std::string& where) {
  const json& v = kRead.field(j, where, "seed_spread");
  if (v.is_null()) return std::nullopt;
  if (!v.is_object()) kRead.refuse(where, "seed_spread", "is not an object or null");
  const std::string at = where + ".seed_spread";
  analytic::SeedSpread s;
  s.seeds = static_cast<std::size_t>(kRead.whole(v, at, "seeds", 0, std::numeric_limits<long long>::max()));
  s.mean = kRead.number(v, at, "mean");
  s.sd = kRead.number(v, at, "sd");
  s.stderr = kRead.number(v, at, "stderr");
  return s;
}

json seed_spread_json(const std::optional<analytic::SeedSpread>& s) {
  if (!s) return json();
  return {{"seeds", s->seeds}, {"mean", number_or_null(s->mean)}, {"sd", number_or_null(s->sd)},
          {"stderr", number_or_null(s->stderr)}};
}

// An "analysis" object (self_convergence_analysis_json plus "seed_spread").
analytic::SelfConvergence analysis_of(const json& j, const std::string& where) {
  analytic::SelfConvergence a;
  a.status = status_of(j, where);
  a.reason = kRead.text(j, where, "reason");
  a.ratio = kRead.number(j, where, "ratio");
  a.differences = kRead.numbers(j, where, "differences");
  a.floors = kRead.numbers(j, where, "floors");
  const json& at_floor = kRead.field(j, where, "at_floor");
  if (!at_floor.is_array()) kRead.refuse(where, "at_floor", "is not a list");
  for (const json& b : at_floor) {
    if (!b.is_boolean()) kRead.refuse(where, "at_floor", "holds a value that is not true or false");
    a.at_floor.push_back(b.get<bool>());
  }
  a.successive_orders = kRead.numbers(j, where, "successive_orders");
  a.fit.points = static_cast<std::size_t>(kRead.whole(j, where, "order_points", 0, std::numeric_limits<long long>::max()));
  a.fit.order = kRead.number(j, where, "observed_order");
  a.fit.order_stderr = kRead.number(j, where, "order_stderr");
  a.richardson_error = optional_number_of(j, where, "richardson_error");
  a.gci_fine = optional_number_of(j, where, "gci_fine");
  a.gci_coarse = optional_number_of(j, where, "gci_coarse");
  a.asymptotic_ratio = optional_number_of(j, where, "asymptotic_ratio");
  a.spread = seed_spread_of(j, where);
  return a;
}

json to_json(const SelfConvergenceDistance& D) {
  json analysis = self_convergence_analysis_json(D.analysis);
  analysis["seed_spread"] = seed_spread_json(D.analysis.spread);
  return {{"method", D.method}, {"directions", D.directions}, {"per_seed", D.per_seed},
          {"floors", D.floors ? json(*D.floors) : json()}, {"analysis", std::move(analysis)}};
}

SelfConvergenceDistance distance_of(const json& j, const std::string& where) {
  SelfConvergenceDistance D;
  D.method = kRead.text(j, where, "method");
  D.directions = static_cast<int>(kRead.whole(j, where, "directions", 0, 1 << 30));
  const json& per_seed = kRead.field(j, where, "per_seed");
  if (!per_seed.is_array()) kRead.refuse(where, "per_seed", "is not a list");
  for (std::size_t s = 0; s < per_seed.size(); ++s)
    D.per_seed.push_back(kRead.number_list(per_seed[s], where, fmt::format("per_seed[{}]", s)));
  if (!kRead.field(j, where, "floors").is_null()) D.floors = kRead.numbers(j, where, "floors");
  D.analysis = analysis_of(kRead.object(j, where, "analysis"), where + ".analysis");
  return D;
}

json to_json(const SelfConvergenceExact& x) {
  const auto flag = [](const std::optional<bool>& b) { return b ? json(*b) : json(); };
  return {{"metric", x.metric},
          {"errors", numbers_or_null(x.errors)},
          {"order", number_or_null(x.order)},
          {"order_stderr", number_or_null(x.order_stderr)},
          {"order_uncertainty", number_or_null(x.order_uncertainty)},
          {"order_gap", number_or_null(x.order_gap)},
          {"order_agrees", flag(x.order_agrees)},
          {"richardson_ratio", number_or_null(x.richardson_ratio)},
          {"richardson_within_factor", flag(x.richardson_within_factor)}};
}

SelfConvergenceExact exact_of(const json& j, const std::string& where) {
  SelfConvergenceExact x;
  x.metric = kRead.text(j, where, "metric");
  x.errors = kRead.numbers(j, where, "errors");
  x.order = kRead.number(j, where, "order");
  x.order_stderr = kRead.number(j, where, "order_stderr");
  x.order_uncertainty = kRead.number(j, where, "order_uncertainty");
  x.order_gap = kRead.number(j, where, "order_gap");
  x.order_agrees = kRead.optional_bool(j, where, "order_agrees");
  x.richardson_ratio = kRead.number(j, where, "richardson_ratio");
  x.richardson_within_factor = kRead.optional_bool(j, where, "richardson_within_factor");
  return x;
}

}  // namespace

double observed_order(const analytic::SelfConvergence& a) {
  return a.fit.points >= 2 && std::isfinite(a.fit.order) ? a.fit.order : NAN;
}

double observed_order_stderr(const analytic::SelfConvergence& a) {
  return a.fit.points >= 2 && std::isfinite(a.fit.order_stderr) ? a.fit.order_stderr : NAN;
}

json to_json(const SelfConvergenceEntry& e) {
  return {{"group", e.group},
          {"label", e.label},
          {"family", e.family},
          {"scheme", e.scheme},
          {"d", e.d},
          {"r", e.r},
          {"T", e.T},
          {"taus", e.taus},
          {"seeds", e.seeds},
          {"points", e.points},
          {"status", analytic::self_convergence_status_name(e.status)},
          {"reason", e.reason},
          {"verdict_distance", e.verdict_distance},
          {"distances", e.distances ? json{{"w2", to_json(e.distances->w2)}, {"mmd", to_json(e.distances->mmd)}} : json()},
          {"exact", e.exact ? to_json(*e.exact) : json()}};
}

json to_json(const std::vector<SelfConvergenceEntry>& entries) {
  json out = json::array();
  for (const SelfConvergenceEntry& e : entries) out.push_back(to_json(e));
  return out;
}

SelfConvergenceEntry self_convergence_entry_from_json(const json& j, const std::string& where) {
  if (!j.is_object()) throw UsageError(fmt::format("corrupt results: {} is not an object", where));
  SelfConvergenceEntry e;
  e.group = kRead.text(j, where, "group");
  e.label = kRead.text(j, where, "label");
  e.family = kRead.text(j, where, "family");
  e.scheme = kRead.text(j, where, "scheme");
  e.d = static_cast<int>(kRead.whole(j, where, "d", 1, 1 << 20));
  e.r = kRead.number(j, where, "r");
  e.T = kRead.number(j, where, "T");
  e.taus = kRead.numbers(j, where, "taus");
  const json& seeds = kRead.field(j, where, "seeds");
  if (!seeds.is_array()) kRead.refuse(where, "seeds", "is not a list");
  for (const json& s : seeds) {
    if (!s.is_number_integer()) kRead.refuse(where, "seeds", "holds a value that is not a whole number");
    e.seeds.push_back(s.get<long long>());
  }
  e.points = static_cast<std::size_t>(kRead.whole(j, where, "points", 0, std::numeric_limits<long long>::max()));
  e.status = status_of(j, where);
  e.reason = kRead.text(j, where, "reason");
  e.verdict_distance = kRead.text(j, where, "verdict_distance");
  const json& distances = kRead.field(j, where, "distances");
  if (!distances.is_null()) {
    if (!distances.is_object()) kRead.refuse(where, "distances", "is not an object or null");
    const std::string at = where + ".distances";
    e.distances = SelfConvergenceDistances{distance_of(kRead.object(distances, at, "w2"), at + ".w2"),
                                           distance_of(kRead.object(distances, at, "mmd"), at + ".mmd")};
  }
  if (!kRead.field(j, where, "exact").is_null()) e.exact = exact_of(kRead.object(j, where, "exact"), where + ".exact");
  return e;
}

std::vector<SelfConvergenceEntry> self_convergence_entries_from_json(const json& list, const std::string& where) {
  if (!list.is_array()) throw UsageError(fmt::format("corrupt results: {} is not a list", where));
  std::vector<SelfConvergenceEntry> out;
  for (std::size_t i = 0; i < list.size(); ++i)
    out.push_back(self_convergence_entry_from_json(list[i], fmt::format("{}[{}]", where, i)));
  return out;
}

std::vector<SelfConvergenceEntry> study_self_convergence(const std::vector<CellResult>& cells) {
  std::vector<Group> groups;
  std::map<std::string, std::size_t> index;
  for (const CellResult& cell : cells) {
    const std::string id = group_id(cell.id);
    auto [it, added] = index.try_emplace(id, groups.size());
    if (added) groups.push_back(Group{id, &cell, {}});
    groups[it->second].cells[cell.tau][static_cast<long long>(cell.seed)] = &cell;
  }
  std::vector<SelfConvergenceEntry> out;
  for (const Group& g : groups)
    if (g.cells.size() >= kSelfConvergenceStepSizesMin) out.push_back(group_entry(g));
  return out;
}

}  // namespace nwgf::suite
