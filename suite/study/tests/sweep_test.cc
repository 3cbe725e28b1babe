// Sweeps: finished cells kept on disk, resume after a kill, refusal of corrupt or foreign files,
// shards + merge equal to the unsharded study (suite/study/sweep.h). The deterministic stand-in runner
// (fake_cell.h) makes the bookkeeping exact; the real particle-flow cells are exercised in
// sweep_particle_test.cc.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "suite/common/io_util.h"
#include "suite/study/study_config.h"
#include "suite/study/sweep.h"
#include "suite/study/tests/fake_cell.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {

StudyConfig tiny_study() {
  return study_config_from_json(json::parse(R"({
    "name": "tiny", "schemes": ["backward", "particle"], "d": [2], "r": [1, 1.5],
    "taus": [0.2, 0.1, 0.05], "seeds": [0, 1], "T": 0.4, "particles": 64, "eval_samples": 0,
    "training": {"iters": 5}
  })"));
}

std::string fresh_dir(const std::string& name) {
  const std::string dir = "sweep_test_tmp/" + name;
  std::filesystem::remove_all(dir);
  make_directories(dir);
  return dir;
}

// A kill of the process, simulated: thrown past run_sweep, which records a cell's std::exception
// as a failed cell but, like a real kill, cannot go on after this.
struct Killed {};

// A runner that counts its calls and can be told to "die" (be killed) at the k-th call, or to
// fail (throw a std::exception, as a cell can at run time) at the k-th call.
struct CountingRunner {
  int calls = 0;
  int die_at = -1;
  int fail_at = -1;
  CellRunner runner() {
    return [this](const CellConfig& c, const RunOptions& o) {
      if (calls == die_at) throw Killed{};
      if (calls == fail_at) {
        ++calls;
        throw std::runtime_error("tanh_sinh: evaluated at a singular point");
      }
      ++calls;
      return testing::fake_run_cell(c, o);
    };
  }
};

// The document without what legitimately differs between runs: provenance and merge sources.
json comparable(json doc) {
  doc.erase("provenance");
  doc.erase("merged_from");
  return doc;
}

SweepOptions options_for(const std::string& out, CellRunner runner) {
  SweepOptions o;
  o.out = out;
  o.quiet = true;
  o.runner = std::move(runner);
  return o;
}

}  // namespace

TEST_CASE("a sweep runs every cell once and writes a complete study with its convergence analysis") {
  const std::string dir = fresh_dir("full");
  CountingRunner counter;
  const auto s = run_sweep(tiny_study(), options_for(dir + "/all.json", counter.runner()));
  CHECK(s.planned == 24);
  CHECK(s.ran == 24);
  CHECK(counter.calls == 24);
  const json doc = load_study_document(dir + "/all.json");
  CHECK(doc["complete"] == true);
  CHECK(doc["kind"] == "study");
  CHECK(doc["cells"].size() == 24);
  CHECK(doc["convergence"].size() == 4);  // (backward, particle) x (r = 1, 1.5), source particles
  CHECK_FALSE(std::filesystem::exists(partial_path(dir + "/all.json")));
}

TEST_CASE("only the plotted cell of each group (smallest tau, first seed) keeps its final points") {
  const std::string dir = fresh_dir("thin");
  CountingRunner counter;
  run_sweep(tiny_study(), options_for(dir + "/all.json", counter.runner()));
  const json doc = load_study_document(dir + "/all.json");
  int kept = 0;
  for (const auto& cell : doc["cells"]) {
    const bool plotted = cell["config"]["tau"] == 0.05 && cell["config"]["seed"] == 0;
    CHECK(cell["summary"].contains("final_points") == plotted);
    if (plotted) CHECK(cell["summary"]["final_points"].size() == 64);  // fake_run_cell's, below the cap
    kept += plotted;
  }
  CHECK(kept == 4);  // (backward, particle) x (r = 1, 1.5)
}

