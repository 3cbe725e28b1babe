// The frame of a report plot (suite/report/plot_frame.h).
#include "suite/report/plot_frame.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "suite/common/format.h"

namespace nwgf::suite {

AxisRange log_axis_range(const std::vector<double>& values) {
  double lo = INFINITY, hi = 0;
  for (double v : values)
    if (v > 0 && std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (!(hi > 0)) return {};
  // A padding that grows slowly with the span (5 % of it in log units), at least kMinLogPad.
  const double pad = std::max(kMinLogPad, std::pow(hi / lo, 0.05));
  lo /= pad;
  hi *= pad;
  if (hi / lo < kMinLogSpan) {
    const double centre = std::sqrt(lo * hi), half = std::sqrt(kMinLogSpan);
    lo = centre / half;
    hi = centre * half;
  }
  return {lo, hi, false};
}

AxisRange linear_axis_range(const std::vector<double>& values) {
  double lo = INFINITY, hi = -INFINITY;
  for (double v : values)
    if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (!(hi >= lo)) return {};
  if (hi == lo) {
    const double half = lo == 0 ? 1.0 : 0.1 * std::abs(lo);
    return {lo - half, hi + half, false};
  }
  const double pad = 0.05 * (hi - lo);
  return {lo - pad, hi + pad, false};
}

std::vector<double> log_tics(const AxisRange& range) {
  if (range.empty || !(range.lo > 0) || !(range.hi > range.lo)) return {};
  const auto sequence = [&](std::initializer_list<int> mantissas) {
    std::vector<double> tics;
    const int first = static_cast<int>(std::floor(std::log10(range.lo))) - 1;
    const int last = static_cast<int>(std::ceil(std::log10(range.hi))) + 1;
    for (int e = first; e <= last; ++e)
      for (int m : mantissas) {
        // m * 10^e through the decimal text, so 0.3 is the double nearest 0.3 (pow(10, -1) * 3 is not).
        const double v = std::stod(fmt::format("{}e{}", m, e));
        if (v >= range.lo && v <= range.hi) tics.push_back(v);
      }
    return tics;
  };
  std::vector<double> tics = sequence({1, 2, 5});
  if (tics.size() < 3) tics = sequence({1, 2, 3, 4, 5, 6, 7, 8, 9});
  if (tics.size() > 12) tics = sequence({1});
  return tics;
}

std::string axis_commands(char axis, const AxisRange& range, bool log, const std::vector<double>& tics) {
  if (range.empty) return "";
  std::string s = fmt::format("set {}range [{}:{}]\n", axis, format_double(range.lo), format_double(range.hi));
  if (!log) return s;
  s += fmt::format("set logscale {}\n", axis);
  std::vector<std::string> at;
  for (double t : tics.empty() ? log_tics(range) : tics) at.push_back(format_shortest(t));
  if (!at.empty()) s += fmt::format("set {}tics ({})\nset m{}tics 10\nset format {} '%g'\n", axis, fmt::join(at, ", "), axis, axis);
  return s;
}

KeyLayout key_below(int rows) {
  KeyLayout k;
  if (rows <= 0) return k;
  // From the bottom up: the key (rows of kKeyLineHeight and a 12 px margin), then 64 px for the x
  // tic labels and the x label, then the plot. Measured on the PNG and SVG terminals at the
  // report's fonts (13 pt text, 10 pt key): the x label ends about 50 px below the axis.
  const int key_top = rows * kKeyLineHeight + 12;
  k.height = kPlotHeight - 100 + key_top + 64;  // the plot keeps its height above the axis
  const double h = k.height;
  k.commands = fmt::format(
      "set bmargin at screen {:.4f}\n"
      "set key at screen 0.08, screen {:.4f} left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1\n",
      (key_top + 64) / h, key_top / h);
  return k;
}

int key_rows(const std::vector<std::string>& terms) {
  int n = 0;
  for (const std::string& t : terms)
    if (t.find(" title ") != std::string::npos) ++n;
  return n;
}

}  // namespace nwgf::suite
