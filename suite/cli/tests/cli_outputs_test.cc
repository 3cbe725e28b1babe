// End-to-end tests of the output rule (suite/common/output_path.h) in the commands (the program in
// $NWGF_BIN, set by CTest): a bad output is refused before any work, with one line and exit 2, and
// nothing is written or overwritten; one output in two spellings is written by one process at a
// time; a result scored "failed" is written and exits 1.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"

namespace fs = std::filesystem;
using nlohmann::json;
using nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::read_text;

namespace {

// A scratch folder of its own, removed at the end of the test.
struct Scratch {
  fs::path dir;
  explicit Scratch(const std::string& name) : dir(fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string operator/(const std::string& rel) const { return (dir / rel).string(); }
};

// Any run here finishes in seconds; past this it hangs (or trains, as the old code did).
constexpr double kLimitS = 120;

CliRun run(const std::vector<std::string>& args, const Scratch& s) { return nwgf::testing::run_nwgf(args, s.dir, kLimitS); }

// Exit 2 with one line naming `says`.
void check_refused(const CliRun& r, const std::string& says) {
  INFO("stderr: " << r.err);
  CHECK_FALSE(r.timed_out);
  CHECK(r.status == 2);
  CHECK(count_lines(r.err) == 1);
  CHECK(r.err.find(says) != std::string::npos);
}

// A run folder of `d` = 2 points per step: two steps of a run from the Dirac; `scale` multiplies
// the points of the last step.
void make_run(const fs::path& dir, const std::string& scheme, double r, double scale = 1) {
  fs::create_directories(dir);
  json steps = json::array();
  for (int n = 1; n <= 2; ++n) {
    std::ofstream csv(dir / fmt::format("p{}.csv", n));
    for (int i = 0; i < 20; ++i) {
      const double rho = (n == 2 ? scale : 1) * 0.1 * n * (0.1 + 0.8 * i / 19.0), angle = 2.399963 * i;
      csv << fmt::format("{:.17g},{:.17g}\n", rho * std::cos(angle), rho * std::sin(angle));
    }
    steps.push_back({{"n", n}, {"t", 0.25 * n}, {"particles", fmt::format("p{}.csv", n)}});
  }
  const json run{{"protocol", "nwgf-run/1"}, {"solver", "outputs_test"}, {"scheme", scheme}, {"d", 2}, {"r", r},
                 {"tau", 0.25}, {"T", 0.5}, {"t0", 0.0}, {"seed", 0}, {"steps", steps}};
  std::ofstream(dir / "run.json") << run.dump(1);
}

// A tiny study of the particle flow (a second of work).
void write_particle_study(const fs::path& path) {
  std::ofstream(path) << R"({"name": "outputs", "schemes": ["particle"], "d": [2], "r": [1], "taus": [0.2],
    "seeds": [0], "T": 0.2, "particles": 16, "eval_samples": 0, "threads": 1})";
}

}  // namespace

TEST_CASE("a device, a folder or an empty path as --out is refused before any work: nothing written") {
  const Scratch s("nwgf_cli_outputs_kinds");
  make_run(s / "run", "backward", 1.0);
  // score used to write its cell over /dev/full (replacing the device node) and exit 0.
  check_refused(run({"score", s / "run", "--out", "/dev/full"}, s), "--out '/dev/full' is a character device");
  CHECK(fs::is_character_file("/dev/full"));
  // run used to train first, then fail on the folder and leave the chain beside it.
  fs::create_directories(s / "exists");
  check_refused(run({"run", "--scheme", "backward", "--d", "2", "--r", "1", "--tau", "0.05", "--T", "0.05",
                      "--iters", "2", "--particles", "16", "--eval-samples", "0", "--threads", "1", "--quiet",
                      "--out", s / "exists"},
                     s),
                "is a folder");
  CHECK(fs::is_empty(s / "exists"));
  CHECK_FALSE(fs::exists(s / "exists.chain"));
  // flow used to run the whole flow, then fail on ''.
  check_refused(run({"flow", "--target", "diracs:-0.5,0;0.5,0", "--scheme", "particle", "--particles", "16",
                      "--tau", "0.1", "--T", "0.2", "--no-plots", "--quiet", "--out", ""},
                     s),
                "--out '' is empty");
  // A report folder that is not ours, a results file in a folder that does not exist.
  fs::create_directories(s / "home");
  std::ofstream(s / "home/thesis.tex") << "mine";
  write_particle_study(s / "study.json");
  check_refused(run({"sweep", "--config", s / "study.json", "--quiet", "--out", s / "nowhere/x.json"}, s),
                "does not exist");
  CHECK_FALSE(fs::exists(s / "nowhere"));
  check_refused(run({"report", s / "study.json", "--out", s / "home"}, s), "a folder nwgf did not write");
  CHECK(read_text(s / "home/thesis.tex") == "mine");
}

