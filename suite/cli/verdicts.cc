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

// The order cell of a metric: "1.00+-0.03", "(at floor)" appended when the error at the smallest
// tau is not above its floor.
std::string order_text(const json& metric) {
  std::string out = "-";
  if (metric.contains("fit") && metric["fit"].is_object()) {
    const auto order = number(metric["fit"], "order"), stderr_ = number(metric["fit"], "stderr");
    if (order) out = stderr_ ? fmt::format("{:.2f}+-{:.2f}", *order, *stderr_) : fmt::format("{:.2f}", *order);
  }
  if (metric.contains("above_floor") && metric["above_floor"].is_array() && !metric["above_floor"].empty() &&
      metric["above_floor"].back().is_boolean() && !metric["above_floor"].back().get<bool>())
    out += " (at floor)";
  return out;
}

std::optional<double> last_number(const json& metric, const char* key) {
  if (!metric.contains(key) || !metric[key].is_array() || metric[key].empty()) return std::nullopt;
  const json& v = metric[key].back();
  return v.is_number() && std::isfinite(v.get<double>()) ? std::optional<double>(v.get<double>()) : std::nullopt;
}

const json* find_metric(const json& group, const std::string& name) {
  if (!group.contains("metrics") || !group["metrics"].is_array()) return nullptr;
  for (const json& m : group["metrics"])
    if (m.is_object() && m.value("metric", std::string()) == name) return &m;
  return nullptr;
}

std::string short_number(double v) { return fmt::format("{}", v); }

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
  std::string what = family == "dirac" ? fmt::format("d = {}, r = {}", config.value("d", 0), short_number(config.value("r", 0.0)))
                                       : fmt::format("{} -> {}", config.value("start", std::string()),
                                                     config.value("target", std::string()));
  if (const TargetFamily* f = target_family(family); f && f->sections_name_d_r)
    what = fmt::format("d = {}, r = {}, ", config.value("d", 0), short_number(config.value("r", 0.0))) + what;
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

std::string convergence_table(const json& doc) {
  std::vector<std::pair<std::string, const json*>> sections;  // family name, its groups
  if (doc.contains("convergence") && doc["convergence"].is_array()) sections.push_back({"dirac", &doc["convergence"]});
  for (const TargetFamily* family : target_families()) {
    const std::string key = family->name + "_convergence";
    if (doc.contains(key) && doc[key].is_array()) sections.push_back({family->name, &doc[key]});
  }
  std::size_t groups = 0;
  for (const auto& [name, list] : sections) groups += list->size();
  if (groups == 0) {
    if (doc.value("kind", std::string()) == "shard")
      return "no convergence table for a shard: merge the shards (nwgf sweep merge) for it\n";
    if (!doc.value("complete", true)) return "no convergence table: the study is incomplete\n";
    return "";
  }
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"family", "label", "problem", "source", "W2 at T", "order", "MMD at T", "floor", "order",
                  "exact W2", "order"});
  for (const auto& [name, list] : sections) {
    const W2Metric w2 = w2_metric(name);
    const TargetFamily* family = target_family(name);
    for (const json& g : *list) {
      std::string problem;
      if (!family || family->sections_name_d_r)
        problem = fmt::format("d={} r={}", g.value("d", 0), short_number(g.value("r", 0.0)));
      if (family)
        problem += (problem.empty() ? "" : " ") + g.value("start", std::string()) + " -> " + g.value("target", std::string());
      else if (g.value("t0", 0.0) > 0)
        problem += " t0=" + short_number(g.value("t0", 0.0));
      std::vector<std::string> row{name, g.value("label", std::string()), cut(problem, kProblemChars),
                                   g.value("source", std::string())};
      const json* w = find_metric(g, w2.key);
      const json* m = find_metric(g, "mmd");
      row.push_back(w ? text(last_number(*w, "mean")) : "-");
      row.push_back(w ? order_text(*w) : "-");
      row.push_back(m ? text(last_number(*m, "mean")) : "-");
      row.push_back(m ? text(last_number(*m, "floor")) : "-");
      row.push_back(m ? order_text(*m) : "-");
      const json* exact = w && w->contains("exact_scheme") && (*w)["exact_scheme"].is_object() ? &(*w)["exact_scheme"] : nullptr;
      row.push_back(exact ? text(last_number(*exact, "values")) : "-");
      std::string exact_order = "-";
      if (exact && exact->contains("fit") && (*exact)["fit"].is_object())
        if (const auto o = number((*exact)["fit"], "order")) exact_order = fmt::format("{:.2f}", *o);
      row.push_back(exact_order);
      rows.push_back(row);
    }
  }
  const std::string intro =
      "convergence at T (errors at the smallest tau; order: least-squares fit over the taus +- standard error; "
      "(at floor): the error is not above its noise floor, the order measures noise; W2: radial W2 off the line; "
      "exact W2: the exact iterate's own)\n";
  return intro + aligned(rows, {true, true, true, true, false, false, false, false, false, false, false}, "  ");
}

}  // namespace nwgf::suite
