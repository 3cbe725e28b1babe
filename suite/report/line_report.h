#pragma once
// The report's line-family section (suite/study/line_cell.h; docs/math.md section 6): for every
// line section of the study (start, target, T),
//   - line_conv_<name>: W2 to the exact flow at T against tau, log-log, per scheme (mean over
//     seeds, min-max bars) with the fitted order in the legend, the exact scheme iterate's own
//     W2 to the flow dashed (the time-discretisation error alone; absent where it is exact in
//     time) and, for the MMD plot line_conv_mmd_<name>, the i.i.d. noise floor dotted;
//   - line_quantiles_<name>_<scheme>: quantile functions at the snapshot times (summary.quantiles
//     of the smallest tau, first seed): the sorted particles at (i - 1/2)/N as points, the exact
//     flow's quantiles as lines and the exact scheme iterate's dashed;
//   - line_time_<name>: W2 to the exact flow against t_n for the smallest tau, first seed, per
//     scheme, with the exact scheme iterate's own W2 dashed;
// and a table per section: scheme, tau, W2 / MMD at T (particles and chain) with their orders,
// the exact scheme's W2 and order, the MMD floor and the MMD to the target at T. Nothing is
// written for a study without line sections.
#include <functional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

// Where the section's plots go (the report's plot list): write_data(name, content) writes
// data/<name>.dat and returns its path relative to the report folder; add_plot(name, body) adds
// a gnuplot plot body (after terminal and output) rendered to <name>.svg and .png.
struct LinePlotSink {
  std::function<std::string(const std::string& name, const std::string& content)> write_data;
  std::function<void(const std::string& name, const std::string& body)> add_plot;
};

void write_line_section(const nlohmann::json& doc, const LinePlotSink& plots, std::ostream& md);

}  // namespace nwgf::suite
