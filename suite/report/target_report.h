#pragma once
// The report's section of a family toward a target (suite/study/target_family.h), one for each
// family with sections in the study, in registry order: for every section (start, target, T, and
// d, r where the family's sections name them), with FAMILY the family's name,
//   - FAMILY_conv_<metric>_<name>: the family's W2 (its first metric) and the MMD to the exact
//     (or reference) flow at T against tau, log-log, per scheme (mean over seeds, min-max bars)
//     with the fitted order in the legend, the exact scheme iterate's own value dashed (the
//     time-discretisation error alone; absent where it is exact in time) and, for the MMD, the
//     i.i.d. noise floor dotted;
//   - FAMILY_quantiles_<name>_<scheme>: quantile functions at the snapshot times (summary.quantiles
//     of the smallest tau, first seed): the sorted particles (or their norms) at (i - 1/2)/N as
//     points, the flow's quantiles as lines and the exact scheme iterate's dashed;
//   - FAMILY_time_<name>: the W2 to the flow against t_n for the smallest tau, first seed, per
//     scheme, with the exact scheme iterate's own dashed;
// every plot with fitted axes and its key below (suite/report/plot_frame.h),
// and a table per section: scheme, tau, W2 / MMD at T (particles and chain) with their orders,
// the exact scheme's W2 and order, the MMD floor and the MMD to the target at T. Nothing is
// written for a study without sections of the family.
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/report/plot_sink.h"
#include "suite/report/verdict.h"
#include "suite/study/study_results.h"
#include "suite/study/target_family.h"

namespace nwgf::suite {


// The family's sections are results.config.sections (typed, suite/study/target_section.h), with
// the study's schemes, seeds, particles, eval_samples and iters where a section gives none; the
// groups results.groups_of(family.name) (ConvergenceGroup); the cells results.cells, and of a
// cell's JSON (CellResult::document) only its snapshot payload summary.quantiles.

// Every plot is followed by a caption paragraph "*Figure:* ..." saying what to look for, and the
// table's orders carry their floor caveat (suite/report/order_caveat.h).
void write_target_section(const TargetFamily& family, const StudyResults& results, const PlotSink& plots,
                          std::ostream& md);

// The verdict lines of the family's sections (suite/report/verdict.h), one per section and scheme
// or solver: the order of the family's W2 (its first metric) at T against its exact scheme
// iterate's, and the MMD at the smallest tau against its floor. None without sections.
std::vector<VerdictRow> target_verdict_rows(const TargetFamily& family, const StudyResults& results);

}  // namespace nwgf::suite
