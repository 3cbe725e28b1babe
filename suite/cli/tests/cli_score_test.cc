// End-to-end tests of `nwgf score` (the program in $NWGF_BIN, set by CTest): a valid run folder
// is scored into a cell; every bad input of the run folder protocol (run.json and snapshots)
// exits 2 with exactly one line on stderr naming the file or field, and writes nothing.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"
#include "testing/npy.h"


namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::run_nwgf;
using nwgf::testing::read_text;
using nwgf::testing::write_npy;

std::vector<double> points(double a, int count) {
  std::vector<double> x;
  for (int i = 0; i < count; ++i) {
    const double rho = a * 0.7 * (0.1 + 0.8 * i / (count - 1)), angle = 2.399963 * i;
    x.push_back(rho * std::cos(angle));
    x.push_back(rho * std::sin(angle));
  }
  return x;
}

// A valid run folder: d = 2, r = 1, tau = 0.25, T = 0.5, two steps of 20 points.
json make_run(const fs::path& dir) {
  fs::create_directories(dir);
  json steps = json::array();
  for (int n = 1; n <= 2; ++n) {
    write_npy(dir / fmt::format("p{}.npy", n), points(0.25 * n, 20), 20, 2);
    steps.push_back({{"n", n}, {"t", 0.25 * n}, {"particles", fmt::format("p{}.npy", n)}});
  }
  json run{{"protocol", "nwgf-run/1"}, {"solver", "cli_test"}, {"scheme", "backward"}, {"d", 2}, {"r", 1.0},
           {"tau", 0.25}, {"T", 0.5}, {"t0", 0.0}, {"seed", 0}, {"steps", steps}};
  std::ofstream(dir / "run.json") << run.dump(1);
  return run;
}

}  // namespace

TEST_CASE("nwgf score: a valid run folder becomes a cell; every bad input exits 2 with one line, nothing written") {
  const fs::path scratch = fs::temp_directory_path() / ("nwgf_cli_score_" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  const fs::path run_dir = scratch / "run";
  const json run = make_run(run_dir);
  const fs::path out = scratch / "cell.json";

  const Run ok = run_nwgf({"score", run_dir.string(), "--out", out.string()}, scratch);
  CHECK(ok.status == 0);
  REQUIRE(fs::exists(out));
  const json cell = json::parse(read_text(out));
  CHECK(cell["config"]["scheme"] == "external");
  CHECK(cell["config"]["solver"] == "cli_test");
  CHECK(cell["steps"].size() == 2);
  CHECK(cell["summary"]["status"] == "ok");
  CHECK(cell["summary"]["particles"]["mmd"].is_number());
  fs::remove(out);

  // Each case: a change to a fresh copy of the folder, and what the one line must say.
  struct Case {
    std::string name, says;
    std::function<void(const fs::path&)> spoil;
  };
  const auto set_run = [&](const fs::path& dir, const std::function<void(json&)>& edit) {
    json j = run;
    edit(j);
    std::ofstream(dir / "run.json") << j.dump(1);
  };
  const std::vector<Case> cases = {
      {"no run.json", "run.json: missing", [](const fs::path& d) { fs::remove(d / "run.json"); }},
      {"run.json not JSON", "run.json: not valid JSON", [](const fs::path& d) { std::ofstream(d / "run.json") << "{"; }},
      {"protocol", "protocol \"nwgf-run/0\" is not supported",
       [&](const fs::path& d) { set_run(d, [](json& j) { j["protocol"] = "nwgf-run/0"; }); }},
      {"missing field", "field 'tau' is missing", [&](const fs::path& d) { set_run(d, [](json& j) { j.erase("tau"); }); }},
      {"non-numeric", "field 'r' must be a number", [&](const fs::path& d) { set_run(d, [](json& j) { j["r"] = "one"; }); }},
      {"steps out of order", "steps[1].n 1 is out of order",
       [&](const fs::path& d) { set_run(d, [](json& j) { j["steps"][1]["n"] = 1; j["steps"][1]["t"] = 0.25; }); }},
      {"time off", "steps[0].t 0.30000000000000004 does not match t0 + n tau = 0.25",
       [&](const fs::path& d) { set_run(d, [](json& j) { j["steps"][0]["t"] = 0.30000000000000004; }); }},
      {"missing file", "p2.npy: missing", [](const fs::path& d) { fs::remove(d / "p2.npy"); }},
      {"truncated", "p1.npy: is truncated",
       [](const fs::path& d) {
         const std::string b = read_text(d / "p1.npy");
         std::ofstream(d / "p1.npy", std::ios::binary) << b.substr(0, b.size() - 8);
       }},
      {"dtype", "p1.npy: has dtype '<i8'", [](const fs::path& d) { write_npy(d / "p1.npy", points(0.25, 20), 20, 2, "<i8"); }},
      {"shape", "p2.npy: has points of dimension 4 (shape 10 x 4), the run's d is 2",
       [](const fs::path& d) { write_npy(d / "p2.npy", points(0.5, 20), 10, 4); }},
      {"empty", "p1.npy: is empty", [](const fs::path& d) { write_npy(d / "p1.npy", {}, 0, 2); }},
      {"nan", "p2.npy: point 3 coordinate 0 is nan",
       [](const fs::path& d) {
         std::vector<double> x = points(0.5, 20);
         x[6] = NAN;
         write_npy(d / "p2.npy", x, 20, 2);
       }},
      {"inf in csv", "p1.csv: line 2 column 2: 'inf' is not finite",
       [&](const fs::path& d) {
         std::ofstream(d / "p1.csv") << "0.1,0.2\n0.3,inf\n";
         set_run(d, [](json& j) { j["steps"][0]["particles"] = "p1.csv"; });
       }},
      {"bad samples", "s2.pt: not a file written by torch.save",
       [&](const fs::path& d) {
         std::ofstream(d / "s2.pt") << "not a zip";
         set_run(d, [](json& j) { j["steps"][1]["samples"] = "s2.pt"; });
       }},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const fs::path dir = scratch / "bad";
    fs::remove_all(dir);
    fs::copy(run_dir, dir);
    c.spoil(dir);
    const Run r = run_nwgf({"score", dir.string(), "--out", out.string()}, scratch);
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(c.says) != std::string::npos);
    CHECK(!fs::exists(out));
  }
  const Run no_dir = run_nwgf({"score", (scratch / "nowhere").string(), "--out", out.string()}, scratch);
  CHECK(no_dir.status == 2);
  CHECK(no_dir.err.find("not a run folder") != std::string::npos);
  CHECK(!fs::exists(out));
  fs::remove_all(scratch);
}
