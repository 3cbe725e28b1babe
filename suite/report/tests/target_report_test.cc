// The report's section of a family toward a target (suite/report/target_report.h) from typed
// results (suite/study/study_results.h), on the committed results/line-solvers.json (four line
// sections, the particle scheme and an external solver each): one verdict row per section and
// scheme or solver, a heading, table and plots per section, the quantile snapshots read from the
// cells' JSON only, nothing for a family without sections.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/report/target_report.h"
#include "suite/study/study_results.h"
#include "suite/study/target_family.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {

json committed_results(const std::string& name) {
  const char* source = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE(source != nullptr);
  std::ifstream in(std::string(source) + "/results/" + name);
  REQUIRE(in.good());
  return json::parse(in);
}

// A section written into memory: its markdown, its data files and its plots by name.
struct Written {
  std::string md;
  std::map<std::string, std::string> data, plots;
};

Written write_section(const TargetFamily& family, const StudyResults& results) {
  Written w;
  const PlotSink sink{[&](const std::string& n, const std::string& c) {
                        w.data[n] = c;
                        return "data/" + n + ".dat";
                      },
                      [&](const std::string& n, const std::string& b, int) { w.plots[n] = b; }};
  std::ostringstream md;
  write_target_section(family, results, sink, md);
  w.md = md.str();
  return w;
}

std::size_t plots_named(const Written& w, const std::string& part) {
  std::size_t n = 0;
  for (const auto& [name, body] : w.plots) n += name.find(part) != std::string::npos;
  return n;
}

}  // namespace

TEST_CASE("target section: a verdict row, a heading, a table and plots per section and scheme or solver") {
  const json doc = committed_results("line-solvers.json");
  const StudyResults results = study_results_from_json(doc, "line-solvers.json");
  const TargetFamily& line = *target_family("line");
  REQUIRE(results.config.sections.size() == 4);

  const std::vector<VerdictRow> rows = target_verdict_rows(line, results);
  REQUIRE(rows.size() == 8);  // 4 sections x (particle, numpy_line_flow)
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const TargetSection& s = results.config.sections[i / 2];
    CHECK(rows[i].family == "line");
    CHECK(rows[i].where == "`" + s.name + "`");
    CHECK(rows[i].label == (i % 2 == 0 ? "particle" : "numpy_line_flow"));
    CHECK(rows[i].order.find("W2: ") == 0);
  }

  const Written w = write_section(line, results);
  CHECK(w.md.find(line.report.heading) == 0);
  for (const TargetSection& s : results.config.sections) {
    CHECK(w.md.find("### `" + s.name + "`: ") != std::string::npos);
    CHECK(w.plots.count("line_conv_w2_" + s.name) == 1);
    CHECK(w.plots.count("line_conv_mmd_" + s.name) == 1);
    CHECK(w.plots.count("line_time_" + s.name) == 1);
    CHECK(w.plots.count("line_quantiles_" + s.name + "_particle") == 1);
    CHECK(w.plots.count("line_quantiles_" + s.name + "_numpy_line_flow") == 1);
  }
  // The section's settings line: the study's seeds where the section gives none, as the file states them.
  CHECK(w.md.find("particles; seeds [0]. External solvers") != std::string::npos);

  SUBCASE("cells without their JSON (built in memory): every section but the quantile snapshots") {
    StudyResults in_memory = results;
    for (CellResult& c : in_memory.cells) c.document = nullptr;
    const Written m = write_section(line, in_memory);
    CHECK(plots_named(m, "_quantiles_") == 0);
    CHECK(plots_named(m, "_conv_") == 8);
    CHECK(plots_named(m, "_time_") == 4);
    CHECK(m.md.find("![quantiles") == std::string::npos);
  }

  SUBCASE("a family without sections in the study: nothing") {
    const TargetFamily& radial = *target_family("radial");
    CHECK(write_section(radial, results).md.empty());
    CHECK(target_verdict_rows(radial, results).empty());
  }
}
