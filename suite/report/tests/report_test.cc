// A produced results file validates against the JSON Schema with a real validator
// (tools/validate_results.sh, python3-jsonschema), a damaged one does not; nwgf report renders it
// into report.md with SVG and PNG plots, and refuses shards and incomplete studies.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "suite/common/io_util.h"
#include "suite/report/report.h"
#include "suite/study/study_config.h"
#include "suite/study/sweep.h"
#include "suite/study/tests/fake_cell.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {

std::string source_dir() {
  const char* env = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE_MESSAGE(env != nullptr, "NWGF_SOURCE_DIR must name the source tree (set by CTest)");
  return env;
}

// Exit status of tools/validate_results.sh on one file.
int validate_with_schema(const std::string& path) {
  const std::string cmd = source_dir() + "/tools/validate_results.sh '" + path + "' > '" + path + ".log' 2>&1";
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool have_program(const std::string& probe) { return std::system((probe + " > /dev/null 2>&1").c_str()) == 0; }

const std::string kDir = "report_test_tmp";

json tiny_study_document(const std::string& name, Shard shard = {}) {
  const StudyConfig config = study_config_from_json(json::parse(R"({
    "name": "tiny", "schemes": ["backward", "forward", "particle"], "d": [2, 3], "r": [1, 1.5],
    "taus": [0.2, 0.1], "seeds": [0, 1], "T": 0.4, "forward_t0": 0.2, "particles": 64,
    "eval_samples": 0, "training": {"iters": 5}
  })"));
  SweepOptions o;
  o.out = kDir + "/" + name;
  o.quiet = true;
  o.shard = shard;
  o.runner = testing::fake_run_cell;
  std::filesystem::remove(partial_path(o.out));
  run_sweep(config, o);
  return load_study_document(o.out);
}

}  // namespace

TEST_CASE("a produced study file validates against results/schema; a damaged one does not") {
  if (!have_program("/usr/bin/python3 -c 'import jsonschema'")) {
    MESSAGE("python3-jsonschema is not installed (tools/install-deps.sh installs it); skipping");
    return;
  }
  make_directories(kDir);
  const json doc = tiny_study_document("valid.json");
  CHECK(validate_with_schema(kDir + "/valid.json") == 0);

  json damaged = doc;
  damaged["convergence"][0]["metrics"][0]["fit"] = "steep";
  write_file_atomic(kDir + "/damaged.json", damaged.dump());
  CHECK(validate_with_schema(kDir + "/damaged.json") == 1);

  json foreign = doc;
  foreign["cells"][0]["summary"]["status"] = "maybe";
  write_file_atomic(kDir + "/foreign.json", foreign.dump());
  CHECK(validate_with_schema(kDir + "/foreign.json") == 1);
}

TEST_CASE("nwgf report renders the Markdown and every plot as SVG and PNG") {
  make_directories(kDir);
  const json doc = tiny_study_document("render.json");
  ReportOptions o;
  o.out_dir = kDir + "/render_report";
  o.results_path = kDir + "/render.json";
  std::filesystem::remove_all(o.out_dir);
  o.render = have_program("gnuplot --version");
  if (!o.render) MESSAGE("gnuplot is not installed (gnuplot-nox); checking the Markdown and script only");
  const ReportSummary s = write_report(doc, o);
  const std::string md = read_file(s.markdown);
  CHECK(md.find("## Fitted orders") != std::string::npos);
  CHECK(md.find("## Timings") != std::string::npos);
  // Per (d, r): MMD and radial-W2 convergence plots and an error-vs-time plot; per
  // (scheme, d, r): a scatter plot and a radial histogram (the fake cells carry final points).
  CHECK(s.plots.size() == 4 * 3 + 3 * 4 * 2);
  for (const auto& name : s.plots) {
    CHECK_MESSAGE(md.find(name + ".svg") != std::string::npos, name);
    if (!o.render) continue;
    for (const char* ext : {".svg", ".png"}) {
      const std::string file = o.out_dir + "/" + name + ext;
      CHECK_MESSAGE(std::filesystem::exists(file), file);
      if (std::filesystem::exists(file)) CHECK(std::filesystem::file_size(file) > 1000);
    }
  }
}

TEST_CASE("a report folder whose name has a space, quotes and a semicolon is rendered in place") {
  // Before gnuplot ran without a shell, `cd '<folder>' && gnuplot plots.gp` ran `touch X` for
  // this folder name. Every file must land inside the folder, none beside it or here.
  make_directories(kDir);
  const json doc = tiny_study_document("odd.json");
  const std::filesystem::path parent = kDir + "/odd_parent";
  std::filesystem::remove_all(parent);
  std::filesystem::create_directories(parent);
  const auto entries = [](const std::filesystem::path& dir) {
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) names.insert(e.path().filename().string());
    return names;
  };
  const std::set<std::string> here_before = entries(".");
  const std::string folder = "a b';touch X;'c \"d;touch Y\"";
  ReportOptions o;
  o.out_dir = (parent / folder).string();
  o.results_path = kDir + "/odd.json";
  o.render = have_program("gnuplot --version");
  if (!o.render) MESSAGE("gnuplot is not installed (gnuplot-nox); checking the Markdown and script only");
  const ReportSummary s = write_report(doc, o);
  CHECK(entries(parent) == std::set<std::string>{folder});
  CHECK(entries(".") == here_before);
  CHECK_FALSE(std::filesystem::exists("X"));
  CHECK(std::filesystem::exists(o.out_dir + "/report.md"));
  CHECK(std::filesystem::exists(o.out_dir + "/plots.gp"));
  if (o.render)
    for (const auto& name : s.plots)
      for (const char* ext : {".svg", ".png"}) CHECK_MESSAGE(std::filesystem::exists(o.out_dir + "/" + name + ext), name);
  // Nothing but the report's own files in the folder: report.md, plots.gp, data/ and the plots.
  std::set<std::string> expected{"report.md", "plots.gp", "data"};
  if (o.render)
    for (const auto& name : s.plots) expected.insert({name + ".svg", name + ".png"});
  CHECK(entries(o.out_dir) == expected);
}

TEST_CASE("nwgf report refuses a shard and an incomplete study with the reason") {
  make_directories(kDir);
  ReportOptions o;
  o.out_dir = kDir + "/refused_report";
  o.results_path = "shard.json";
  const json shard = tiny_study_document("shard.json", Shard{1, 2});
  CHECK_THROWS_WITH_AS(write_report(shard, o), doctest::Contains("merge the shards first"), UsageError);
  json partial = tiny_study_document("partial.json");
  partial["complete"] = false;
  CHECK_THROWS_WITH_AS(write_report(partial, o), doctest::Contains("incomplete"), UsageError);
  CHECK_FALSE(std::filesystem::exists(o.out_dir + "/report.md"));
}
