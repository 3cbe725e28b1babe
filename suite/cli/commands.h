#pragma once
// Each subcommand of nwgf registers itself on the top-level CLI11 app through one of these
// functions (defined in suite/cmd_<name>.cc) and runs in its subcommand callback. Errors are
// thrown (suite/common/errors.h) and turned into exit statuses by main().
#include <CLI/CLI.hpp>

namespace nwgf::suite {

void add_analytic_command(CLI::App& app);   // suite/cli/cmd_analytic.cc
void add_sweep_command(CLI::App& app);      // suite/cli/cmd_sweep.cc (and sweep merge)
void add_report_command(CLI::App& app);     // suite/cli/cmd_report.cc
void add_html_command(CLI::App& app);       // suite/cli/cmd_html.cc (a report folder's report.html)
void add_validate_command(CLI::App& app);   // suite/cli/cmd_validate.cc
void add_run_command(CLI::App& app);        // suite/cli/cmd_run.cc
void add_resample_command(CLI::App& app);   // suite/cli/cmd_resample.cc
void add_flow_command(CLI::App& app);       // suite/cli/cmd_flow.cc
void add_bench_command(CLI::App& app);      // suite/cli/cmd_bench.cc (execs nwgf_bench)
void add_score_command(CLI::App& app);      // suite/cli/cmd_score.cc (another solver's run folder)

}  // namespace nwgf::suite
