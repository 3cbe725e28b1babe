// The launcher (suite/cli/launcher/launcher.cc), NWGF_BIN, the file nwgf beside nwgf-core: its
// --help of the program and of every subcommand is byte for byte what nwgf-core prints, and any
// other command line is nwgf-core's, with the same output and exit status (a run, a usage error,
// an unknown subcommand's help request, help after other arguments).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "testing/cli_runs.h"

namespace fs = std::filesystem;

namespace {

struct Printed {
  int status = -1;
  std::string out, err;
};

// `program args` through the shell (arguments written here, quoted by the test), stdout and
// stderr to files in `scratch`.
Printed run(const std::string& program, const std::string& args, const fs::path& scratch) {
  const std::string out = (scratch / "out.txt").string(), err = (scratch / "err.txt").string();
  const int raw = std::system(("'" + program + "' " + args + " >'" + out + "' 2>'" + err + "'").c_str());
  Printed p;
  p.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  p.out = nwgf::testing::read_text(out);
  p.err = nwgf::testing::read_text(err);
  return p;
}

}  // namespace

TEST_CASE("the launcher prints nwgf-core's help and runs nwgf-core for everything else") {
  const std::string launcher = nwgf::testing::nwgf_bin();
  const std::string core = (fs::path(launcher).parent_path() / "nwgf-core").string();
  REQUIRE(fs::exists(core));
  const fs::path scratch = nwgf::testing::scratch_dir("nwgf_cli_launcher");
  std::vector<std::string> lines = {"--help", "-h"};
  for (const std::string sub : {"analytic", "sweep", "report", "html", "validate", "run", "resample", "flow", "bench",
                                "score"})
    for (const std::string flag : {"--help", "-h"}) lines.push_back(sub + " " + flag);
  // Not help files: nwgf-core answers them.
  lines.insert(lines.end(), {"analytic --t 0.5 --json", "analytic --t -1", "bogus --help", "sweep merge --help",
                             "--help sweep", "run --d 2 --help", "'../x' --help", ""});
  for (const std::string& args : lines) {
    CAPTURE(args);
    const Printed a = run(launcher, args, scratch);
    const Printed b = run(core, args, scratch);
    CHECK(a.status == b.status);
    CHECK(a.out == b.out);
    CHECK(a.err == b.err);
  }
  // The help files exist for every subcommand (the launcher printed them, not nwgf-core).
  for (const std::string sub : {"nwgf", "analytic", "sweep", "flow", "score"})
    CHECK(fs::exists(fs::path(core).parent_path() / "share" / "nwgf" / "help" / (sub + ".txt")));
  fs::remove_all(scratch);
}
