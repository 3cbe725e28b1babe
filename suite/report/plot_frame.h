#pragma once
// The frame of a report plot, computed from what the plot draws (suite/report/report.cc,
// target_report.cc):
//  - axis ranges fitted to the data: padded around the data's own range, never widened to whole
//    decades (gnuplot's autoscale on a log axis extends to the next decade on both sides, so data
//    inside 0.05-0.2 got a 0.01-1 axis and data inside 1e-2-2e-2 three decades);
//  - tics that label a log axis shorter than a decade (gnuplot labels only powers of ten there,
//    which may be none);
//  - a key below the plot, in one column, on a canvas made taller by the key's height, so that it
//    neither overlaps the x label nor runs off the canvas's right edge (gnuplot's own `set key
//    outside bottom` misjudges the height and width of a smaller key font and did both).
// Pure functions of numbers and strings; no gnuplot is run here.
#include <initializer_list>
#include <string>
#include <vector>

namespace nwgf::suite {

// The values a plot draws, gathered while its data files are written, for its axis ranges.
struct PlotValues {
  std::vector<double> x, y;
  void add(double xv, std::initializer_list<double> yv) {
    x.push_back(xv);
    y.insert(y.end(), yv.begin(), yv.end());
  }
};

// A closed interval [lo, hi] of an axis; empty when there was nothing to fit.
struct AxisRange {
  double lo = 0, hi = 0;
  bool empty = true;
};

// The least ratio hi / lo of a fitted log axis: a narrower set of values (one point, or several
// within a few per cent) is widened about its geometric centre to this span, so that the curves
// keep room to be told apart and the axis has at least two labelled tics.
inline constexpr double kMinLogSpan = 3.0;
// The least padding factor on each side of a log axis (15 %): points and error bars at the ends
// stay clear of the border.
inline constexpr double kMinLogPad = 1.15;

// The range of a logarithmic axis fitted to the positive finite values (others, which a log axis
// cannot show, are ignored): [min / p, max * p] with p = max(kMinLogPad, (max / min)^0.05), widened
// to a span of kMinLogSpan about the geometric centre when narrower. Empty without such a value.
AxisRange log_axis_range(const std::vector<double>& values);

// The range of a linear axis fitted to the finite values: 5 % of the span added on each side (a
// single value gets +-10 % of its size, or +-1 at zero). Empty without a finite value.
AxisRange linear_axis_range(const std::vector<double>& values);

// Tic positions for a log axis over `range`: the values 1, 2 and 5 times a power of ten inside it;
// 1 to 9 times a power of ten where that gives fewer than three; the powers of ten alone where the
// 1-2-5 sequence gives more than twelve. Empty for an empty range.
std::vector<double> log_tics(const AxisRange& range);

// gnuplot commands for one axis ('x' or 'y'): its range, and for a log axis its scale and tics
// (`tics` when given -- e.g. the step sizes of a convergence plot --, else log_tics) labelled
// with %g. Nothing for an empty range (gnuplot's autoscale then applies).
std::string axis_commands(char axis, const AxisRange& range, bool log, const std::vector<double>& tics = {});

// The canvas of every report plot, in pixels (the SVG and the PNG alike).
inline constexpr int kPlotWidth = 960;
inline constexpr int kPlotHeight = 640;     // without a key below
inline constexpr int kKeyLineHeight = 16;   // one key row at the key's font (10 pt)

// A key below the plot: the canvas's height and the gnuplot commands (bottom margin and key
// placement) for `rows` key entries in one column. rows = 0: the plain canvas and no commands
// (the plot places its own key, e.g. inside a scatter plot).
struct KeyLayout {
  int width = kPlotWidth, height = kPlotHeight;
  std::string commands;
};
KeyLayout key_below(int rows);

// The number of key entries among gnuplot plot terms: those with a title (not `notitle`).
int key_rows(const std::vector<std::string>& terms);

}  // namespace nwgf::suite
