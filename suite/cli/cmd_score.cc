// `nwgf score RUN_DIR --out CELL.json`: scores another program's run folder (protocol
// "nwgf-run/1", docs/snapshot-protocol.md) exactly as a built-in cell is scored and writes the
// cell (suite/score/score_run.h) atomically to --out. Bad input (run.json, any snapshot, an --out
// the output rule of suite/common/output_path.h refuses) exits 2 with one line naming the file or
// field before anything is written. A run scored "failed" is written (it is the record) and exits 1,
// as nwgf run does; a notice of the scoring (summary.notice) is also said on stderr. Unless --quiet,
// stdout gets the per-step table and the verdict (suite/cli/verdicts.h) and the file written.
#include <cstdio>
#include <memory>
#include <string>

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

namespace nwgf::suite {

void add_score_command(CLI::App& app) {
  struct Args {
    std::string run_dir, out;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "score", "Score another solver's run folder (run.json + one snapshot per step, protocol nwgf-run/1) "
               "against the exact flow, as a cell of the study result schema");
  cmd->add_option("run_dir", args->run_dir,
                  "run folder holding run.json (" + input_cap_text(kRunManifestFile) + ") and the snapshot files (each " +
                      input_cap_text(kSnapshotFile) + "), all inside the folder (a link out of it is refused)")
      ->required();
  cmd->add_option("--out", args->out,
                  "cell JSON file to write: a regular file (replaced) or a new path in a writable folder, outside the "
                  "run folder")
      ->required();
  cmd->add_flag("--quiet", args->quiet, "no per-step table, verdict or summary line");
  cmd->callback([args]() {
    check_outputs({file_output("--out", args->out)}, {args->run_dir});
    const FileLock lock = lock_output(args->out, "nwgf score --out " + args->out, args->quiet);
    const nlohmann::json cell = score_run(args->run_dir);
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
