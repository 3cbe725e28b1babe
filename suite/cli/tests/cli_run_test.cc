// End-to-end tests of `nwgf run` and `nwgf resample` through the built binary (NWGF_BIN, set by
// CTest): bad input exits 2 with one line and writes nothing; a tiny run writes the documented
// JSON and its chain; resampling the chain is reproducible for a seed and lands near gamma(T).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "analytic/empirical_error.h"
#include "analytic/profile.h"
#include "testing/cli_runs.h"

namespace fs = std::filesystem;

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::read_text;

fs::path scratch() { return nwgf::testing::scratch_dir("nwgf_cli_run"); }

Run run_nwgf(const std::string& args) { return nwgf::testing::run_nwgf_shell(args, scratch()); }

}  // namespace

TEST_CASE("bad nwgf run input exits 2 with one line and writes nothing") {
  const fs::path out = scratch() / "bad.json";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--scheme forward --r 1.5", "t0"},
      {"--scheme euler", "euler"},
      {"--r 2", "'r' = 2 is outside the allowed range (0, 2)"},
      {"--tau 0.07", "tau"},
      {"--tau -1", "tau"},
      {"--particles 0", "particles"},
      {"--device tpu", "tpu"},
      {"--T 0", "T"},
      {"--engine bogus", "'training.engine' = \"bogus\""},
      {"--start-box 0", "'particle_flow.start_box' = 0"},
      {"--seed -1", "--seed: -1 is outside the allowed range [0, 9223372036854775807]"},
      {"--d 65", "'d' = 65 is outside the allowed range [1, 64]"},
      {"--iters 0", "'training.iters' = 0 is outside the allowed range [1, 100000000]"},
      {"--d 64 --particles 100000000 --eval-samples 100000000", "GB of memory"},
      {"--generator-output velocity", "'network.generator_output' = \"velocity\" is not one of position, displacement"},
      {"--batch-sampling maybe", "'training.batch_sampling' = \"maybe\" is not one of with, without"},
      {"--scheme forward --generator-output position", "'network.generator_output' = position applies to the backward scheme only"},
      {"--scheme particle --generator-output position", "particle flow has no generator"},
      {"--scheme particle --batch-sampling without", "'training.batch_sampling' = without applies to the neural schemes only"},
      {"--batch-sampling without --particles 50 --batch 51",
       "'training.batch' = 51 is outside the allowed range [1, 50]: batches drawn without replacement"},
      {"--scheme forward --batch-sampling without --particles 100 --batch 50",
       "'training.step_batch' = 2000 is outside the allowed range [1, 100]"},
  };
  for (const auto& [args, needle] : cases) {
    const Run r = run_nwgf("run " + args + " --quiet --out '" + out.string() + "'");
    INFO("args: " << args << " stderr: " << r.err);
    CHECK(r.status == 2);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(needle) != std::string::npos);
    CHECK_FALSE(fs::exists(out));
  }
  const Run missing = run_nwgf("run --quiet");
  CHECK(missing.status == 2);
}