TEST_CASE("a killed sweep keeps its finished cells and --resume runs only the rest") {
  const std::string dir = fresh_dir("resume");
  const std::string out = dir + "/study.json";
  CountingRunner reference;
  run_sweep(tiny_study(), options_for(dir + "/reference.json", reference.runner()));

  CountingRunner killed;
  killed.die_at = 7;  // the 8th cell "crashes" the process
  CHECK_THROWS_AS(run_sweep(tiny_study(), options_for(out, killed.runner())), Killed);
  REQUIRE(std::filesystem::exists(partial_path(out)));
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK(load_study_document(partial_path(out))["cells"].size() == 7);

  // Without --resume the interrupted sweep is not overwritten.
  CountingRunner again;
  CHECK_THROWS_AS(run_sweep(tiny_study(), options_for(out, again.runner())), UsageError);
  CHECK(again.calls == 0);

  CountingRunner resumed;
  auto o = options_for(out, resumed.runner());
  o.resume = true;
  const auto s = run_sweep(tiny_study(), o);
  CHECK(s.resumed == 7);
  CHECK(s.ran == 17);
  CHECK(resumed.calls == 17);
  CHECK(comparable(load_study_document(out)) == comparable(load_study_document(dir + "/reference.json")));
}

// A cell that failed at run time (here its runner throws, as a Boost quadrature did at
// r = 1.95) killed the whole sweep; it is now a failed cell with its reason, and the rest run.
TEST_CASE("a cell that throws at run time is recorded as failed with its reason; the sweep goes on") {
  const std::string dir = fresh_dir("failed_cell");
  const std::string out = dir + "/study.json";
  CountingRunner runner;
  runner.fail_at = 3;
  const SweepSummary s = run_sweep(tiny_study(), options_for(out, runner.runner()));
  CHECK(s.ran == 24);
  CHECK(s.failed == 1);
  const json doc = load_study_document(out);
  REQUIRE(doc["cells"].size() == 24);
  CHECK(doc["complete"] == true);
  const json& failed = doc["cells"][3];
  CHECK(failed["summary"]["status"] == "failed");
  CHECK(failed["summary"]["failure"].get<std::string>().find("tanh_sinh: evaluated at a singular point") !=
        std::string::npos);
  CHECK(failed["steps"].empty());
  CHECK(failed["summary"]["particles"].is_null());
  CHECK(doc["cells"][4]["summary"]["status"] == "ok");
  std::filesystem::remove_all(dir);
}

TEST_CASE("resume after deleting the later cells of a finished study reruns exactly those") {
  const std::string dir = fresh_dir("truncate");
  const std::string out = dir + "/study.json";
  CountingRunner first;
  run_sweep(tiny_study(), options_for(out, first.runner()));
  const json full = load_study_document(out);
  json cells = full["cells"];
  cells.erase(cells.begin() + 10, cells.end());
  write_file_atomic(out, make_study_document(tiny_study(), Shard{}, cells, full["provenance"]).dump());
  CountingRunner resumed;
  auto o = options_for(out, resumed.runner());
  o.resume = true;
  run_sweep(tiny_study(), o);
  CHECK(resumed.calls == 14);
  CHECK(comparable(load_study_document(out)) == comparable(full));
}

TEST_CASE("--resume refuses a corrupt or foreign file with the reason and overwrites nothing") {
  const std::string dir = fresh_dir("refuse");
  const std::string out = dir + "/study.json";
  const std::string partial = partial_path(out);
  CountingRunner runner;
  auto o = options_for(out, runner.runner());
  o.resume = true;

  SUBCASE("truncated JSON") {
    write_file_atomic(partial, R"({"schema": "nwgf-study/1", "cells": [)");
    CHECK_THROWS_WITH_AS(run_sweep(tiny_study(), o), doctest::Contains("not valid JSON"), UsageError);
    CHECK(read_file(partial) == R"({"schema": "nwgf-study/1", "cells": [)");
  }
  SUBCASE("another program's file") {
    write_file_atomic(partial, R"({"schema": "something-else/3"})");
    CHECK_THROWS_WITH_AS(run_sweep(tiny_study(), o), doctest::Contains("foreign results file"), UsageError);
  }
  SUBCASE("a results file of another study") {
    StudyConfig other = tiny_study();
    other.taus = {0.2, 0.1};
    CountingRunner r2;
    run_sweep(other, options_for(out, r2.runner()));
    const std::string before = read_file(out);
    CHECK_THROWS_WITH_AS(run_sweep(tiny_study(), o), doctest::Contains("different study config"), UsageError);
    CHECK(read_file(out) == before);
  }
  SUBCASE("a cell that is not the study's") {
    CountingRunner r2;
    run_sweep(tiny_study(), options_for(out, r2.runner()));
    json doc = json::parse(read_file(out));
    doc["cells"][3]["config"]["particles"] = 65;
    write_file_atomic(out, doc.dump());
    CHECK_THROWS_WITH_AS(run_sweep(tiny_study(), o), doctest::Contains("different configuration"), UsageError);
  }
  CHECK(runner.calls == 0);
}

