// Real cells (suite::run_cell, particle flow with few particles: fast and deterministic): shards +
// merge equal the unsharded study, a mixed study of small neural and particle cells run with
// --ensemble 3 equals the one-by-one run number for number, and the nwgf binary resumes a cut-short (and a SIGKILLed) sweep to the same
// numbers; corrupt files given to resume, merge or report are refused with exit status 2.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "suite/common/io_util.h"
#include "suite/study/study_config.h"
#include "suite/study/sweep.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {

const char* kConfig = R"({
  "name": "particles", "schemes": ["particle"], "d": [2], "r": [1, 1.5], "taus": [0.1, 0.05],
  "seeds": [0, 1], "T": 0.2, "particles": 48, "eval_samples": 0, "threads": 1
})";

std::string fresh_dir(const std::string& name) {
  const std::string dir = "sweep_particle_test_tmp/" + name;
  std::filesystem::remove_all(dir);
  make_directories(dir);
  return dir;
}

// The numbers of a results document: everything except timings and provenance, which differ
// between runs by nature.
json numbers_only(json doc) {
  doc.erase("provenance");
  doc.erase("merged_from");
  doc.erase("timings");
  for (auto& cell : doc["cells"]) {
    cell.erase("provenance");
    for (const char* key :
         {"wall_s", "train_wall_s", "eval_wall_s", "iteration_median_us", "step_median_s", "ensemble"})
      cell["summary"].erase(key);
    for (auto& step : cell["steps"]) step.erase("wall_s");
  }
  return doc;
}

