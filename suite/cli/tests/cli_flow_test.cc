// End-to-end tests of `nwgf flow` (suite/cli/cmd_flow.cc) through the built program ($NWGF_BIN):
// bad inputs give one line on stderr, exit status 2 and no output directory; a small particle
// run writes flow.json (nwgf-flow/2) whose squared MMD to the target decreases; --taus sweeps
// give self-convergence orders (W2 order near 1 for the explicit particle flow) or "no order" at
// the noise floor, and refuse bad step-size lists; a run of every scheme ends with report.md and
// report.html (every image inlined), and `nwgf html` on a flow folder without report.md writes it
// from flow.json or, for a corrupt one, refuses it and writes nothing.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cmath>
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

// How often `needle` occurs in `text`.
std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++count;
  return count;
}

// report.html of `dir` shows every image of its report.md, each one <img> embedded as a data: URI
// (nothing the page loads from a file or elsewhere), and names no other source.
void check_page_inlines_images(const fs::path& dir) {
  const std::string md = nwgf::testing::read_text(dir / "report.md");
  const std::string html = nwgf::testing::read_text(dir / "report.html");
  const std::size_t images = occurrences(md, "![");
  INFO("folder: " << dir.string());
  CHECK(images > 0);
  CHECK(occurrences(html, "<img ") == images);
  CHECK(occurrences(html, "src=\"data:image/") == images);
  CHECK(occurrences(html, "src=\"") == images);
  CHECK(html.find(".png\"") == std::string::npos);
  CHECK(html.find(".gif\"") == std::string::npos);
}

