// One vocabulary on the command line (the built binary, NWGF_BIN): the one spec grammar
// (analytic/measure_spec.h, docs/specs.md) read alike by every command -- the same text, the same
// numbers; a form a family lacks refused in one line naming the value and the allowed forms, exit
// 2, nothing written --; the study config documented in `nwgf sweep --help` with an example that
// plans; --config marked required (and not asked of `sweep merge`); --ensemble with one default
// rule in sweep and validate.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"

namespace fs = std::filesystem;
using nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::run_nwgf;
using nwgf::testing::run_nwgf_batch;
using nwgf::testing::scratch_dir;

namespace {

// The JSON an analytic run prints without the spec texts it echoes and its times in seconds
// (keys ending in "_s": the only values that differ between two runs of the same problem).
nlohmann::json without_times(const std::string& out) {
  nlohmann::json j = nlohmann::json::parse(out);
  const auto strip = [](nlohmann::json& v, auto& self) -> void {
    if (v.is_object()) {
      for (auto it = v.begin(); it != v.end();)
        if (it.key() == "start" || it.key() == "target" ||
            (it.key().size() > 2 && it.key().compare(it.key().size() - 2, 2, "_s") == 0))
          it = v.erase(it);
        else
          self(*it++, self);
    } else if (v.is_array()) {
      for (auto& e : v) self(e, self);
    }
  };
  strip(j, strip);
  return j;
}

}  // namespace

TEST_CASE("the same spec text, or its documented alias, gives the same numbers in nwgf analytic") {
  const fs::path s = scratch_dir("nwgf_cli_vocabulary_same");
  const std::vector<CliRun> runs = run_nwgf_batch(
      {"analytic --family line --start dirac --target gaussian:0.5 --t 0.3 --levels 0.1,0.5,0.9 --json",
       "analytic --family line --start dirac:0 --target gaussian:0,0.5 --t 0.3 --levels 0.1,0.5,0.9 --json",
       "analytic --family radial --d 3 --start gaussian:0.3 --target 'mix:sphere:1@1|ball:0.5@1' --t 0.3 "
       "--reference-levels 16 --levels 0.25,0.75 --json",
       "analytic --family radial --d 3 --start gaussian:0.3 --target 'sphere:1@1;ball:0.5@1' --t 0.3 "
       "--reference-levels 16 --levels 0.25,0.75 --json"},
      s);
  for (const auto& r : runs) {
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
  }
  CHECK(without_times(runs[0].out)["flow"]["quantiles"].size() == 3);
  CHECK(without_times(runs[2].out)["flow"]["quantiles"].size() == 2);
  CHECK(without_times(runs[0].out) == without_times(runs[1].out));
  CHECK(without_times(runs[2].out) == without_times(runs[3].out));
  fs::remove_all(s);
}

TEST_CASE("a form a family lacks is refused in one line naming it and the allowed forms, exit 2, nothing written") {
  const fs::path s = scratch_dir("nwgf_cli_vocabulary_refused");
  const std::string out = (s / "flow").string();
  struct Case {
    std::string args, mentions;
  };
  const std::vector<Case> cases = {
      {"analytic --family line --target sphere:1", "'sphere:1' is not a target of the line family; allowed: dirac"},
      {"analytic --family radial --d 3 --start uniform:0,1", "'uniform:0,1' is not a radial start; allowed: sphere:R"},
      {"analytic --family radial --d 3 --start gaussian:0.3 --target gaussian:1,0.3", "radial law is centred"},
      {"flow --target 'mix:dirac:0@1|dirac:1@1' --no-plots --quiet --out " + out,
       "'mix:dirac:0@1|dirac:1@1' is not a target of nwgf flow; allowed: image:PATH"},
      {"flow --start cdf:table.txt --target 'diracs:0,0' --no-plots --quiet --out " + out,
       "'cdf:table.txt' is not a start of nwgf flow; allowed: dirac"},
      {"flow --target gaussian:0.5 --no-plots --quiet --out " + out, "leaves a target's dimension open"},
      {"run --family line --start sphere:1 --target 'diracs:-1;1' --out " + (s / "run.json").string(),
       "'sphere:1' is not a start of the line family"},
  };
  std::vector<std::string> lines;
  for (const auto& c : cases) lines.push_back(c.args);
  const std::vector<CliRun> runs = run_nwgf_batch(lines, s);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    CAPTURE(cases[i].args);
    CAPTURE(runs[i].err);
    CHECK(runs[i].status == 2);
    CHECK(count_lines(runs[i].err) == 1);
    CHECK(runs[i].err.find(cases[i].mentions) != std::string::npos);
    CHECK(runs[i].err.find("docs/specs.md") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(fs::exists(s / "run.json"));
  fs::remove_all(s);
}

TEST_CASE("every --help that takes a spec points to docs/specs.md; sweep and validate share the --ensemble rule") {
  const fs::path s = scratch_dir("nwgf_cli_vocabulary_help");
  const std::vector<CliRun> runs =
      run_nwgf_batch({"flow --help", "analytic --help", "run --help", "sweep --help", "validate --help"}, s);
  for (std::size_t i = 0; i < 4; ++i) {
    CAPTURE(i);
    CHECK(runs[i].status == 0);
    CHECK(runs[i].out.find("docs/specs.md") != std::string::npos);
  }
  for (std::size_t i : {3, 4}) {
    CAPTURE(runs[i].out);
    CHECK(runs[i].out.find("0, the default") != std::string::npos);
    CHECK(runs[i].out.find("one per CPU core, at most 8") != std::string::npos);
  }
  CHECK(runs[3].out.find("--config TEXT REQUIRED") != std::string::npos);
  fs::remove_all(s);
}

TEST_CASE("sweep --help documents the study config with an example that plans; --config is required except for merge") {
  const fs::path s = scratch_dir("nwgf_cli_vocabulary_config");
  const CliRun help = run_nwgf({"sweep", "--help"}, s);
  REQUIRE(help.status == 0);
  // The example: from the line after "Example" to the line that closes the object.
  const auto at = help.out.find("Example");
  REQUIRE(at != std::string::npos);
  const auto begin = help.out.find('{', help.out.find('\n', at));
  const auto end = help.out.find("]}\n", begin);
  REQUIRE(end != std::string::npos);
  const std::string example = help.out.substr(begin, end + 2 - begin);
  CAPTURE(example);
  const nlohmann::json config = nlohmann::json::parse(example);
  CHECK(config.contains("solvers"));
  CHECK(config.contains("line"));
  std::ofstream(s / "example.json") << example;
  // A plan reads the config and finds {python}; it runs no solver.
  const CliRun plan = run_nwgf({"sweep", "--config", (s / "example.json").string(), "--plan"}, s);
  CAPTURE(plan.err);
  CHECK(plan.status == 0);
  CHECK(plan.out.find("numpy_flow") != std::string::npos);
  CHECK(plan.out.find("two_diracs") != std::string::npos);

  const CliRun missing = run_nwgf({"sweep", "--out", (s / "x.json").string()}, s);
  CHECK(missing.status == 2);
  CHECK(missing.err.find("--config is required") != std::string::npos);
  CHECK(count_lines(missing.err) == 1);
  CHECK_FALSE(fs::exists(s / "x.json"));
  // merge takes no --config: its own missing inputs are what it names.
  const CliRun merge = run_nwgf({"sweep", "merge", "--out", (s / "m.json").string()}, s);
  CHECK(merge.status == 2);
  CHECK(merge.err.find("files is required") != std::string::npos);
  fs::remove_all(s);
}