TEST_CASE("an output that is an input, in any spelling, is refused and the input kept") {
  const Scratch s("nwgf_cli_outputs_inputs");
  make_run(s / "run", "backward", 1.0);
  const std::string run_json = read_text(s / "run/run.json");
  // score RUN --out RUN/run.json used to replace the run's own manifest with the cell.
  check_refused(run({"score", s / "run", "--out", s / "run/run.json"}, s), "lies inside the input");
  check_refused(run({"score", s / "run", "--out", s / "run/../run/cell.json"}, s), "lies inside the input");
  CHECK(read_text(s / "run/run.json") == run_json);
  CHECK_FALSE(fs::exists(s / "run/cell.json"));
  // sweep --config s.json --out s.json used to replace the config with the results.
  write_particle_study(s / "study.json");
  const std::string config = read_text(s / "study.json");
  check_refused(run({"sweep", "--config", s / "study.json", "--quiet", "--out", s / "./study.json"}, s),
                "is the input");
  CHECK(read_text(s / "study.json") == config);
  // ... and its partial file as the config.
  fs::copy_file(s / "study.json", s / "x.partial.json");
  check_refused(run({"sweep", "--config", s / "x.partial.json", "--quiet", "--out", s / "x.json"}, s),
                "its partial file");
  CHECK_FALSE(fs::exists(s / "x.json"));
  // sweep merge into one of its shards.
  check_refused(run({"sweep", "merge", s / "study.json", "--out", s / "study.json"}, s), "is the input");
  CHECK(read_text(s / "study.json") == config);
}

TEST_CASE("one output in two spellings takes one lock: the second sweep is refused and the first finishes") {
  // A solver that takes a second, so the first sweep holds its output while the second starts.
  // Before the lock was keyed on the canonical path, --out o/x.json and --out o/x ran together,
  // shared o/x.partial.json and o/x.runs/, and the second killed the first one's solver.
  const Scratch s("nwgf_cli_outputs_lock");
  std::ofstream(s / "solver.sh") << R"(#!/bin/sh
out=$1
sleep 2
printf '0.1,0\n-0.1,0\n0,0.1\n0,-0.1\n' > "$out/p1.csv"
printf '{"protocol": "nwgf-run/1", "solver": "slow", "scheme": "backward", "d": 2, "r": 1, "tau": 0.2, "T": 0.2, "t0": 0, "seed": 0, "steps": [{"n": 1, "t": 0.2, "particles": "p1.csv"}]}' > "$out/run.json"
)";
  const json config = {{"name", "lock"}, {"schemes", json::array()}, {"d", {2}}, {"r", {1}}, {"taus", {0.2}},
                       {"seeds", {0}}, {"T", 0.2}, {"particles", 4}, {"eval_samples", 0}, {"threads", 1},
                       {"solvers", {{{"name", "slow"}, {"scheme", "backward"}, {"timeout_s", 60},
                                     {"command", {"sh", s / "solver.sh", "{run_dir}"}}}}}};
  std::ofstream(s / "study.json") << config.dump();
  fs::create_directories(s / "o");
  // A third sweep on another output with the first one's run folders (--runs-dir o/x.runs).
  const std::vector<std::string> outs{s / "o/x.json", s / "o/x", s / "o/y.json"};
  const std::vector<CliRun> runs = nwgf::testing::run_nwgf_batch(
      {fmt::format("sweep --config '{}' --quiet --out '{}'", s / "study.json", outs[0]),
       fmt::format("sweep --config '{}' --quiet --out '{}'", s / "study.json", outs[1]),
       fmt::format("sweep --config '{}' --quiet --out '{}' --runs-dir '{}'", s / "study.json", outs[2],
                   s / "o/x.runs")},
      s.dir);
  // Which one starts first is up to the scheduler; one writes, the others are refused naming the
  // lock (or, should the winner have finished first, the results file now beside o/x).
  int written = 0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    INFO("sweep " << i << ": exit " << runs[i].status << ", " << runs[i].err);
    if (runs[i].status == 0) {
      ++written;
      const json doc = json::parse(read_text(outs[i]));
      REQUIRE(doc["cells"].size() == 1);
      CHECK(doc["cells"][0]["summary"]["status"] == "ok");  // its solver was not killed
      continue;
    }
    CHECK(runs[i].status == 2);
    CHECK(count_lines(runs[i].err) == 1);
    CHECK((runs[i].err.find("is being written by") != std::string::npos ||
           runs[i].err.find("shares its") != std::string::npos));
    CHECK_FALSE(fs::exists(outs[i]));
  }
  CHECK(written == 1);
  for (const char* lock : {"o/x.lock", "o/y.lock", "o/x.runs.lock"}) CHECK_FALSE(fs::exists(s / lock));  // released
}