TEST_CASE("a tiny nwgf run writes its JSON and chain, and resampling it is reproducible") {
  const fs::path dir = scratch();
  const fs::path out = dir / "cell.json";
  const Run r = run_nwgf("run --scheme backward --d 2 --r 1 --tau 0.05 --T 0.1 --iters 400 --particles 500 "
                         "--eval-samples 500 --threads 1 --quiet --out '" + out.string() + "'");
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json doc = nlohmann::json::parse(read_text(out));
  CHECK(doc["summary"]["status"] == "ok");
  CHECK(doc["steps"].size() == 2);
  REQUIRE(fs::exists(dir / "cell.chain" / "chain.txt"));

  const fs::path a = dir / "a.csv", b = dir / "b.csv", c = dir / "c.json";
  const std::string chain = "--chain '" + (dir / "cell.chain").string() + "' --step 2 --samples 2000 ";
  REQUIRE(run_nwgf("resample " + chain + "--seed 3 --out '" + a.string() + "'").status == 0);
  REQUIRE(run_nwgf("resample " + chain + "--seed 3 --out '" + b.string() + "'").status == 0);
  CHECK(read_text(a) == read_text(b));
  REQUIRE(run_nwgf("resample " + chain + "--seed 4 --out '" + c.string() + "'").status == 0);
  const nlohmann::json samples = nlohmann::json::parse(read_text(c));
  REQUIRE(samples["samples"].size() == 2000);
  std::vector<double> x;
  for (const auto& row : samples["samples"])
    for (const auto& v : row) x.push_back(v.get<double>());
  // 400 iterations per step: the chain's measure at t = 0.1 within 5 floors of gamma(0.1)
  // (measured 1.7 floors with 2000 samples; 200 iterations gave 6.4: too few).
  const auto e = nwgf::analytic::exact_mmd(nwgf::analytic::make_profile(2, 1.0), 0.1, x.data(), 2000);
  MESSAGE("resampled mmd " << e.mmd << " floor " << e.floor);
  CHECK(e.mmd < 5 * e.floor);

  const Run bad_step = run_nwgf("resample --chain '" + (dir / "cell.chain").string() +
                                "' --step 9 --samples 10 --out '" + (dir / "x.csv").string() + "'");
  CHECK(bad_step.status == 2);
  CHECK(count_lines(bad_step.err) == 1);
  const Run bad_ext = run_nwgf("resample " + chain + "--out '" + (dir / "x.txt").string() + "'");
  CHECK(bad_ext.status == 2);
  CHECK_FALSE(fs::exists(dir / "x.csv"));
  fs::remove_all(dir);
}

TEST_CASE("nwgf run --engine torch trains with LibTorch and records the engine in its config") {
  const fs::path dir = scratch();
  const fs::path out = dir / "torch.json";
  const Run r = run_nwgf("run --scheme backward --d 2 --r 1 --tau 0.05 --T 0.05 --iters 20 --particles 100 "
                         "--eval-samples 0 --threads 1 --engine torch --quiet --out '" + out.string() + "'");
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json doc = nlohmann::json::parse(read_text(out));
  CHECK(doc["summary"]["status"] == "ok");
  CHECK(doc["config"]["engine"] == "torch");
  fs::remove_all(dir);
}

TEST_CASE("nwgf run --generator-output position --batch-sampling without runs the published parametrisation and says so") {
  const fs::path dir = scratch();
  const fs::path published = dir / "published.json", plain = dir / "plain.json";
  const std::string common = "run --scheme backward --d 2 --r 1 --tau 0.05 --T 0.1 --iters 20 --particles 100 "
                             "--batch 100 --eval-samples 200 --threads 1 --quiet ";
  const Run r = run_nwgf(common + "--generator-output position --batch-sampling without --out '" + published.string() + "'");
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json doc = nlohmann::json::parse(read_text(published));
  CHECK(doc["summary"]["status"] == "ok");
  CHECK(doc["config"]["generator_output"] == "position");
  CHECK(doc["config"]["batch_sampling"] == "without");
  // The defaults (displacement, with) leave the keys out, as in results written before they existed.
  REQUIRE(run_nwgf(common + "--generator-output displacement --batch-sampling with --out '" + plain.string() + "'").status == 0);
  const nlohmann::json defaults = nlohmann::json::parse(read_text(plain));
  CHECK_FALSE(defaults["config"].contains("generator_output"));
  CHECK_FALSE(defaults["config"].contains("batch_sampling"));
  // From delta_0 every particle is 0, so step 1 is the same in both (T = 0 + G = G, and every batch
  // holds only zeros; both samplings draw 2b numbers, so the latents agree too); step 2 differs.
  CHECK(defaults["steps"][0]["particles"]["mmd"] == doc["steps"][0]["particles"]["mmd"]);
  CHECK(defaults["steps"][1]["particles"]["mmd"] != doc["steps"][1]["particles"]["mmd"]);
  // --help documents both options with their defaults.
  const Run help = run_nwgf("run --help");
  CHECK(help.out.find("--generator-output") != std::string::npos);
  CHECK(help.out.find("--batch-sampling") != std::string::npos);
  CHECK(help.out.find("default displacement") != std::string::npos);
  CHECK(help.out.find("default with") != std::string::npos);
  fs::remove_all(dir);
}