TEST_CASE("shards partition the cells and their merge equals the unsharded study") {
  const std::string dir = fresh_dir("shards");
  CountingRunner whole;
  run_sweep(tiny_study(), options_for(dir + "/all.json", whole.runner()));
  std::vector<std::string> files;
  int total_calls = 0;
  for (int i = 1; i <= 3; ++i) {
    CountingRunner part;
    auto o = options_for(dir + "/shard" + std::to_string(i) + ".json", part.runner());
    o.shard = Shard{i, 3};
    run_sweep(tiny_study(), o);
    total_calls += part.calls;
    files.push_back(o.out);
    const json doc = load_study_document(o.out);
    CHECK(doc["kind"] == "shard");
    CHECK(doc["convergence"].empty());
    for (const auto& cell : doc["cells"]) CHECK(cell["index"].get<int>() % 3 == i - 1);
  }
  CHECK(total_calls == 24);
  const json merged = merge_study_shards({files[2], files[0], files[1]});
  CHECK(merged["merged_from"].size() == 3);
  CHECK(comparable(merged) == comparable(load_study_document(dir + "/all.json")));

  CHECK_THROWS_WITH_AS(merge_study_shards({files[0], files[1]}), doctest::Contains("missing shard(s) 3/3"),
                       UsageError);
  CHECK_THROWS_WITH_AS(merge_study_shards({files[0], files[0], files[1], files[2]}),
                       doctest::Contains("also given as"), UsageError);
  CHECK_THROWS_WITH_AS(merge_study_shards({files[0], dir + "/all.json"}), doctest::Contains("does not fit"),
                       UsageError);
}

TEST_CASE("--shard is parsed as i/n with 1 <= i <= n") {
  CHECK(parse_shard("2/5").index == 2);
  CHECK(parse_shard("2/5").count == 5);
  CHECK_THROWS_AS(parse_shard("0/5"), UsageError);
  CHECK_THROWS_AS(parse_shard("6/5"), UsageError);
  CHECK_THROWS_AS(parse_shard("2"), UsageError);
  CHECK_THROWS_AS(parse_shard("a/b"), UsageError);
  CHECK_THROWS_AS(parse_shard("1/2x"), UsageError);
}

TEST_CASE("a results file's shard and cell indices must be whole numbers in range (found by fuzz/results_fuzz)") {
  const std::string dir = fresh_dir("indices");
  const std::string out = dir + "/study.json";
  CountingRunner runner;
  run_sweep(tiny_study(), options_for(out, runner.runner()));
  const json good = json::parse(read_file(out));
  const auto refused_with = [&](const json& doc, const std::string& says) {
    write_file_atomic(dir + "/bad.json", doc.dump());
    CHECK_THROWS_WITH_AS(load_study_document(dir + "/bad.json"), doctest::Contains(says.c_str()), UsageError);
  };
  json doc = good;
  doc["shard"]["index"] = 1e300;  // get<int>() of it was undefined behaviour (UBSan)
  refused_with(doc, "'shard' is not {index, count}");
  doc = good;
  doc["shard"]["count"] = 1.5;
  refused_with(doc, "'shard' is not {index, count}");
  doc = good;
  doc["cells"][0]["index"] = std::int64_t{1} << 40;  // wrapped to 0 through int and passed as cell 0
  refused_with(doc, "foreign cell: index 1099511627776 is outside the study's 24 cells");
  CHECK_NOTHROW(load_study_document(out));
}
