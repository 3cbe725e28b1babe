#pragma once
// Where a report section's plots go (the report's plot list, suite/report/report.cc): write_data(name,
// content) writes data/<name>.dat and returns its path relative to the report folder;
// add_plot(name, body, key_rows) adds a gnuplot plot body (after terminal and output) rendered to
// <name>.svg and .png, with its key below it for key_rows > 0 (suite/report/plot_frame.h
// key_below), else placed by the body. One type for every section written outside report.cc
// (target_report.h, self_convergence_report.h).
#include <functional>
#include <string>

namespace nwgf::suite {

struct PlotSink {
  std::function<std::string(const std::string& name, const std::string& content)> write_data;
  std::function<void(const std::string& name, const std::string& body, int key_rows)> add_plot;
};

}  // namespace nwgf::suite