int run_status(const std::string& cmd) {
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("shards of real particle-flow cells merge into exactly the unsharded study") {
  const std::string dir = fresh_dir("shards");
  const StudyConfig config = study_config_from_json(json::parse(kConfig));
  SweepOptions whole;
  whole.out = dir + "/all.json";
  whole.quiet = true;
  run_sweep(config, whole);
  std::vector<std::string> files;
  for (int i = 1; i <= 3; ++i) {
    SweepOptions part = whole;
    part.out = dir + "/part" + std::to_string(i) + ".json";
    part.shard = Shard{i, 3};
    run_sweep(config, part);
    files.push_back(part.out);
  }
  const json all = load_study_document(whole.out);
  REQUIRE(all["cells"].size() == 8);
  for (const auto& cell : all["cells"]) CHECK(cell["summary"]["status"] == "ok");
  const json merged = merge_study_shards(files);
  CHECK(numbers_only(merged) == numbers_only(all));
  // The particle flow moves the particles: the MMD at T is a real number above zero.
  CHECK(all["cells"][0]["summary"]["particles"]["mmd"].get<double>() > 0);
}

TEST_CASE("a sweep with cells in flight together (--ensemble) gives the numbers of the one-by-one sweep") {
  // Every scheme, two step sizes (cells of different lengths share the pool), two seeds.
  const StudyConfig config = study_config_from_json(json::parse(R"({
    "name": "ensemble", "schemes": ["backward", "forward", "particle"], "d": [2], "r": [1],
    "taus": [0.1, 0.05], "seeds": [0, 1], "T": 0.2, "particles": 64, "eval_samples": 100,
    "training": { "iters": 30, "batch": 20, "step_batch": 64 },
    "network": { "width": 8 }, "threads": 2
  })"));
  const std::string dir = fresh_dir("ensemble");
  SweepOptions one;
  one.quiet = true;
  one.out = dir + "/one.json";
  run_sweep(config, one);
  SweepOptions pooled = one;
  pooled.out = dir + "/pooled.json";
  pooled.ensemble = 3;
  const SweepSummary s = run_sweep(config, pooled);
  CHECK(s.ran == 12);
  CHECK(s.failed == 0);
  const json a = load_study_document(one.out), b = load_study_document(pooled.out);
  CHECK(b["cells"][0]["summary"]["ensemble"] == 3);
  CHECK(a["cells"][0]["summary"]["ensemble"] == 1);
  CHECK(numbers_only(a) == numbers_only(b));
  // The seeds differ (the comparison would be vacuous if every cell were the same run).
  CHECK(a["cells"][0]["summary"]["particles"]["mmd"] != a["cells"][1]["summary"]["particles"]["mmd"]);

  if (const char* bin = std::getenv("NWGF_BIN")) {
    write_file_atomic(dir + "/config.json", kConfig);
    for (const char* bad : {"-1", "257", "x"}) {  // 0 is the default: one per core
      INFO("--ensemble " << bad);
      CHECK(run_status(std::string(bin) + " sweep --config " + dir + "/config.json --out " + dir +
                       "/bad.json --ensemble " + bad + " 2> " + dir + "/bad.txt") == 2);
      CHECK(read_file(dir + "/bad.txt").find("--ensemble") != std::string::npos);
      CHECK_FALSE(std::filesystem::exists(dir + "/bad.json"));
    }
  }
}

TEST_CASE("nwgf sweep --resume completes a cut-short sweep to the same numbers") {
  const char* bin = std::getenv("NWGF_BIN");
  if (!bin) {
    MESSAGE("NWGF_BIN not set (run through ctest); skipping the command-line checks");
    return;
  }
  const std::string dir = fresh_dir("resume");
  write_file_atomic(dir + "/config.json", kConfig);
  const std::string sweep = std::string(bin) + " sweep --quiet --config " + dir + "/config.json";
  REQUIRE(run_status(sweep + " --out " + dir + "/reference.json > /dev/null") == 0);
  const json reference = load_study_document(dir + "/reference.json");

  // What a sweep killed after its third cell leaves behind: the partial file with three cells.
  const StudyConfig config = study_config_from_json(json::parse(kConfig));
  json first_three = json::array();
  for (int k = 0; k < 3; ++k) first_three.push_back(reference["cells"][k]);
  const std::string out = dir + "/study.json";
  write_file_atomic(partial_path(out), make_study_document(config, Shard{}, first_three, reference["provenance"]).dump());

  CHECK(run_status(sweep + " --out " + out + " > /dev/null 2> " + dir + "/refused.txt") == 2);  // no --resume
  CHECK(read_file(dir + "/refused.txt").find("pass --resume") != std::string::npos);
  REQUIRE(run_status(sweep + " --resume --out " + out + " > " + dir + "/resumed.txt") == 0);
  CHECK(read_file(dir + "/resumed.txt").find("5 run now, 3 resumed") != std::string::npos);
  CHECK(numbers_only(load_study_document(out)) == numbers_only(reference));
  CHECK_FALSE(std::filesystem::exists(partial_path(out)));

  // Corrupt input to resume, merge and report: exit 2 with the reason, nothing overwritten.
  write_file_atomic(partial_path(out), "{\"schema\": \"nwgf-study/1\", \"cells\": [");
  CHECK(run_status(sweep + " --resume --out " + out + " 2> " + dir + "/corrupt.txt") == 2);
  CHECK(read_file(dir + "/corrupt.txt").find("not valid JSON") != std::string::npos);
  CHECK(read_file(partial_path(out)) == "{\"schema\": \"nwgf-study/1\", \"cells\": [");
  CHECK(run_status(std::string(bin) + " sweep merge " + partial_path(out) + " --out " + dir +
                   "/merged.json 2> /dev/null") == 2);
  CHECK_FALSE(std::filesystem::exists(dir + "/merged.json"));
  CHECK(run_status(std::string(bin) + " report " + partial_path(out) + " --out " + dir + "/report 2> /dev/null") == 2);
  CHECK_FALSE(std::filesystem::exists(dir + "/report/report.md"));

  // A real kill: SIGKILL the sweep once its partial file holds a finished cell, then resume.
  const char* slow_config = R"({
    "name": "killed", "schemes": ["particle"], "d": [3], "r": [1.5], "taus": [0.02, 0.01],
    "seeds": [0, 1, 2], "T": 0.2, "particles": 1500, "eval_samples": 0, "threads": 1
  })";
  write_file_atomic(dir + "/slow.json", slow_config);
  const std::string slow = std::string(bin) + " sweep --quiet --config " + dir + "/slow.json";
  const std::string killed_out = dir + "/killed.json";
  REQUIRE(run_status(slow + " --out " + dir + "/slow_reference.json > /dev/null") == 0);
  REQUIRE(run_status("(" + slow + " --out " + killed_out + " > /dev/null 2>&1 & echo $! > " + dir + "/pid)") == 0);
  const std::string pid = read_file(dir + "/pid");
  bool killed = false;
  for (int i = 0; i < 2000 && !killed; ++i) {  // up to 20 s
    if (std::filesystem::exists(killed_out)) break;  // finished before we could kill it
    if (std::filesystem::exists(partial_path(killed_out))) {
      killed = run_status("kill -9 " + pid + " 2> /dev/null") == 0;
      break;
    }
    run_status("sleep 0.01");
  }
  if (killed) {
    run_status("sleep 0.2");  // let the process go
    const json partial = load_study_document(partial_path(killed_out));  // never torn: atomic rewrites
    const std::size_t kept = partial["cells"].size();
    CHECK(kept >= 1);
    CHECK(kept < 6);
    REQUIRE(run_status(slow + " --resume --out " + killed_out + " > " + dir + "/killed_resumed.txt") == 0);
    CHECK(read_file(dir + "/killed_resumed.txt").find(std::to_string(kept) + " resumed") != std::string::npos);
    CHECK(numbers_only(load_study_document(killed_out)) == numbers_only(load_study_document(dir + "/slow_reference.json")));
  } else {
    MESSAGE("the sweep finished before it could be killed; the kill check did not run");
  }

  // nwgf validate: the built-in presets parse and plan; an unknown preset is refused.
  REQUIRE(run_status(std::string(bin) + " validate --plan > " + dir + "/plan.txt") == 0);
  {
    // Expected cell count from the preset file itself: the product of its list lengths.
    const char* source = std::getenv("NWGF_SOURCE_DIR");
    REQUIRE(source != nullptr);
    const auto preset = nlohmann::json::parse(read_file(std::string(source) + "/suite/study/presets/default.json"));
    std::size_t cells = preset["schemes"].size() * preset["d"].size() * preset["r"].size() *
                        preset["taus"].size() * preset["seeds"].size();
    // The sections of the families toward a target (suite/study/target_section.h): schemes x taus
    // x seeds each, the study's by default.
    for (const char* family : {"line", "radial"})
      if (preset.contains(family))
        for (const auto& section : preset[family])
          cells += section.value("schemes", preset["schemes"]).size() * section["taus"].size() *
                   section.value("seeds", preset["seeds"]).size();
    CHECK(read_file(dir + "/plan.txt").find(std::to_string(cells) + " cells") != std::string::npos);
  }
  CHECK(run_status(std::string(bin) + " validate --preset paper --plan > /dev/null") == 0);
  CHECK(run_status(std::string(bin) + " validate --preset nonesuch 2> /dev/null") == 2);
}
