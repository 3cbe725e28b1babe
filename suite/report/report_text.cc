// Text pieces shared by the report's sections (suite/report/report_text.h).
#include "suite/report/report_text.h"

#include <cmath>

#include <fmt/format.h>

#include "suite/common/format.h"

namespace nwgf::suite {

using json = nlohmann::json;

double json_number(const json& j, double fallback) { return j.is_number() ? j.get<double>() : fallback; }

std::string fmt_g(const json& j, int digits) {
  if (!j.is_number()) return "–";
  return format_g(j.get<double>(), digits);
}

std::string fmt_g(double x, int digits) {
  if (!std::isfinite(x)) return "–";
  return format_g(x, digits);
}

std::string data_row(std::initializer_list<double> values) {
  std::string line;
  for (double v : values) line += (line.empty() ? "" : " ") + format_double(v);
  return line + "\n";
}

std::string fit_text(const json& fit) {
  if (!fit.is_object() || !fit["order"].is_number()) return "–";
  if (!fit["stderr"].is_number()) return fmt::format("{:.2f}", fit["order"].get<double>());
  return fmt::format("{:.2f} ± {:.2f}", fit["order"].get<double>(), fit["stderr"].get<double>());
}

std::vector<double> metric_values(const json& m, const char* key) {
  std::vector<double> v;
  if (m.contains(key) && m[key].is_array())
    for (const auto& x : m[key]) v.push_back(json_number(x));
  return v;
}

FloorCaveat caveat_of(const json& m) { return floor_caveat(metric_values(m, "mean"), metric_values(m, "floor")); }

std::string order_text(const json& m) {
  const std::string fit = fit_text(m["fit"]);
  return fit == "–" ? fit : fit + caveat_suffix(caveat_of(m));
}

}  // namespace nwgf::suite
