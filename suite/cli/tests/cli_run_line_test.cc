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

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path scratch() {
  const auto dir = fs::temp_directory_path() / ("nwgf_cli_run_line_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

Run run_nwgf(const std::string& args) {
  const char* bin = std::getenv("NWGF_BIN");
  REQUIRE_MESSAGE(bin != nullptr, "NWGF_BIN must point at the nwgf binary (set by CTest)");
  const fs::path dir = scratch();
  const auto out = dir / "stdout", err = dir / "stderr";
  const std::string cmd = std::string("'") + bin + "' " + args + " >'" + out.string() + "' 2>'" + err.string() + "'";
  const int raw = std::system(cmd.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

int count_lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  if (!s.empty() && s.back() != '\n') ++n;
  return n;
}

}  // namespace

TEST_CASE("bad nwgf run --family line input exits 2 with one line and writes nothing") {
  const fs::path out = scratch() / "bad.json";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--family line --target 'diracs:-1;1' --d 2", "'d' = 2 is outside the allowed range [1, 1]"},
      {"--family line --target 'diracs:-1;1' --r 1.5", "'r' = 1.5 is outside the allowed range [1, 1]"},
      {"--family line", "--target"},
      {"--family line --target 'uniform:1,-1'", "uniform:1,-1"},
      {"--family line --target 'dirac:1' --start 'gaussian:0,1'", "gaussian:0,1"},
      {"--family circle", "circle"},
      {"--target 'dirac:1'", "--family line"},
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
  const nlohmann::json doc = nlohmann::json::parse(slurp(out));
  CHECK(doc["config"]["family"] == "line");
  CHECK(doc["config"]["d"] == 1);
  CHECK(doc["summary"]["status"] == "ok");
  REQUIRE(doc["steps"].size() == 2);
  const double w2 = doc["summary"]["particles"]["w2"];
  CHECK(std::abs(w2 - 0.5 / (std::sqrt(3.0) * 400)) < 1e-8);  // 1e-8: the 1e-9 start offsets
}
