// External solver cells in studies (suite/study/solver_spec.h, study_config.h, sweep.h): their
// place in the cell order, their config checks, and their bookkeeping in sweeps -- resume,
// --retry-failed, --ensemble K solver processes at once, shards and merge, convergence groups.
// A deterministic stand-in replaces the process runner (suite/score/external.h, tested in
// suite/score/tests/external_test.cc and through the built binary in examples/tests).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "analytic/flow.h"
#include "suite/common/io_util.h"
#include "suite/study/study_config.h"
#include "suite/study/sweep.h"
#include "suite/study/tests/fake_cell.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {

json with_solvers(const std::string& solvers_json, bool with_schemes = true) {
  json j = json::parse(R"({
    "name": "ext", "d": [2], "r": [1], "taus": [0.2, 0.1], "seeds": [0, 1], "T": 0.4,
    "particles": 64, "eval_samples": 0, "training": {"iters": 5}
  })");
  if (with_schemes) j["schemes"] = {"particle"};
  j["solvers"] = json::parse(solvers_json);
  return j;
}

const char* kTwoSolvers = R"([
  {"name": "jko_a", "command": ["prog", "--tau", "{tau}", "--out", "{run_dir}"], "scheme": "backward"},
  {"name": "flow_b", "command": ["prog", "{d}", "{seed}"], "timeout_s": 60}
])";

std::string fresh_dir(const std::string& name) {
  const std::string dir = "sweep_external_test_tmp/" + name;
  std::filesystem::remove_all(dir);
  make_directories(dir);
  return dir;
}

// A scored external cell of the documented shape: metrics from fake_metrics (so the numbers are
// known), or a failed cell when `fail` says so.
json fake_external_result(const SolverSpec& solver, const ExternalCell& cell, bool fail) {
  const int steps = nwgf::analytic::step_count(cell.t0, cell.T, cell.tau);
  json result;
  result["config"] = external_config_json(solver, cell);
  result["provenance"] = {{"git_commit", "test"}, {"compiler", "test"}, {"libtorch_version", "0"},
                          {"device", "external"}, {"threads", 0},       {"start_time", "2026-01-01T00:00:00Z"}};
  json records = json::array();
  if (!fail)
    for (int n = 1; n <= steps; ++n)
      records.push_back({{"n", n},
                         {"t", cell.t0 + n * cell.tau},
                         {"exact_scale", nwgf::analytic::flow_scale(cell.r, cell.t0 + n * cell.tau)},
                         {"scheme_scale", nullptr},
                         {"loss", nullptr},
                         {"wall_s", nullptr},
                         {"particles", testing::fake_metrics(cell.tau, cell.seed, 100)},
                         {"chain", nullptr}});
  result["steps"] = records;
  result["summary"] = {{"t", cell.T},
                       {"steps", steps},
                       {"status", fail ? "failed" : "ok"},
                       {"failure", fail ? json("exited with status 3") : json(nullptr)},
                       {"stderr_tail", fail ? "Traceback: boom" : ""},
                       {"wall_s", 0.01},
                       {"train_wall_s", nullptr},
                       {"eval_wall_s", nullptr},
                       {"iteration_median_us", nullptr},
                       {"step_median_s", nullptr},
                       {"particles", fail ? json(nullptr) : testing::fake_metrics(cell.tau, cell.seed, 100)},
                       {"chain", nullptr},
                       {"run_dir", cell.run_dir}};
  return result;
}

// Counts calls, records run folders and the peak number of calls in flight; fails the cells
// whose solver name is in `failing`.
struct FakeSolvers {
  std::mutex mutex;
  std::set<std::string> run_dirs, failing;
  int calls = 0;
  std::atomic<int> in_flight{0};
  int peak = 0;
  std::chrono::milliseconds hold{0};
  ExternalRunner runner() {
    return [this](const SolverSpec& solver, const ExternalCell& cell) {
      const int now = ++in_flight;
      {
        const std::lock_guard<std::mutex> lock(mutex);
        ++calls;
        peak = std::max(peak, now);
        run_dirs.insert(cell.run_dir);
      }
      std::this_thread::sleep_for(hold);
      --in_flight;
      return fake_external_result(solver, cell, failing.count(solver.name) > 0);
    };
  }
};

SweepOptions options_for(const std::string& out, FakeSolvers& solvers) {
  SweepOptions o;
  o.out = out;
  o.quiet = true;
  o.runner = testing::fake_run_cell;
  o.external_runner = solvers.runner();
  return o;
}

json comparable(json doc) {
  doc.erase("provenance");
  doc.erase("merged_from");
  return doc;
}

}  // namespace

