#pragma once
// The report of a flow folder (`nwgf flow`, suite/flow/flow_run.h): report.md from the folder's
// flow.json, then report.html beside it (suite/report/html_page.h). `nwgf flow` writes both at
// the end of a run; `nwgf html DIR` writes report.md first when DIR holds flow.json and no
// report.md (flow folders written before the report existed, such as reports/flows/).
//
// flow.json is outside input: it is read under the input rule (kFlowRecordFile) and parsed once,
// here, into FlowRecord; every field the report uses is checked (type, range, steps numbered
// 0, 1, 2, ..., snapshot steps among them, file names plain names in the folder) and a file that
// fails is refused with a UsageError "corrupt flow record: <where>.<key> ..." before anything is
// written. Both schemas are read: nwgf-flow/2 and the older nwgf-flow/1 (no config.taus, no run
// tau, seed or role, no self_convergence: one main run per scheme at config.tau and config.seed).
//
// report.md, in the house style of the study reports (suite/report/report.cc):
//  - a title and a Verdict: per scheme (its main run at the finest tau) D^2 at t = 0 and at T,
//    the factor it fell by, the steps where it rose and the wall time, and with --taus the
//    self-convergence status and order; failed runs and D^2 that did not fall in a
//    "> **Warning:**" box;
//  - a settings table (target, start, schemes, step sizes, network, training, seed, provenance);
//  - D^2 at the snapshot times, per scheme;
//  - the MMD plot and the target image, the snapshots in a table (a row per time, a column per
//    scheme), the animated GIFs, and with --taus the self-convergence plot and table; every
//    figure followed by a "*Figure:* ..." caption. Only images that exist in the folder are shown
//    (resolved as the page resolves them, suite/common/input_file.h InputFolder); the ones
//    flow.json names but the folder lacks are named in a note.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/common/input_file.h"
#include "suite/common/provenance.h"

namespace nwgf::suite {

// flow.json read back (a long run at small tau: 10^5 steps of ~200 bytes each, 20 MB).
inline constexpr InputKind kFlowRecordFile{"flow.json", 64 * kMiB};

struct FlowStepRecord {
  int n = 0;
  double t = 0.0;
  double mmd2 = std::numeric_limits<double>::quiet_NaN();  // NaN: null (a failed step)
};

struct FlowSnapshotRecord {
  int n = 0;
  double t = 0.0;
  std::string file;  // a plain file name in the folder
};

struct FlowRunRecord {
  std::string scheme;
  double tau = 0.0;
  std::uint64_t seed = 0;
  bool floor = false;    // role "floor": the second seed at the finest tau (--taus)
  bool ok = true;        // status "ok"
  std::string failure;   // why it failed ("" when ok)
  std::vector<FlowStepRecord> steps;  // steps[n].n == n; steps[0] is the start
  double wall_s = 0.0;
  std::vector<FlowSnapshotRecord> snapshots;
  std::string animation;  // the GIF, or "" for none

  double mmd2_start() const;  // D^2 at t = 0 (NaN without steps)
  double mmd2_final() const;  // at the last step recorded
  int steps_done() const;     // steps after the start
  int rises() const;          // steps n >= 1 where D^2 rose above step n - 1's
};

// One distance of a self-convergence entry at T (analytic/self_convergence.h).
struct FlowDistanceRecord {
  std::string method;
  std::string status;
  std::string reason;
  std::vector<double> differences;  // per pair of successive step sizes (NaN: null)
  std::vector<double> floors;
  double observed_order = std::numeric_limits<double>::quiet_NaN();
  double order_stderr = std::numeric_limits<double>::quiet_NaN();
  double richardson_error = std::numeric_limits<double>::quiet_NaN();
  double gci_fine = std::numeric_limits<double>::quiet_NaN();
  double asymptotic_ratio = std::numeric_limits<double>::quiet_NaN();
};

struct FlowSelfConvergenceRecord {
  std::string scheme;
  std::string status;
  std::string reason;
  std::vector<double> taus;
  std::optional<FlowDistanceRecord> w2, mmd;  // unset: a run failed (distances null)
};

struct FlowRecord {
  int version = 2;  // 1 or 2
  // config
  std::string preset;  // "" when none
  std::string target_spec, start_spec;
  std::vector<std::string> schemes;
  double tau = 0.0;          // the finest step size
  std::vector<double> taus;  // --taus; empty without
  double T = 0.0;
  double r = 1.0;
  long long particles = 0;
  std::uint64_t seed = 0;
  long long iters = 0, batch = 0, width = 0, depth = 0, step_batch = 0, target_samples = 0;
  long long grid_images = 36, max_frames = 60;  // pictures: particles per image grid, GIF frames
  double lr = 0.0, eps = 0.0;
  std::string activation, engine;  // "" in records written before they existed
  // target and start
  std::string target_kind, target_source, start_kind;
  long long dim = 0, target_points = 0, start_particles = 0;
  long long image_rows = 0, image_columns = 0;  // 0: not images
  Provenance provenance;
  std::vector<FlowRunRecord> runs;
  bool has_self_convergence = false;  // a --taus run (its entries may still be empty)
  std::vector<FlowSelfConvergenceRecord> self_convergence;
  std::string mmd_plot, target_plot, selfconv_plot;  // "" for none

  // The runs pictured and summed up: role "main" at the finest tau, one per scheme.
  std::vector<const FlowRunRecord*> main_runs() const;
};

// Parses a flow record; `source` names it in messages. Throws UsageError on anything the report
// cannot use (see above).
FlowRecord flow_record_from_json(const nlohmann::json& j, const std::string& source = "flow.json");
// Reads <dir>/flow.json under kFlowRecordFile and parses it.
FlowRecord read_flow_record(const std::string& dir);

// report.md's text for the record of the flow folder `dir` (images are looked up there).
std::string flow_report_markdown(const FlowRecord& record, const std::string& dir);

// Writes <dir>/report.md atomically (suite/common/io_util.h) from `record`; returns its path.
// The caller checks and locks the folder as an output.
std::string write_flow_report(const FlowRecord& record, const std::string& dir);

}  // namespace nwgf::suite
