// End-to-end tests of `nwgf run --family line` (suite/study/line_cell.h) through the built binary
// (NWGF_BIN, set by CTest): bad input exits 2 with one line naming the value and writes nothing;
// a tiny particle run toward two Diracs writes the line record, whose W2 to the exact flow at
// t = 0.5 is the closed form t / (sqrt(3) N) derived in suite/study/tests/line_cell_test.cc.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"

namespace fs = std::filesystem;

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::read_text;

fs::path scratch() { return nwgf::testing::scratch_dir("nwgf_cli_run_line"); }

Run run_nwgf(const std::string& args) { return nwgf::testing::run_nwgf_shell(args, scratch()); }

}  // namespace

TEST_CASE("bad nwgf run --family line input exits 2 with one line and writes nothing") {
  const fs::path out = scratch() / "bad.json";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--family line --target 'diracs:-1;1' --d 2", "'d' = 2 is outside the allowed range [1, 1]"},
      {"--family line --target 'diracs:-1;1' --r 1.5", "'r' = 1.5 is outside the allowed range [1, 1]"},
      {"--family line", "--target"},
      {"--family line --target 'uniform:1,-1'", "uniform:1,-1"},
      {"--family line --target 'dirac:1' --start 'gaussian:1e9,1'", "start position 1000000009"},
      {"--family line --target 'dirac:1' --start 'quantile:no-such-table.txt'", "no-such-table.txt"},
      {"--family circle", "circle"},
      {"--target 'dirac:1'", "--family line"},
      // Beyond the scales the exact references resolve (analytic/line/scales.h): refused before
      // any work (these ran for minutes in the references' quadratures).
      {"--family line --target gaussian:1e10,1", "its standard deviation is 1e-10 of its mean's magnitude; allowed: at least 1e-06"},
      {"--family line --target gaussian:0,1000", "rest points lie up to 9000 from the start"},
  };
  for (const auto& [args, needle] : cases) {
    const Run r = run_nwgf("run " + args + " --quiet --out '" + out.string() + "'");
    INFO("args: " << args << " stderr: " << r.err);
    CHECK(r.status == 2);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(needle) != std::string::npos);
    CHECK_FALSE(fs::exists(out));
  }
}

TEST_CASE("a tiny line particle run toward two Diracs follows the closed form") {
  const fs::path out = scratch() / "line.json";
  const Run r = run_nwgf("run --family line --start dirac:0 --target 'diracs:-1;1' --scheme particle --tau 0.25 "
                         "--T 0.5 --particles 400 --threads 1 --quiet --out '" + out.string() + "'");
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json doc = nlohmann::json::parse(read_text(out));
  CHECK(doc["config"]["family"] == "line");
  CHECK(doc["config"]["d"] == 1);
  CHECK(doc["summary"]["status"] == "ok");
  REQUIRE(doc["steps"].size() == 2);
  const double w2 = doc["summary"]["particles"]["w2"];
  CHECK(std::abs(w2 - 0.5 / (std::sqrt(3.0) * 400)) < 1e-8);  // 1e-8: the 1e-9 start offsets
}

TEST_CASE("a tiny line particle run from a Gaussian start toward a mixture with a CDF table: every step scored") {
  // The table lies beside the output and is named by its absolute path (a relative one is
  // looked for in the working directory, suite/study/line_spec_files.h).
  const fs::path table = scratch() / "target.cdf", out = scratch() / "mix.json";
  std::ofstream(table) << "# x F\n-1 0\n0 0.5\n0 0.7\n1 1\n";
  const Run r = run_nwgf("run --family line --start gaussian:0,0.5 --target 'mix:gaussian:1,0.3@1|cdf:" +
                         table.string() + "@1' --scheme particle --tau 0.1 --T 0.3 --particles 300 --threads 1 "
                         "--quiet --out '" + out.string() + "'");
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json doc = nlohmann::json::parse(read_text(out));
  CHECK(doc["summary"]["status"] == "ok");
  REQUIRE(doc["steps"].size() == 3);
  for (const auto& step : doc["steps"]) {
    CHECK(step["particles"]["w2"].get<double>() > 0.0);
    CHECK(std::isfinite(step["particles"]["mmd_to_target"].get<double>()));
    CHECK(step["scheme_w2_to_flow"].get<double>() > 0.0);
  }
  // The particle flow takes explicit steps: its particles are closer to the exact Euler iterate
  // of the same tau than to the flow (measured 0.0126 against 0.0290 at T = 0.3).
  for (const auto& step : doc["steps"])
    CHECK(step["particles"]["w2_to_scheme"].get<double>() < step["particles"]["w2"].get<double>());
}
