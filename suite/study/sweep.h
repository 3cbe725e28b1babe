#pragma once
// Running a study (suite/study/study_config.h) cell by cell into one results file, resumably and in
// shards, and merging shard files.
//
// Results file (JSON, schema "nwgf-study/1", results/schema/nwgf-study-1.schema.json):
// {
//   "schema": "nwgf-study/1",
//   "kind": "study" | "shard",      // a shard holds the cells with index % count == index - 1
//   "complete": bool,               // every cell of the file's scope is present
//   "shard": { "index": i, "count": n },   // 1-based; 1/1 for a whole study
//   "config": study_config_to_json(...),
//   "provenance": suite/common/provenance.h of the sweep (or merge) that wrote the file,
//   "merged_from": [ { "path", "shard", "provenance" } ]   // only in merged files
//   "cells": [ { "index", "id", + the cell result of suite/study/run_cell.h } ]   // by index
//   "convergence": suite/study/convergence.h (only for a complete study; [] otherwise),
//   "<family>_convergence" ("line_convergence", ...): target_convergence_analysis of the family's
//                   cells (suite/study/target_convergence.h; only in studies with sections of the
//                   family; [] unless complete),
//   "self_convergence": suite/study/study_self_convergence.h of the cells (only for a complete
//                   study; [] otherwise; absent from results written before it),
//   "timings": suite/study/convergence.h study_timings
// }
// While a sweep runs, finished cells are kept in OUT's partial file (NAME.partial.json beside
// NAME.json), rewritten atomically after every cell. A finished sweep writes OUT and removes the
// partial file. --resume continues from the partial file (or OUT) after checking that it is a
// results file of the same study and shard; anything else is refused with the reason.
// A sweep holds an advisory lock on OUT (OUT.lock, suite/common/file_lock.h) from start to
// finish: a second sweep on the same OUT, with or without --resume, is refused while the first
// lives; the lock of a killed sweep is taken over with a one-line notice.
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/common/output_path.h"

#include "suite/study/run_cell.h"
#include "suite/study/study_config.h"

