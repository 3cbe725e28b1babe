#pragma once
// The report's self-convergence section (suite/study/study_self_convergence.h): for every group of
// cells that differ only in tau and seed, with three or more step sizes, the orders read from the
// solutions alone (W2, the verdict's distance, and MMD) beside the order of the same group's W2
// error against the exact (or reference) flow, the Richardson estimate of the finest run's error
// beside that error, the GCI, the asymptotic ratio and the status; and per family one plot,
// selfconv_<family>: the W2 distance between successive solutions (mean over seeds) against the
// coarser tau, log-log, with the exact error of the same group dashed, fitted axes, its key below
// (suite/report/plot_frame.h), a colour per group and a caption saying what to look for.
// The entries are the results file's "self_convergence", read into SelfConvergenceEntry by
// self_convergence_entries before the report writes anything (UsageError naming the entry and key
// when malformed); a file written before it has them computed there from its cells, and where its
// cells keep no particles the section says so.
// Nothing is written for a study without a group of three or more step sizes.
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/report/plot_sink.h"
#include "suite/study/study_results.h"
#include "suite/study/study_self_convergence.h"

namespace nwgf::suite {

// The section's entries: the results document's stored "self_convergence" list, or where it has
// none (not a list), the entries computed from the parsed cells.
struct SelfConvergenceEntries {
  std::vector<SelfConvergenceEntry> entries;
  bool stored = false;  // read from the file (else computed here: the section says so)
};
SelfConvergenceEntries self_convergence_entries(const StudyResults& results, const nlohmann::json& doc);

void write_self_convergence_section(const SelfConvergenceEntries& entries, const PlotSink& plots, std::ostream& md);

}  // namespace nwgf::suite
