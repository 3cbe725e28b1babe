#include "suite/study/solution_self_convergence.h"
#include "suite/common/json_number.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>

#include "analytic/empirical_error.h"
#include "analytic/point_set_w2.h"
#include "analytic/self_convergence.h"

namespace nwgf::suite {

namespace {

nlohmann::json optional_or_null(const std::optional<double>& v) { return v ? number_or_null(*v) : nlohmann::json(); }

}  // namespace

nlohmann::json self_convergence_analysis_json(const analytic::SelfConvergence& s) {
  nlohmann::json at_floor = nlohmann::json::array();
  for (bool b : s.at_floor) at_floor.push_back(b);
  const bool fitted = s.fit.points >= 2;
  return {{"status", analytic::self_convergence_status_name(s.status)},
          {"reason", s.reason},
          {"ratio", s.ratio},
          {"differences", s.differences},
          {"floors", s.floors},
          {"at_floor", at_floor},
          {"successive_orders", numbers_or_null(s.successive_orders)},
          {"observed_order", fitted ? number_or_null(s.fit.order) : nlohmann::json()},
          {"order_stderr", fitted ? number_or_null(s.fit.order_stderr) : nlohmann::json()},
          {"order_points", s.fit.points},
          {"richardson_error", optional_or_null(s.richardson_error)},
          {"gci_fine", optional_or_null(s.gci_fine)},
          {"gci_coarse", optional_or_null(s.gci_coarse)},
          {"asymptotic_ratio", optional_or_null(s.asymptotic_ratio)}};
}

namespace {

// A distance between two particle sets of equal size n (row-major n x d).
struct Distance {
  double value = 0.0;
  std::string method;
  int directions = 0;
};
using DistanceFn = Distance (*)(const std::vector<double>&, const std::vector<double>&, const SchemeSolutions&);

Distance mmd_distance(const std::vector<double>& x, const std::vector<double>& y, const SchemeSolutions& s) {
  const std::size_t n = x.size() / s.d;
  const double mmd2 = analytic::empirical_mmd2(x.data(), n, y.data(), n, s.d, s.r);
  return {std::sqrt(std::max(mmd2, 0.0)), "exact pair sums", 0};
}

Distance w2_distance(const std::vector<double>& x, const std::vector<double>& y, const SchemeSolutions& s) {
  analytic::SlicedW2Options options;
  options.seed = s.seed;
  const analytic::PointSetW2 w = analytic::point_set_w2(x.data(), y.data(), x.size() / s.d, s.d, options);
  return {w.w2, analytic::point_set_w2_method_name(w.method), w.directions};
}

// W2 at every common time only where it is cheap: by sorting (d = 1) or for at most this many
// particles; otherwise at T alone (the exact assignment is O(N^3) in the worst case, seconds for
// 2000 particles, which every pair, time and scheme would repeat). The MMD is taken at every time.
constexpr std::size_t kW2EveryTimePoints = 500;

// Every pair's distances at the given common times (indices into s.times, the last one T), the
// floor at the same times, the analysis at T.
nlohmann::json distance_entry(const SchemeSolutions& s, DistanceFn distance, const std::vector<std::size_t>& at) {
  const std::size_t k = s.taus.size();
  Distance last;
  nlohmann::json pairs = nlohmann::json::array();
  std::vector<double> at_T, times;
  for (std::size_t t : at) times.push_back(s.times[t]);
  for (std::size_t i = 0; i + 1 < k; ++i) {
    std::vector<double> values;
    for (std::size_t t : at) {
      last = distance(s.coupled[i][t], s.coupled[i + 1][t], s);
      values.push_back(last.value);
    }
    at_T.push_back(values.back());
    pairs.push_back({{"tau_coarse", s.taus[i]}, {"tau_fine", s.taus[i + 1]}, {"values", values}});
  }
  // Without a second seed the floor is 0, which analytic::self_convergence reads as "none known".
  const bool has_floor = !s.other_seed.empty();
  std::vector<double> floor;
  if (has_floor)
    for (std::size_t t : at) floor.push_back(distance(s.coupled[k - 1][t], s.other_seed[t], s).value);
  analytic::SelfConvergence analysis = analytic::self_convergence({s.taus, {at_T}, {has_floor ? floor.back() : 0.0}});
  if (!has_floor) analysis.reason = analysis.reason.empty() ? kNoFloorGiven : std::string(kNoFloorGiven) + "; " + analysis.reason;
  return {{"method", last.method}, {"directions", last.directions}, {"times", times}, {"pairs", pairs},
          {"floor", has_floor ? nlohmann::json(floor) : nlohmann::json()}, {"analysis", self_convergence_analysis_json(analysis)}};
}

std::string order_text(const nlohmann::json& a) {
  if (!a["observed_order"].is_number()) return "no order";
  const double p = a["observed_order"].get<double>();
  return a["order_stderr"].is_number() ? fmt::format("order {:.3f} +- {:.3f}", p, a["order_stderr"].get<double>())
                                       : fmt::format("order {:.3f} (3 step sizes: no stderr)", p);
}

}  // namespace

nlohmann::json scheme_self_convergence(const SchemeSolutions& s) {
  if (s.coupled.size() != s.taus.size() || (!s.other_seed.empty() && s.other_seed.size() != s.times.size()))
    throw std::invalid_argument("self-convergence: one solution per step size and per common time needed");
  if (s.times.empty()) throw std::invalid_argument("self-convergence: no common time");
  std::vector<std::size_t> every_time(s.times.size());
  for (std::size_t t = 0; t < every_time.size(); ++t) every_time[t] = t;
  const std::size_t n = s.coupled.front().back().size() / s.d;
  const bool w2_every_time = s.d == 1 || n <= kW2EveryTimePoints;
  const nlohmann::json w2 = distance_entry(s, w2_distance, w2_every_time ? every_time : std::vector<std::size_t>{every_time.back()});
  const nlohmann::json mmd = distance_entry(s, mmd_distance, every_time);
  return {{"status", w2["analysis"]["status"]}, {"reason", w2["analysis"]["reason"]},
          {"verdict_distance", "w2"}, {"taus", s.taus}, {"times", s.times},
          {"seed", s.seed},
          {"floor_seed", s.other_seed.empty() ? nlohmann::json() : nlohmann::json(s.floor_seed.value_or(s.seed + 1))},
          {"distances", {{"mmd", mmd}, {"w2", w2}}}};
}

nlohmann::json failed_self_convergence(const std::vector<double>& taus, const std::string& reason) {
  return {{"status", analytic::self_convergence_status_name(analytic::SelfConvergenceStatus::kNoOrder)},
          {"reason", reason}, {"verdict_distance", "w2"}, {"taus", taus}, {"times", nlohmann::json::array()},
          {"distances", nullptr}};
}

std::string self_convergence_summary(const std::string& scheme, const nlohmann::json& e) {
  if (!e["distances"].is_object()) return fmt::format("{:<9} self-convergence: {} ({})", scheme, e["status"].get<std::string>(), e["reason"].get<std::string>());
  const nlohmann::json& w2 = e["distances"]["w2"]["analysis"];
  const nlohmann::json& mmd = e["distances"]["mmd"]["analysis"];
  std::string line = fmt::format("{:<9} self-convergence at T: W2 ({}) {}, MMD {}; ", scheme,
                                 e["distances"]["w2"]["method"].get<std::string>(), order_text(w2), order_text(mmd));
  line += w2["richardson_error"].is_number()
              ? fmt::format("Richardson W2 error of the finest run {:.3e}; ", w2["richardson_error"].get<double>())
              : std::string("no Richardson estimate; ");
  line += "status (W2) " + w2["status"].get<std::string>();
  if (!w2["reason"].get<std::string>().empty()) line += ": " + w2["reason"].get<std::string>();
  return line;
}

}  // namespace nwgf::suite