namespace nwgf::suite {

inline constexpr const char* kStudySchema = "nwgf-study/1";

using CellRunner = std::function<nlohmann::json(const CellConfig&, const RunOptions&)>;
// Runs an external solver for one cell and scores its run folder into a cell result (a failed
// cell with the reason when anything goes wrong; never throws for the solver's faults):
// suite/score/external.h run_external_cell, set by the nwgf program.
using ExternalRunner = std::function<nlohmann::json(const SolverSpec&, const ExternalCell&)>;

struct Shard {
  int index = 1;  // 1..count
  int count = 1;
};
// Parses "i/n" (1 <= i <= n), or "slurm": this task's shard of a Slurm job array, from
// SLURM_ARRAY_TASK_{ID,MIN,MAX,COUNT,STEP} (task k of --array=MIN-MAX:STEP is shard
// (k - MIN) / STEP + 1 of COUNT; tools/slurm/). UsageError naming the value otherwise.
Shard parse_shard(const std::string& text);
// Deterministic partition: cell k belongs to shard (k mod n) + 1.
bool cell_in_shard(int cell_index, const Shard& shard);

struct SweepOptions {
  std::string out;          // results file to write (e.g. results/NAME.json)
  bool resume = false;      // continue from OUT's partial file (or OUT) instead of refusing it
  Shard shard;              // which part of the study to run
  bool quiet = false;       // no progress output
  CellRunner runner;        // runs one cell; empty: suite::run_cell
  // Runs the study's external solver cells (StudyConfig::solvers); required when it has any.
  ExternalRunner external_runner;
  // Where the run folders of external cells go, one per cell named by its id ('/' -> '_');
  // empty: OUT without ".json" plus ".runs" (results/NAME.runs/ beside results/NAME.json).
  std::string runs_dir;
  // With resume: run the external cells that failed again (a solver fixed since, a timeout
  // raised); without it a failed cell counts as finished, like any other.
  bool retry_failed = false;
  // Cells in flight at once (--ensemble K): their training loops run side by side on the config's
  // threads, one per core when 0 (suite::run_cells_pooled); the numbers equal a run with 1. Only with the built-in
  // runner (ignored when `runner` is set). 1: one cell after another. External cells run after
  // the built-in ones, up to K solver processes at once.
  int ensemble = 1;
  // Plot data kept per cell: the final particle positions (summary.final_points, at most 500
  // rows) and a line cell's quantile snapshots (summary.quantiles) stay only on the cells the
  // report draws -- of each group of cells that differ only in tau and seed, the one with the
  // smallest tau and the first seed -- to keep the results file small. Every cell keeps
  // summary.self_convergence_points (256 evenly strided rows of its final points, 7 significant
  // digits) for the self-convergence of its group (suite/study/study_self_convergence.h).
  bool thin_points = true;
};

struct SweepSummary {
  int planned = 0;   // cells in this shard
  int resumed = 0;   // found finished in the resumed file
  int ran = 0;       // run now
  int failed = 0;    // cells with status "failed" (run now or resumed)
  std::string written;  // the file written
};

// Runs the study's cells of the shard (skipping finished ones when resuming) and writes OUT.
SweepSummary run_sweep(const StudyConfig& config, const SweepOptions& options);

// NAME.partial.json beside NAME.json (OUT + ".partial.json" when OUT does not end in .json).
std::string partial_path(const std::string& out);
// The outputs of a sweep on OUT, for the output rule (suite/common/output_path.h): OUT with its
// partial file and, when runs_dir is empty, its run folders OUT.runs/; else runs_dir (--runs-dir).
std::vector<Output> sweep_outputs(const std::string& out, const std::string& runs_dir);
// The folder of external run folders for OUT (SweepOptions::runs_dir when empty) and the run
// folder of one cell in it.
std::string default_runs_dir(const std::string& out);
std::string cell_run_dir(const std::string& runs_dir, const std::string& cell_id);

// Reads a results file and checks it: JSON, schema "nwgf-study/1", a valid study config, and
// cells that are exactly cells of that study (same id and config at the same index, in the
// file's shard, no duplicates). UsageError "<path>: <reason>" otherwise.
nlohmann::json load_study_document(const std::string& path);

// Merges shard files of one study (same config, same shard count, every shard once, each
// complete) into the complete study document, with its convergence analysis.
nlohmann::json merge_study_shards(const std::vector<std::string>& paths);

// The --ensemble of nwgf sweep and nwgf validate, one rule for both: `requested` when > 0; 0 (the
// default of both) is one cell per CPU core this process may use (its affinity mask: a Slurm
// task's CPUs), at most kMaxDefaultEnsemble and at most as many of
// the shard's largest built-in cell as fit in the available memory together
// (refuse_cells_beyond_memory), at least 1. The numbers are the same for every K (only wall
// times and the recorded ensemble width differ), so the default is the fastest that fits.
inline constexpr int kMaxDefaultEnsemble = 8;
int resolve_ensemble(int requested, const StudyConfig& config, const Shard& shard);

// Prints the shard's cells and its total work (steps, Adam iterations) on stdout; runs nothing.
// Refuses first, like run_sweep, a shard whose largest built-in cell (times `ensemble` cells in
// flight) cannot fit in the available memory (refuse_cells_beyond_memory).
void print_study_plan(const StudyConfig& config, const Shard& shard, int ensemble = 1);

// Throws UsageError (suite/common/memory_limit.h) when the largest built-in cell of the shard
// (cell_memory_estimate_bytes, the estimate of nwgf run) times min(ensemble, cells) exceeds the
// available memory, naming the cell, its sizes and both numbers. run_sweep calls it before any work.
void refuse_cells_beyond_memory(const StudyConfig& config, const Shard& shard, int ensemble);

// Assembles a results document around cells sorted by index; adds the convergence analysis and
// timings when the cells are the whole study.
nlohmann::json make_study_document(const StudyConfig& config, const Shard& shard,
                                   nlohmann::json cells, const nlohmann::json& provenance);

}  // namespace nwgf::suite
