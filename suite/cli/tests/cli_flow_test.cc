// End-to-end tests of `nwgf flow` (suite/cli/cmd_flow.cc) through the built program ($NWGF_BIN):
// bad inputs give one line on stderr, exit status 2 and no output directory; a small particle
// run writes flow.json (nwgf-flow/1) whose squared MMD to the target decreases.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"

namespace {

namespace fs = std::filesystem;

fs::path scratch() { return nwgf::testing::scratch_dir("nwgf_cli_flow_test"); }

std::string write_text(const std::string& name, const std::string& text) {
  const std::string path = (scratch() / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

using Result = nwgf::testing::CliRun;
using nwgf::testing::count_lines;

// Runs `nwgf flow <args>` (a command line written here), stdout and stderr captured.
Result run_flow(const std::string& args) { return nwgf::testing::run_nwgf_shell("flow " + args, scratch()); }

// Checks a usage error: exit 2, one line naming the problem, nothing written.
void check_usage_error(const std::string& args, const std::string& expected_text) {
  const fs::path out = scratch() / "out_should_not_exist";
  fs::remove_all(out);
  const Result r = run_flow(args + " --quiet --out '" + out.string() + "'");
  INFO("args: " << args << "\nstderr: " << r.err);
  CHECK(r.status == 2);
  CHECK(count_lines(r.err) == 1);
  CHECK(r.err.find(expected_text) != std::string::npos);
  CHECK_FALSE(fs::exists(out));
  bool staging_left = false;
  for (const auto& e : fs::directory_iterator(scratch()))
    if (e.path().filename().string().rfind("out_should_not_exist", 0) == 0) staging_left = true;
  CHECK_FALSE(staging_left);
}

void write_idx_gz(const std::string& path, std::uint32_t count) {
  std::vector<unsigned char> b = {0, 0, 0x08, 3};
  for (std::uint32_t s : {count, 2u, 2u})
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<unsigned char>(s >> shift));
  for (std::uint32_t i = 0; i < 4 * count; ++i) b.push_back(static_cast<unsigned char>(40 * i));
  gzFile f = gzopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  gzwrite(f, b.data(), static_cast<unsigned>(b.size()));
  gzclose(f);
}

}  // namespace

TEST_CASE("bad targets: one line, exit 2, nothing written") {
  check_usage_error("--target image:" + (scratch() / "missing.png").string(), "cannot be opened");
  check_usage_error("--target image:" + write_text("junk.png", "not an image"), "cannot be decoded");
  std::string white = "P5\n2 2\n255\n";
  white += std::string(4, '\xff');
  check_usage_error("--target image:" + write_text("white.pgm", white), "no ink");
  check_usage_error("--target points:" + write_text("mixed.csv", "0,0\n1,2,3\n"), "same dimension");
  check_usage_error("--target points:" + write_text("nan.csv", "0,0\n1,nan\n"), "not finite");
  check_usage_error("--target 'diracs:1,2;3'", "same dimension");
  check_usage_error("--target unknown:1", "allowed: image:PATH");
}

TEST_CASE("fashion-mnist: K larger than the data set and a missing package are usage errors") {
  const fs::path dir = scratch() / "fmnist";
  fs::create_directories(dir);
  write_idx_gz((dir / "train-images-idx3-ubyte.gz").string(), 3);
  check_usage_error("--target fashion-mnist:4 --fashion-mnist-dir '" + dir.string() + "'", "allowed: 1 to 3");
  check_usage_error("--target fashion-mnist:2 --fashion-mnist-dir '" + (scratch() / "nowhere").string() + "'",
                    "dataset-fashion-mnist");
}

TEST_CASE("bad starts and options: one line, exit 2, nothing written") {
  check_usage_error("--target 'diracs:0,0,0' --start dirac:1,2", "dimension 2 but the target has dimension 3");
  check_usage_error("--target 'diracs:0,0,0' --start two-points", "the target has dimension 3");
  check_usage_error("--target 'diracs:0,0' --start points:" + write_text("s3.csv", "1,2,3\n"),
                    "dimension 3 but the target has dimension 2");
  check_usage_error("--target 'diracs:0,0' --start gaussian:-1", "sigma must be > 0");
  check_usage_error("--target 'diracs:0,0' --tau 0.07 --T 1", "not a whole number");
  check_usage_error("--target 'diracs:0,0' --r 2", "allowed: (0, 2)");
  check_usage_error("--target 'diracs:0,0' --scheme sideways", "is not one of backward, forward, particle");
  check_usage_error("--target 'diracs:0,0' --snapshots 0,5 --T 1", "allowed: 0 to T");
  check_usage_error("--preset nonesuch", "allowed: smiley, two-diracs, fashion-mnist");
  check_usage_error("--target 'diracs:0,0' --activation sigmoid", "'network.activation' = \"sigmoid\" is not one of relu, leaky_relu");
  check_usage_error("--target 'diracs:0,0' --latent -1", "'network.latent' = -1 is outside the allowed range [0, 4096]");
  check_usage_error("--target 'diracs:0,0' --engine gpu", "'training.engine' = \"gpu\" is not one of fused, torch");
}

TEST_CASE("a small particle flow toward two Diracs writes nwgf-flow/1 with a decreasing MMD") {
  const fs::path out = scratch() / "two_diracs";
  fs::remove_all(out);
  const bool plots = std::system("gnuplot --version >/dev/null 2>&1") == 0;
  const Result r = run_flow("--target 'diracs:-0.5,0;0.5,0' --scheme particle --particles 200 --tau 0.1 --T 1 "
                            "--snapshots 0,0.5,1 --quiet --out '" + out.string() + "'" + (plots ? "" : " --no-plots"));
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  std::ifstream in(out / "flow.json");
  const nlohmann::json j = nlohmann::json::parse(in);
  CHECK(j["schema"] == "nwgf-flow/1");
  CHECK(j["target"]["dim"] == 2);
  REQUIRE(j["runs"].size() == 1);
  const auto& run = j["runs"][0];
  CHECK(run["status"] == "ok");
  REQUIRE(run["steps"].size() == 11);
  // From (a box of side 1e-9 around) delta_0 to (delta_(-0.5,0) + delta_(0.5,0)) / 2:
  // D^2 = -0 - 1/2 * (1/4) * 2 * 1 + 1/2 = 0.25 by docs/math.md section 1 (pairs at distance 1 and 0.5).
  CHECK(run["steps"][0]["mmd2"].get<double>() == doctest::Approx(0.25).epsilon(1e-8));
  for (std::size_t n = 1; n < run["steps"].size(); ++n)
    CHECK(run["steps"][n]["mmd2"].get<double>() < run["steps"][n - 1]["mmd2"].get<double>());
  CHECK(run["summary"]["decreased"] == true);
  if (plots) {
    CHECK(run["snapshots"].size() == 3);
    for (const auto& s : run["snapshots"]) CHECK(fs::file_size(out / s["file"].get<std::string>()) > 0);
    CHECK(fs::file_size(out / "particle_flow.gif") > 0);
    CHECK(fs::file_size(out / "mmd.png") > 0);
  }
  // No staging directory left beside the output.
  for (const auto& e : fs::directory_iterator(scratch()))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("flow.json of a run and the committed reports/flows records follow results/schema/nwgf-flow-1") {
  const char* source = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE_MESSAGE(source != nullptr, "NWGF_SOURCE_DIR must name the source tree (set by CTest)");
  if (std::system("python3 -c 'import jsonschema' >/dev/null 2>&1") != 0) {
    MESSAGE("skipped: python3 with jsonschema (Debian python3-jsonschema) is not installed");
    return;
  }
  const fs::path out = scratch() / "schema_run";
  fs::remove_all(out);
  REQUIRE(run_flow("--target 'diracs:0,1' --start gaussian:0.1 --scheme particle --particles 20 --tau 0.5 --T 1 "
                   "--no-plots --quiet --out '" + out.string() + "'").status == 0);
  std::vector<std::string> files = {(out / "flow.json").string()};
  for (const char* preset : {"two-diracs", "smiley", "fashion-mnist"})
    files.push_back((fs::path(source) / "reports" / "flows" / preset / "flow.json").string());
  const std::string script = write_text("validate_flow.py",
      "import json, sys, jsonschema\n"
      "schema = json.load(open(sys.argv[1]))\n"
      "jsonschema.Draft202012Validator.check_schema(schema)\n"
      "v = jsonschema.Draft202012Validator(schema)\n"
      "bad = 0\n"
      "for path in sys.argv[2:]:\n"
      "    for e in v.iter_errors(json.load(open(path))):\n"
      "        print(path, list(e.absolute_path), e.message, file=sys.stderr)\n"
      "        bad += 1\n"
      "sys.exit(1 if bad else 0)\n");
  std::string cmd = "python3 '" + script + "' '" + (fs::path(source) / "results/schema/nwgf-flow-1.schema.json").string() + "'";
  for (const auto& f : files) cmd += " '" + f + "'";
  CHECK(std::system(cmd.c_str()) == 0);
}
