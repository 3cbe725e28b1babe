// Verdicts on the terminal (suite/cli/verdicts.h).
#include "suite/cli/verdicts.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "suite/study/target_family.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;

// Problem texts (a family's start -> target) are cut to this many characters in the study table:
// one group per line stays one line on a terminal; the full specs are in the results file.
constexpr std::size_t kProblemChars = 44;

std::optional<double> number(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_number()) return std::nullopt;
  const double v = j[key].get<double>();
  return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::string text(const std::optional<double>& v, const char* format = "{:.3g}") {
  return v ? fmt::format(fmt::runtime(format), *v) : "-";
}

// The family's W2 metric and its name: the first of its convergence metrics (the W2 the report
// plots); the Dirac family's radial W2 (suite/study/convergence.h).
struct W2Metric {
  std::string key, label;
};
W2Metric w2_metric(const std::string& family_name) {
  if (const TargetFamily* family = target_family(family_name))
    return {family->metrics.front().metric, family->report.w2_label};
  return {"radial_w2", "radial W2"};
}

// Rows of cells, aligned: columns in `left` are left-aligned, the others right-aligned.
std::string aligned(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& left,
                    const std::string& indent) {
  std::vector<std::size_t> width(left.size(), 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  std::string out;
  for (const auto& row : rows) {
    std::string line = indent;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) line += "  ";
      const std::string pad(width[c] - row[c].size(), ' ');  // cells are ASCII: bytes are columns
      line += left[c] ? row[c] + pad : pad + row[c];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

// At the floor when not above it (the convergence analysis' above_floor is mean > floor); above
// it by a percentage below twice the floor (1.002x would print as "1x"), by a factor from there.
std::string floor_words(double mmd, double floor) {
  if (mmd <= floor) return "at the noise floor";
  const double ratio = mmd / floor;
  if (ratio < 2) return fmt::format("{:.2g}% above the floor", 100 * (ratio - 1));
  return fmt::format("above the floor by {:.2g}x", ratio);
}

// "MMD 0.0103 vs floor 0.0222: at the noise floor" for a metrics object.
std::string mmd_verdict(const json& metrics) {
  const auto mmd = number(metrics, "mmd"), floor = number(metrics, "mmd_floor");
  if (!mmd) return "MMD not finite";
  if (!floor || !(*floor > 0)) return fmt::format("MMD {:.3g} (no floor)", *mmd);
  return fmt::format("MMD {:.3g} vs floor {:.3g}: {}", *mmd, *floor, floor_words(*mmd, *floor));
}

std::string cut(const std::string& s, std::size_t max) {
  return s.size() <= max ? s : s.substr(0, max - 3) + "...";
}

// A finite number, or none (NaN: null or absent in the results).
std::optional<double> finite(double v) { return std::isfinite(v) ? std::optional<double>(v) : std::nullopt; }

// The last value of a per-tau series (the smallest tau's), if finite.
std::optional<double> last_value(const std::vector<double>& series) {
  return series.empty() ? std::nullopt : finite(series.back());
}

// A fitted order "1.00+-0.03" ("1.00" without a standard error, "-" without a fit).
std::string fit_text(const std::optional<analytic::OrderFit>& fit) {
  if (!fit || !std::isfinite(fit->order)) return "-";
  return std::isfinite(fit->order_stderr) ? fmt::format("{:.2f}+-{:.2f}", fit->order, fit->order_stderr)
                                          : fmt::format("{:.2f}", fit->order);
}

// The order cell of a metric: "1.00+-0.03", "(at floor)" appended when the error at the smallest
// tau is not above its floor.
std::string order_text(const MetricConvergence& metric) {
  std::string out = fit_text(metric.orders.fit);
  if (!metric.above_floor.empty() && metric.above_floor.back() && !*metric.above_floor.back()) out += " (at floor)";
  return out;
}

// A number as {fmt} writes it by default (shortest round trip).
std::string plain_number(double v) { return fmt::format("{}", v); }

}  // namespace

std::vector<std::size_t> evenly_chosen_rows(std::size_t count, std::size_t max_rows) {
  std::vector<std::size_t> rows;
  if (count <= max_rows) {
    for (std::size_t i = 0; i < count; ++i) rows.push_back(i);
  } else if (max_rows < 2) {
    if (max_rows == 1) rows.push_back(count - 1);  // the last step only
  } else {
    // count > max_rows: consecutive k give indices at least (count - 1) / (max_rows - 1) > 1 apart,
    // so none repeats.
    for (std::size_t k = 0; k < max_rows; ++k)
      rows.push_back(static_cast<std::size_t>(std::llround(static_cast<double>(k) * static_cast<double>(count - 1) /
                                                           static_cast<double>(max_rows - 1))));
  }
  return rows;
}

std::string step_table(const json& cell, std::size_t max_rows) {
  if (!cell.contains("steps") || !cell["steps"].is_array() || cell["steps"].empty()) return "";
  const json& steps = cell["steps"];
  const json& config = cell.contains("config") ? cell["config"] : json::object();
  const std::string family = config.value("family", std::string("dirac"));
  const W2Metric w2 = w2_metric(family);
  // The distance to the exact iterate: MMD always, W2 where the family has it (not the Dirac
  // family: there the exact iterate differs from the flow by a dilation only). Empty columns are
  // left out (no exact iterate for the declared scheme).
  bool has_mmd_iterate = false, has_w2_iterate = false;
  for (const json& s : steps) {
    const json& p = s.contains("particles") ? s["particles"] : json();
    has_mmd_iterate = has_mmd_iterate || number(p, "mmd_to_scheme").has_value();
    has_w2_iterate = has_w2_iterate || number(p, "w2_to_scheme").has_value();
  }
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head{"n", "t", "MMD", "floor", w2.label};
  if (has_mmd_iterate) head.push_back("MMD to iterate");
  if (has_w2_iterate) head.push_back("W2 to iterate");
  rows.push_back(head);
  for (const std::size_t i : evenly_chosen_rows(steps.size(), max_rows)) {
    const json& s = steps[i];
    const json& p = s.contains("particles") ? s["particles"] : json();
    std::vector<std::string> row{s.contains("n") ? s["n"].dump() : "-", text(number(s, "t"), "{:.4g}"),
                                 text(number(p, "mmd")), text(number(p, "mmd_floor")),
                                 text(number(p, w2.key.c_str()))};
    if (has_mmd_iterate) row.push_back(text(number(p, "mmd_to_scheme")));
    if (has_w2_iterate) row.push_back(text(number(p, "w2_to_scheme")));
    rows.push_back(row);
  }
  const std::string scheme = config.value("solver_scheme", config.value("scheme", std::string("?")));
  std::string reference = "the exact flow";
  if (const TargetFamily* f = target_family(family)) reference = "the " + f->report.flow_name;
  std::string what = family == "dirac" ? fmt::format("d = {}, r = {}", config.value("d", 0), plain_number(config.value("r", 0.0)))
                                       : fmt::format("{} -> {}", config.value("start", std::string()),
                                                     config.value("target", std::string()));
  if (const TargetFamily* f = target_family(family); f && f->sections_name_d_r)
    what = fmt::format("d = {}, r = {}, ", config.value("d", 0), plain_number(config.value("r", 0.0))) + what;
  std::string title = fmt::format("{} family, {}; scheme {}: the particles against {}", family, what, scheme, reference);
  if (has_mmd_iterate) title += " and the exact iterate of the scheme";
  if (steps.size() > rows.size() - 1) title += fmt::format(" ({} of {} steps)", rows.size() - 1, steps.size());
  std::vector<bool> left(head.size(), false);
  return title + "\n" + aligned(rows, left, "  ");
}

std::string score_verdict(const json& cell) {
  if (!cell.contains("summary") || cell["summary"].value("status", std::string()) != "ok") return "";
  const json& summary = cell["summary"];
  const std::optional<double> T = cell["steps"].empty() ? number(summary, "t") : number(cell["steps"].back(), "t");
  const std::string at = T ? fmt::format("at T = {:.4g}", *T) : std::string("at T");
  std::string out;
  if (summary.contains("particles") && summary["particles"].is_object())
    out += fmt::format("verdict {}: {}\n", at, mmd_verdict(summary["particles"]));
  if (summary.contains("chain") && summary["chain"].is_object())
    out += fmt::format("verdict {}, the chain's {} fresh samples: {}\n", at, summary["chain"].value("n", 0),
                       mmd_verdict(summary["chain"]));
  return out;
}

namespace {

// "d=2 r=1" (Dirac groups, and groups of families whose sections name d and r), then
// "start -> target" (families toward a target) or " t0=0.5" (Dirac groups from t0 > 0); cut to
// kProblemChars.
std::string problem_text(const ConvergenceGroup& g) {
  const TargetFamily* family = target_family(g.family);
  std::string problem;
  if (!family || family->sections_name_d_r) problem = fmt::format("d={} r={}", g.d, plain_number(g.r));
  if (family)
    problem += (problem.empty() ? "" : " ") + g.start + " -> " + g.target;
  else if (g.t0 > 0)
    problem += " t0=" + plain_number(g.t0);
  return cut(problem, kProblemChars);
}

// One line of the table: the group's family, label, problem and source, its W2 and MMD at the
// smallest tau with their orders, the MMD's floor, the exact iterate's own W2 and its order.
std::vector<std::string> group_row(const ConvergenceGroup& g) {
  const W2Metric w2 = w2_metric(g.family);
  std::vector<std::string> row{g.family, g.label, problem_text(g), g.source};
  const MetricConvergence* w = g.metric(w2.key);
  const MetricConvergence* m = g.metric("mmd");
  row.push_back(w ? text(last_value(w->mean)) : "-");
  row.push_back(w ? order_text(*w) : "-");
  row.push_back(m ? text(last_value(m->mean)) : "-");
  row.push_back(m ? text(last_value(m->floor)) : "-");
  row.push_back(m ? order_text(*m) : "-");
  row.push_back(w ? text(last_value(w->exact_values)) : "-");
  const bool exact_fit = w && w->exact_orders.fit && std::isfinite(w->exact_orders.fit->order);
  row.push_back(exact_fit ? fmt::format("{:.2f}", w->exact_orders.fit->order) : "-");
  return row;
}

}  // namespace

std::string convergence_table(const StudyResults& results) {
  if (results.convergence.empty()) {
    if (results.kind == "shard") return "no convergence table for a shard: merge the shards (nwgf sweep merge) for it\n";
    if (!results.complete) return "no convergence table: the study is incomplete\n";
    return "";
  }
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"family", "label", "problem", "source", "W2 at T", "order", "MMD at T", "floor", "order",
                  "exact W2", "order"});
  for (const ConvergenceGroup& g : results.convergence) rows.push_back(group_row(g));
  const std::string intro =
      "convergence at T (errors at the smallest tau; order: least-squares fit over the taus +- standard error; "
      "(at floor): the error is not above its noise floor, the order measures noise; W2: radial W2 off the line; "
      "exact W2: the exact iterate's own)\n";
  return intro + aligned(rows, {true, true, true, true, false, false, false, false, false, false, false}, "  ");
}

}  // namespace nwgf::suite
