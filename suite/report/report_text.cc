// Text pieces shared by the report's sections (suite/report/report_text.h).
#include "suite/report/report_text.h"

#include <cmath>
#include <limits>

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

std::string fit_words(const std::optional<analytic::OrderFit>& fit) {
  if (!fit || !std::isfinite(fit->order)) return "–";
  if (!std::isfinite(fit->order_stderr)) return fmt::format("{:.2f}", fit->order);
  return fmt::format("{:.2f} ± {:.2f}", fit->order, fit->order_stderr);
}

double value_at(const std::vector<double>& series, std::size_t i) {
  return i < series.size() ? series[i] : std::numeric_limits<double>::quiet_NaN();
}

FloorCaveat metric_caveat(const MetricConvergence& m) { return floor_caveat(m.mean, m.floor); }

std::string metric_order_text(const MetricConvergence& m) {
  const std::string fit = fit_words(m.orders.fit);
  return fit == "–" ? fit : fit + caveat_suffix(metric_caveat(m));
}

}  // namespace nwgf::suite