TEST_CASE("solver cells follow the built-in cells, one per solver x d x r x tau x seed, in order") {
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers));
  REQUIRE(c.solvers.size() == 2);
  const auto cells = study_cells(c);
  REQUIRE(cells.size() == 4 + 2 * 4);
  for (int k = 0; k < 4; ++k) CHECK_FALSE(cells[k].external());
  CHECK(cells[4].id == "external/jko_a/d2/r1/tau0.2/seed0");
  CHECK(cells[5].id == "external/jko_a/d2/r1/tau0.2/seed1");
  CHECK(cells[6].id == "external/jko_a/d2/r1/tau0.1/seed0");
  CHECK(cells[8].id == "external/flow_b/d2/r1/tau0.2/seed0");
  CHECK(cells[11].id == "external/flow_b/d2/r1/tau0.1/seed1");
  CHECK(cells[8].solver == 1);
  const json config = study_cell_config_json(c, cells[6]);
  CHECK(config == json{{"scheme", "external"}, {"solver", "jko_a"}, {"solver_scheme", "backward"},
                       {"d", 2}, {"r", 1.0}, {"tau", 0.1}, {"T", 0.4}, {"t0", 0.0}, {"seed", 0}});
  // The command's placeholders take the cell's values.
  const auto argv = expand_command(c.solvers[0], external_cell(cells[6], "runs/x"));
  CHECK(argv == std::vector<std::string>{"prog", "--tau", "0.1", "--out", "runs/x"});
}

TEST_CASE("the normalised config keeps the solvers and round-trips; without solvers the key is absent") {
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers));
  const json j = study_config_to_json(c);
  REQUIRE(j.contains("solvers"));
  CHECK(j["solvers"][1] == json{{"name", "flow_b"}, {"command", {"prog", "{d}", "{seed}"}}, {"scheme", "other"},
                                {"timeout_s", 60.0}});
  CHECK(study_config_to_json(study_config_from_json(j)) == j);
  json plain = with_solvers("[]");
  plain.erase("solvers");
  CHECK_FALSE(study_config_to_json(study_config_from_json(plain)).contains("solvers"));
}

TEST_CASE("a study of solvers only needs no schemes") {
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers, /*with_schemes=*/false));
  CHECK(c.schemes.empty());
  CHECK(study_cells(c).size() == 8);
}

TEST_CASE("bad solver entries are refused, one line each naming the entry") {
  const auto problems = [](const std::string& solvers) {
    try {
      study_config_from_json(with_solvers(solvers));
    } catch (const StudyConfigError& e) {
      return e.problems;
    }
    return std::vector<std::string>{};
  };
  auto p = problems(R"([{"name": "backward", "command": ["x"]}])");
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("built-in scheme") != std::string::npos);
  p = problems(R"([{"name": "a", "command": ["x"]}, {"name": "a", "command": ["y"]}])");
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("listed twice") != std::string::npos);
  p = problems(R"([{"name": "a", "command": ["x", "{dim}"], "colour": 1}])");
  REQUIRE(p.size() == 2);
  CHECK(p[0].find("solvers[0].colour is unknown") != std::string::npos);
  CHECK(p[1].find("unknown placeholder {dim}") != std::string::npos);
  p = problems(R"([{"name": "a b", "command": [], "scheme": "jko", "timeout_s": -1}])");
  CHECK(p.size() == 4);
  p = problems("[]");
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("'solvers' is an empty list") != std::string::npos);
}

TEST_CASE("a sweep runs the solver cells in their own run folders and groups them by solver") {
  const std::string dir = fresh_dir("full");
  FakeSolvers solvers;
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers));
  const auto s = run_sweep(c, options_for(dir + "/study.json", solvers));
  CHECK(s.planned == 12);
  CHECK(s.ran == 12);
  CHECK(solvers.calls == 8);
  CHECK(solvers.run_dirs.count(dir + "/study.runs/external_jko_a_d2_r1_tau0.2_seed0") == 1);
  CHECK(solvers.run_dirs.size() == 8);
  const json doc = load_study_document(dir + "/study.json");
  CHECK(doc["complete"] == true);
  std::set<std::string> labels;
  for (const auto& g : doc["convergence"]) {
    labels.insert(g["label"].get<std::string>());
    if (g["label"] == "jko_a") {
      CHECK(g["scheme"] == "external");
      CHECK(g["solver_scheme"] == "backward");
      // Compared with the JKO iterates, which are exact in time at r = 1 (docs/math.md 3.3).
      for (const auto& v : g["scale"]["rel_error"]) CHECK(v.get<double>() == 0.0);
      const json& mmd = g["metrics"][0];
      REQUIRE(mmd["metric"] == "mmd");
      // The mean over the two seeds of fake_metrics' 0.1 sqrt(tau) (1 + 0.1 seed).
      CHECK(mmd["mean"][0].get<double>() == doctest::Approx(0.1 * std::sqrt(0.2) * 1.05).epsilon(1e-12));
    }
  }
  CHECK(labels == std::set<std::string>{"particle", "jko_a", "flow_b"});
}

