// `nwgf score RUN_DIR --out CELL.json`: scores another program's run folder (protocol
// "nwgf-run/1", docs/snapshot-protocol.md) exactly as a built-in cell is scored and writes the
// cell (suite/score/score_run.h) atomically to --out. Bad input (run.json, any snapshot, an --out
// the output rule of suite/common/output_path.h refuses) exits 2 with one line naming the file or
// field before anything is written. A run scored "failed" is written (it is the record) and exits 1,
// as nwgf run does; a notice of the scoring (summary.notice) is also said on stderr. Unless --quiet,
// stdout gets the per-step table and the verdict (suite/cli/verdicts.h) and the file written.
// `nwgf score RUN_1 ... RUN_k --out FILE.json` (k >= 3 folders of one problem at nested step
// sizes, suite/score/score_runs.h): every folder scored as above and the self-convergence of the
// solutions at successive step sizes, written as {"cells": [...], "self_convergence": {...}};
// stdout gets each cell's verdict and the orders per distance with the status.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "suite/cli/commands.h"
#include "suite/cli/verdicts.h"
#include "suite/common/errors.h"
#include "suite/common/input_file.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/output_path.h"
#include "suite/score/score_run.h"
#include "suite/score/score_runs.h"
#include "suite/study/solution_self_convergence.h"

namespace nwgf::suite {

void add_score_command(CLI::App& app) {
  struct Args {
    std::vector<std::string> run_dirs;
    std::string out;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "score", "Score another solver's run folder (run.json + one snapshot per step, protocol nwgf-run/1) "
               "against the exact flow, as a cell of the study result schema; or several folders of one problem at "
               "nested step sizes, each scored so and with the self-convergence of their solutions");
  cmd->add_option("run_dir", args->run_dirs,
                  "run folder holding run.json (" + input_cap_text(kRunManifestFile) + ") and the snapshot files (each " +
                      input_cap_text(kSnapshotFile) + "), all inside the folder (a link out of it is refused). "
                      "Several folders (at least 3 step sizes): runs of one problem (the same solver, scheme, family, "
                      "start, target, d, r, t0, T and seed) whose taus, sorted decreasing, are nested with one ratio; "
                      "one more folder at the finest tau with another seed gives the noise floor (else \"no floor "
                      "given\": orders without a floor verdict). The solutions are compared at the recorded times "
                      "common to all folders (T among them), with equal particle counts")
      ->required()
      ->expected(1, -1);
  cmd->add_option("--out", args->out,
                  "JSON file to write, a regular file (replaced) or a new path in a writable folder, outside the run "
                  "folders: with one folder its cell; with several {\"cells\": [the cells, in the order given], "
                  "\"self_convergence\": {method, solver, scheme, family, runs: [{run_dir, tau, seed, role: "
                  "coupled|floor}], status, reason, verdict_distance: \"w2\", taus, times, seed, floor_seed (null: "
                  "no floor), distances: {mmd, w2: {method, directions, times, pairs: [{tau_coarse, tau_fine, "
                  "values}], floor (null: none), analysis: {orders, Richardson, GCI, status, ...}}}}} "
                  "(docs/snapshot-protocol.md)")
      ->required();
  cmd->add_flag("--quiet", args->quiet, "no per-step table, verdict or summary line");
  cmd->callback([args]() {
    check_outputs({file_output("--out", args->out)}, args->run_dirs);
    const FileLock lock = lock_output(args->out, "nwgf score --out " + args->out, args->quiet);
    if (args->run_dirs.size() > 1) {
      const nlohmann::json doc = score_runs(args->run_dirs);
      write_file_atomic(args->out, doc.dump(1) + "\n");
      const nlohmann::json& entry = doc["self_convergence"];
      if (!args->quiet) {  // each cell's verdict, then the orders per distance and the status
        std::string text;
        for (std::size_t i = 0; i < doc["cells"].size(); ++i) {
          const nlohmann::json& cell = doc["cells"][i];
          text += fmt::format("{} (tau {}, seed {}): {}\n", args->run_dirs[i], cell["config"]["tau"].dump(),
                              cell["config"]["seed"].dump(), cell["summary"]["status"].get<std::string>());
          text += score_verdict(cell);
        }
        text += self_convergence_summary(entry["solver"].get<std::string>(), entry) + "\n";
        std::printf("%swrote %s: %zu cells, self-convergence %s\n", text.c_str(), args->out.c_str(),
                    doc["cells"].size(), entry["status"].get<std::string>().c_str());
        std::fflush(stdout);
      }
      for (std::size_t i = 0; i < doc["cells"].size(); ++i)
        if (doc["cells"][i]["summary"]["status"] != "ok")
          throw std::runtime_error("the run " + args->run_dirs[i] + " is scored failed (recorded in " + args->out +
                                   "): " + doc["cells"][i]["summary"]["failure"].get<std::string>());
      return;
    }
    const std::string& run_dir = args->run_dirs.front();
    const nlohmann::json cell = score_run(run_dir);
    write_file_atomic(args->out, cell.dump(1) + "\n");
    if (cell["summary"].contains("notice"))
      std::fprintf(stderr, "nwgf score: notice: %s\n", cell["summary"]["notice"].get<std::string>().c_str());
    if (!args->quiet) {  // the per-step table and the verdict (suite/cli/verdicts.h)
      std::printf("%s%swrote %s: %s, %zu steps\n", step_table(cell).c_str(), score_verdict(cell).c_str(),
                  args->out.c_str(), cell["summary"]["status"].get<std::string>().c_str(), cell["steps"].size());
      std::fflush(stdout);  // before a failure's line on stderr
    }
    if (cell["summary"]["status"] != "ok")
      throw std::runtime_error("the run is scored failed (recorded in " + args->out +
                               "): " + cell["summary"]["failure"].get<std::string>());
  });
}

}  // namespace nwgf::suite