// A copy of the flow folder `from` at `to` without its report (flow.json and the pictures only).
void copy_without_report(const fs::path& from, const fs::path& to) {
  fs::remove_all(to);
  fs::copy(from, to);
  fs::remove(to / "report.md");
  fs::remove(to / "report.html");
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

TEST_CASE("a small particle flow toward two Diracs writes nwgf-flow/2 with a decreasing MMD") {
  const fs::path out = scratch() / "two_diracs";
  fs::remove_all(out);
  const bool plots = std::system("gnuplot --version >/dev/null 2>&1") == 0;
  const Result r = run_flow("--target 'diracs:-0.5,0;0.5,0' --scheme particle --particles 200 --tau 0.1 --T 1 "
                            "--snapshots 0,0.5,1 --quiet --out '" + out.string() + "'" + (plots ? "" : " --no-plots"));
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  std::ifstream in(out / "flow.json");
  const nlohmann::json j = nlohmann::json::parse(in);
  CHECK(j["schema"] == "nwgf-flow/2");
  CHECK(j["self_convergence"].is_null());
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

TEST_CASE("a run of every scheme ends with report.md naming each and report.html inlining every image") {
  if (std::system("gnuplot --version >/dev/null 2>&1") != 0) {
    MESSAGE("skipped: the report's pictures need gnuplot");
    return;
  }
  // Two steps of tiny networks: about a second (the report, not the schemes, is under test).
  const fs::path out = scratch() / "report_run";
  fs::remove_all(out);
  const Result r = run_flow("--target 'diracs:-0.5,0;0.5,0' --scheme backward,forward,particle --particles 50 "
                            "--target-samples 50 --tau 0.5 --T 1 --iters 5 --width 8 --depth 1 --batch 20 "
                            "--step-batch 50 --snapshots 0,1 --threads 1 --quiet --out '" + out.string() + "'");
  INFO("stderr: " << r.err << "\nstdout: " << r.out);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("report.md and " + (out / "report.html").string()) != std::string::npos);
  REQUIRE(fs::is_regular_file(out / "report.md"));
  REQUIRE(fs::is_regular_file(out / "report.html"));
  const std::string md = nwgf::testing::read_text(out / "report.md");
  CHECK(md.rfind("# Flow `dirac` → `diracs:-0.5,0;0.5,0`\n", 0) == 0);
  for (const char* scheme : {"backward", "forward", "particle"}) {
    INFO("scheme: " << scheme);
    CHECK(md.find(std::string("**") + scheme + "** took D² from 0.25 at t = 0") != std::string::npos);  // verdict
    CHECK(md.find(std::string("| ") + scheme + " | 0.25 |") != std::string::npos);  // D^2 over time
    CHECK(md.find(std::string("](") + scheme + "_t1.000.png)") != std::string::npos);  // snapshot
    CHECK(md.find(std::string("](") + scheme + "_flow.gif)") != std::string::npos);  // animation
  }
  CHECK(md.find("](mmd.png)") != std::string::npos);
  CHECK(md.find("](target.png)") != std::string::npos);
  CHECK(md.find("Not in this folder") == std::string::npos);
  check_page_inlines_images(out);

  // nwgf html on a copy without the report writes report.md from flow.json, then the page: the
  // same report as the run's.
  const fs::path again = scratch() / "report_html";
  copy_without_report(out, again);
  const Result h = nwgf::testing::run_nwgf({"html", again.string()}, scratch());
  INFO("html stderr: " << h.err << "\nhtml stdout: " << h.out);
  CHECK(h.status == 0);
  CHECK(h.out.find((again / "report.md").string()) != std::string::npos);
  REQUIRE(fs::is_regular_file(again / "report.md"));
  REQUIRE(fs::is_regular_file(again / "report.html"));
  CHECK(nwgf::testing::read_text(again / "report.md") == md);
  check_page_inlines_images(again);

  // Where D^2 rose (the particle flow's last step set above its start), the verdict says by how
  // much it rose and warns; it does not call a factor below 1 "lower".
  const fs::path rose = scratch() / "report_rose";
  copy_without_report(out, rose);
  nlohmann::json up = nlohmann::json::parse(std::ifstream(out / "flow.json"));
  up["runs"][2]["steps"].back()["mmd2"] = 0.5;
  std::ofstream(rose / "flow.json", std::ios::trunc) << up.dump();
  REQUIRE(nwgf::testing::run_nwgf({"html", rose.string()}, scratch()).status == 0);
  const std::string rose_md = nwgf::testing::read_text(rose / "report.md");
  CHECK(rose_md.find("**particle** took D² from 0.25 at t = 0 to 0.5 at T = 1, 2× higher,") != std::string::npos);
  CHECK(rose_md.find("> **Warning:** D² did not fall from t = 0 to T for ") != std::string::npos);
  CHECK(rose_md.find("0.5× lower") == std::string::npos);

  // A corrupt flow.json (a run's steps numbered wrongly; then not JSON at all): one line, exit 2,
  // neither report.md nor report.html written.
  const fs::path corrupt = scratch() / "report_corrupt";
  copy_without_report(out, corrupt);
  nlohmann::json j = nlohmann::json::parse(std::ifstream(out / "flow.json"));
  j["runs"][1]["steps"][1]["n"] = 7;
  std::ofstream(corrupt / "flow.json", std::ios::trunc) << j.dump();
  for (const std::string& expected : {std::string("corrupt flow record: runs[1].steps[1].n is 7"),
                                      std::string("not valid JSON")}) {
    const Result c = nwgf::testing::run_nwgf({"html", corrupt.string()}, scratch());
    INFO("corrupt: " << expected << "\nstderr: " << c.err);
    CHECK(c.status == 2);
    CHECK(count_lines(c.err) == 1);
    CHECK(c.err.find(expected) != std::string::npos);
    CHECK_FALSE(fs::exists(corrupt / "report.md"));
    CHECK_FALSE(fs::exists(corrupt / "report.html"));
    std::ofstream(corrupt / "flow.json", std::ios::trunc) << "{\"schema\": \"nwgf-flow/2\", \"config\": {";
  }
  for (const fs::path& dir : {out, again, rose, corrupt}) fs::remove_all(dir);
}

TEST_CASE("flow.json of runs and the committed flow reports follow results/schema/nwgf-flow-1 and -2") {
  const char* source = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE_MESSAGE(source != nullptr, "NWGF_SOURCE_DIR must name the source tree (set by CTest)");
  if (std::system("python3 -c 'import jsonschema' >/dev/null 2>&1") != 0) {
    MESSAGE("skipped: python3 with jsonschema (Debian python3-jsonschema) is not installed");
    return;
  }
  const fs::path out = scratch() / "schema_run", sweep = scratch() / "schema_sweep";
  fs::remove_all(out);
  fs::remove_all(sweep);
  REQUIRE(run_flow("--target 'diracs:0,1' --start gaussian:0.1 --scheme particle --particles 20 --tau 0.5 --T 1 "
                   "--no-plots --quiet --out '" + out.string() + "'").status == 0);
  REQUIRE(run_flow("--target 'diracs:0,1' --start gaussian:0.1 --scheme particle --particles 20 --taus 0.5,0.25,0.125 "
                   "--T 1 --no-plots --quiet --out '" + sweep.string() + "'").status == 0);
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
  const auto validates = [&](const std::string& schema, const std::vector<std::string>& files) {
    std::string cmd = "python3 '" + script + "' '" + (fs::path(source) / "results/schema" / schema).string() + "'";
    for (const auto& f : files) cmd += " '" + f + "'";
    return std::system(cmd.c_str()) == 0;
  };
  // Records written before --taus (nwgf-flow/1) stay valid under their own schema.
  std::vector<std::string> old_files;
  for (const char* preset : {"two-diracs", "smiley", "fashion-mnist"})
    old_files.push_back((fs::path(source) / "reports" / "flows" / preset / "flow.json").string());
  CHECK(validates("nwgf-flow-1.schema.json", old_files));
  CHECK(validates("nwgf-flow-2.schema.json",
                  {(out / "flow.json").string(), (sweep / "flow.json").string(),
                   (fs::path(source) / "reports" / "flow-two-diracs-selfconv" / "flow.json").string()}));
}

TEST_CASE("--taus: bad step-size lists are refused in one line, exit 2, nothing written") {
  const std::string base = "--target 'diracs:-0.5,0;0.5,0' --scheme particle --particles 20 --no-plots ";
  check_usage_error(base + "--T 1.2 --taus 0.4,0.2", "--taus 0.4,0.2 has 2 step size(s); allowed: at least 3");
  check_usage_error(base + "--T 1.2 --taus 0.4,0.2,0.15", "is not nested with one ratio");
  check_usage_error(base + "--T 1.2 --taus 0.1,0.2,0.4", "does not decrease");
  check_usage_error(base + "--T 1.2 --taus 0.4,0.2,-0.1", "--taus value -0.1");
  check_usage_error(base + "--T 1.2 --taus 0.4,x,0.1", "'x' is not a number");
  check_usage_error(base + "--T 1 --taus 0.4,0.2,0.1", "is not a whole number of steps");
  check_usage_error(base + "--T 1.2 --tau 0.1 --taus 0.4,0.2,0.1", "are both given");
  // 4 runs kept at 25001 common times of 10^6 particles in d = 2: 1.6 TB, refused before any work.
  check_usage_error("--target 'diracs:-0.5,0;0.5,0' --scheme particle --particles 1000000 --no-plots "
                    "--T 100 --taus 0.004,0.002,0.001", "with --taus");
}

TEST_CASE("--taus: the particle flow's W2 self-convergence order is near 1, the MMD's below it") {
  // d = 1, two Diracs at -0.5 and 0.5 from a Gaussian start, explicit Euler steps of 0.4, 0.2, 0.1.
  // Measured W2 orders for seeds 0-5: 1.17, 1.18, 1.13, 1.12, 1.07, 1.04 (the O(tau) term of the
  // expansion at tau = 0.4), MMD orders 0.48-0.63 (docs/math.md 8.15: coupled particle sets);
  // floors 0.003-0.008 against differences 0.03-0.07. Tolerance: |p - 1| <= 0.25.
  const fs::path out = scratch() / "selfconv_order";
  fs::remove_all(out);
  const bool plots = std::system("gnuplot --version >/dev/null 2>&1") == 0;
  const Result r = run_flow("--target 'diracs:-0.5;0.5' --start gaussian:0.1 --scheme particle --particles 200 "
                            "--taus 0.4,0.2,0.1 --T 1.2 --quiet --out '" + out.string() + "'" + (plots ? "" : " --no-plots"));
  INFO("stderr: " << r.err << "\nstdout: " << r.out);
  REQUIRE(r.status == 0);
  const nlohmann::json j = nlohmann::json::parse(std::ifstream(out / "flow.json"));
  REQUIRE(j["runs"].size() == 4);  // tau 0.4, 0.2, 0.1 and 0.1 from seed + 1
  CHECK(j["runs"][3]["role"] == "floor");
  CHECK(j["runs"][3]["seed"] == 1);
  REQUIRE(j["self_convergence"].size() == 1);
  const nlohmann::json& e = j["self_convergence"][0];
  CHECK(e["status"] == "order");
  CHECK(e["verdict_distance"] == "w2");
  CHECK(e["times"].size() == 4);
  const nlohmann::json& w2 = e["distances"]["w2"];
  CHECK(w2["method"] == "sorted");
  const double p = w2["analysis"]["observed_order"].get<double>();
  CHECK(std::abs(p - 1.0) <= 0.25);
  for (const auto& at_floor : w2["analysis"]["at_floor"]) CHECK(at_floor == false);
  CHECK(w2["analysis"]["richardson_error"].is_number());
  CHECK(e["distances"]["mmd"]["analysis"]["observed_order"].get<double>() < p);
  CHECK(r.out.find("self-convergence at T: W2 (sorted) order 1.") != std::string::npos);
  if (plots) CHECK(fs::file_size(out / "selfconv.png") > 0);
  fs::remove_all(out);
}

TEST_CASE("--taus: differences at the noise floor give no order, with the reason") {
  // d = 2, 200 particles: W2 between the seeds' solutions at tau = 0.1 (~0.05) exceeds half of
  // every difference between step sizes (0.05, 0.02; measured), so no order is read.
  const fs::path out = scratch() / "selfconv_floor";
  fs::remove_all(out);
  const Result r = run_flow("--target 'diracs:-0.5,0;0.5,0' --start gaussian:0.1 --scheme particle --particles 200 "
                            "--taus 0.4,0.2,0.1 --T 1.2 --no-plots --quiet --out '" + out.string() + "'");
  INFO("stderr: " << r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json j = nlohmann::json::parse(std::ifstream(out / "flow.json"));
  const nlohmann::json& e = j["self_convergence"][0];
  CHECK(e["status"] == "no order");
  CHECK(e["reason"].get<std::string>().find("noise floor") != std::string::npos);
  const nlohmann::json& a = e["distances"]["w2"]["analysis"];
  CHECK(a["observed_order"].is_null());
  for (const auto& at_floor : a["at_floor"]) CHECK(at_floor == true);
  CHECK(r.out.find("status (W2) no order") != std::string::npos);
  fs::remove_all(out);
}