TEST_CASE("resume skips finished solver cells, keeps failed ones unless --retry-failed") {
  const std::string dir = fresh_dir("resume");
  const std::string out = dir + "/study.json";
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers));
  FakeSolvers first;
  first.failing = {"flow_b"};
  const auto s1 = run_sweep(c, options_for(out, first));
  CHECK(s1.failed == 4);
  const json failed_doc = load_study_document(out);
  CHECK(failed_doc["cells"][8]["summary"]["failure"] == "exited with status 3");
  CHECK(failed_doc["cells"][8]["summary"]["stderr_tail"] == "Traceback: boom");

  FakeSolvers again;
  auto o = options_for(out, again);
  o.resume = true;
  const auto s2 = run_sweep(c, o);
  CHECK(again.calls == 0);
  CHECK(s2.failed == 4);

  FakeSolvers retry;  // the solver is fixed now
  o = options_for(out, retry);
  o.resume = true;
  o.retry_failed = true;
  const auto s3 = run_sweep(c, o);
  CHECK(retry.calls == 4);
  CHECK(s3.failed == 0);
  CHECK(s3.resumed == 8);
  FakeSolvers clean;
  run_sweep(c, options_for(dir + "/clean.json", clean));
  json a = comparable(load_study_document(out)), b = comparable(load_study_document(dir + "/clean.json"));
  for (json* doc : {&a, &b})
    for (auto& cell : (*doc)["cells"]) cell["summary"].erase("run_dir");  // the folders differ by name
  CHECK(a == b);
}

TEST_CASE("--ensemble K runs up to K solver processes at once, with the same result") {
  const std::string dir = fresh_dir("ensemble");
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers, /*with_schemes=*/false));
  FakeSolvers one, three;
  one.hold = three.hold = std::chrono::milliseconds(30);
  run_sweep(c, options_for(dir + "/one.json", one));
  auto o = options_for(dir + "/three.json", three);
  o.ensemble = 3;
  o.runs_dir = dir + "/one.runs";  // the same folders, so the documents compare equal
  run_sweep(c, o);
  CHECK(one.peak == 1);
  CHECK(three.peak <= 3);
  CHECK(three.peak >= 2);  // 8 cells of 30 ms on 3 threads: at least two overlap
  CHECK(comparable(load_study_document(dir + "/one.json")) == comparable(load_study_document(dir + "/three.json")));
}

TEST_CASE("shards with solver cells merge to the unsharded study") {
  const std::string dir = fresh_dir("shards");
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers));
  FakeSolvers whole;
  auto o = options_for(dir + "/whole.json", whole);
  o.runs_dir = dir + "/runs";
  run_sweep(c, o);
  std::vector<std::string> parts;
  for (int i = 1; i <= 3; ++i) {
    FakeSolvers part;
    auto po = options_for(dir + "/part" + std::to_string(i) + ".json", part);
    po.shard = Shard{i, 3};
    po.runs_dir = dir + "/runs";
    run_sweep(c, po);
    parts.push_back(po.out);
  }
  CHECK(comparable(merge_study_shards(parts)) == comparable(load_study_document(dir + "/whole.json")));
}

TEST_CASE("a study with solver cells needs an external runner") {
  const std::string dir = fresh_dir("norunner");
  SweepOptions o;
  o.out = dir + "/study.json";
  o.quiet = true;
  o.runner = testing::fake_run_cell;
  CHECK_THROWS_AS(run_sweep(study_config_from_json(with_solvers(kTwoSolvers)), o), UsageError);
}

TEST_CASE("a results file whose external cell claims another solver is refused as foreign") {
  const std::string dir = fresh_dir("foreign");
  const StudyConfig c = study_config_from_json(with_solvers(kTwoSolvers));
  FakeSolvers solvers;
  run_sweep(c, options_for(dir + "/study.json", solvers));
  json doc = load_study_document(dir + "/study.json");
  doc["cells"][5]["config"]["solver"] = "flow_b";
  write_file_atomic(dir + "/bad.json", doc.dump());
  try {
    load_study_document(dir + "/bad.json");
    FAIL("accepted a foreign cell");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()).find("cell 5 (external/jko_a/d2/r1/tau0.2/seed1) was run with a different "
                                     "configuration") != std::string::npos);
  }
}
