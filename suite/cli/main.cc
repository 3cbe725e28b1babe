// nwgf: benchmark and validation suite for neural Wasserstein gradient flows of Riesz-kernel
// MMD functionals. Subcommands are registered from suite/cli/commands.h. Built as nwgf-core; the
// program users run, nwgf (suite/cli/launcher/launcher.cc), prints the help files this program
// writes with `--write-help DIR` at build time and runs this program for everything else.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include <CLI/CLI.hpp>

#include "suite/common/errors.h"
#include "suite/cli/commands.h"
#include "suite/cli/number_options.h"

namespace {

// One line only: CLI11 messages can span lines; fold them.
std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// DIR/nwgf.txt (the program's help) and DIR/SUBCOMMAND.txt (each subcommand's), exactly as
// `nwgf --help` and `nwgf SUBCOMMAND --help` print them.
int write_help(const CLI::App& app, const std::string& dir) {
  std::filesystem::create_directories(dir);
  const auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream out(std::filesystem::path(dir) / (name + ".txt"), std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + dir + "/" + name + ".txt");
  };
  write("nwgf", app.help());
  for (const CLI::App* sub : app.get_subcommands({})) write(sub->get_name(), sub->help(app.get_name()));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "nwgf: neural Wasserstein gradient flows of Riesz-kernel MMD functionals, validated "
      "against closed forms"};
  app.name("nwgf");  // the usage lines read "nwgf SUBCOMMAND", as the help files do
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("nwgf ") + NWGF_VERSION);
  nwgf::suite::add_analytic_command(app);
  nwgf::suite::add_sweep_command(app);
  nwgf::suite::add_report_command(app);
  nwgf::suite::add_html_command(app);
  nwgf::suite::add_validate_command(app);
  nwgf::suite::add_run_command(app);
  nwgf::suite::add_resample_command(app);
  nwgf::suite::add_flow_command(app);
  nwgf::suite::add_bench_command(app);
  nwgf::suite::add_score_command(app);
  nwgf::suite::check_number_options(app);  // empty, clamped or wrapped numbers refused (number_options.h)
  try {
    if (argc == 3 && std::string(argv[1]) == "--write-help") return write_help(app, argv[2]);  // the build's step
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "nwgf: error: %s (see --help)\n", one_line(e.what()).c_str());
    return nwgf::suite::kExitUsage;
  } catch (const std::invalid_argument& e) {  // UsageError and analytic/neural preconditions
    std::fprintf(stderr, "nwgf: error: %s\n", one_line(e.what()).c_str());
    return nwgf::suite::kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nwgf: failed: %s\n", one_line(e.what()).c_str());
    return nwgf::suite::kExitFailure;
  }
  return 0;
}