TEST_CASE("a result recorded failed is written and exits 1 (score, flow); a forward run from the Dirac with r != 1 says why it has no scheme iterate") {
  const Scratch s("nwgf_cli_outputs_failed");
  // Points of the last step at 1e99 (inside the snapshot bounds) at r = 1.5: the exact potential
  // behind the energy error overflows in its quadrature. score used to end with exit 1 and no
  // record; a failed status, had it come, exited 0.
  make_run(s / "blowup", "backward", 1.5, 1e99);
  const CliRun failed = run({"score", s / "blowup", "--out", s / "blowup.json", "--quiet"}, s);
  INFO("stderr: " << failed.err);
  CHECK(failed.status == 1);  // as nwgf run on a failed cell
  CHECK(count_lines(failed.err) == 1);
  CHECK(failed.err.find("recorded in " + s / "blowup.json") != std::string::npos);
  REQUIRE(fs::exists(s / "blowup.json"));
  const json cell = json::parse(read_text(s / "blowup.json"));
  CHECK(cell["summary"]["status"] == "failed");
  CHECK(cell["summary"]["failure"].get<std::string>().rfind("step 2 (t = 0.5): the scores cannot be computed", 0) == 0);
  CHECK(cell["steps"].size() == 1);  // step 1 scored, step 2 not

  // A flow whose particles leave the doubles (tau = 1e300): flow.json records the failed scheme,
  // and flow exits 1 (it exited 0).
  const CliRun flow = run({"flow", "--target", "diracs:-0.5,0;0.5,0", "--scheme", "particle", "--particles", "16",
                            "--tau", "1e300", "--T", "1e300", "--no-plots", "--quiet", "--out", s / "flow"},
                           s);
  INFO("stderr: " << flow.err);
  CHECK(flow.status == 1);
  CHECK(flow.err.find("the flow failed (recorded in " + s / "flow" + "/flow.json): particle:") != std::string::npos);
  const json record = json::parse(read_text(s / "flow/flow.json"));
  CHECK(record["runs"][0]["status"] == "failed");

  // Forward from delta_0 at r = 1.5: no exact Euler iterate (docs/math.md 3.3). It used to be
  // scored ok with mmd_to_scheme null and no word why.
  make_run(s / "forward", "forward", 1.5);
  const CliRun forward = run({"score", s / "forward", "--out", s / "forward.json", "--quiet"}, s);
  INFO("stderr: " << forward.err);
  CHECK(forward.status == 0);
  CHECK(forward.err.find("notice: no exact forward (explicit Euler) iterate") != std::string::npos);
  const json fcell = json::parse(read_text(s / "forward.json"));
  CHECK(fcell["summary"]["status"] == "ok");
  CHECK(fcell["steps"][1]["particles"]["mmd_to_scheme"].is_null());
  const std::string notice = fcell["summary"].value("notice", std::string());
  CHECK(notice.find("r = 1.5") != std::string::npos);
  CHECK(notice.find("docs/math.md 3.3") != std::string::npos);
  // A forward run at r = 1 has its Euler iterate: no notice.
  make_run(s / "forward1", "forward", 1.0);
  const CliRun forward1 = run({"score", s / "forward1", "--out", s / "forward1.json", "--quiet"}, s);
  CHECK(forward1.status == 0);
  CHECK(forward1.err.empty());
  CHECK_FALSE(json::parse(read_text(s / "forward1.json"))["summary"].contains("notice"));
}
