// End-to-end tests of the rule for files nwgf reads (suite/common/input_file.h), through the
// built program ($NWGF_BIN, set by CTest): a run folder's files stay inside it; configs, results,
// point files and chain files are regular files of bounded size (a device or a FIFO is refused at
// once, one line, exit 2); duplicate JSON keys are refused; messages stay short; a line run's
// snapshots may be N values (docs/snapshot-protocol.md).
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"
#include "testing/npy.h"

namespace fs = std::filesystem;
using nlohmann::json;
using nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::read_text;
using nwgf::testing::run_nwgf;

namespace {

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("nwgf_cli_input_files_" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
};

// Runs nwgf with `args` (no shell quoting needed: the tests' paths hold no quote), killed after
// 60 s so that a read that blocks (a FIFO) fails the test instead of stalling it.
CliRun run_limited(const std::vector<std::string>& args, const fs::path& scratch) {
  std::string line = "timeout -s KILL 60 '" + nwgf::testing::nwgf_bin() + "'";
  for (const std::string& a : args) line += " '" + a + "'";
  const std::string out = (scratch / "limited.out").string(), err = (scratch / "limited.err").string();
  const int raw = std::system((line + " >'" + out + "' 2>'" + err + "' </dev/null").c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_text(out);
  r.err = read_text(err);
  return r;
}

// A Dirac run folder of csv snapshots: d = 2, r = 1, tau = 0.25, T = 0.5, 12 points per step.
json write_run(const fs::path& dir) {
  fs::create_directories(dir);
  json steps = json::array();
  for (int n = 1; n <= 2; ++n) {
    std::ofstream csv(dir / fmt::format("p{}.csv", n));
    for (int i = 0; i < 12; ++i) csv << fmt::format("{},{}\n", 0.02 * n * (i - 5.5), 0.015 * n * (i % 5 - 2));
    steps.push_back({{"n", n}, {"t", 0.25 * n}, {"particles", fmt::format("p{}.csv", n)}});
  }
  json run{{"protocol", "nwgf-run/1"}, {"solver", "input_test"}, {"scheme", "backward"}, {"d", 2}, {"r", 1.0},
           {"tau", 0.25}, {"T", 0.5}, {"t0", 0.0}, {"seed", 0}, {"steps", steps}};
  std::ofstream(dir / "run.json") << run.dump(1);
  return run;
}

void check_refused(const CliRun& r, const std::string& says, const fs::path& out) {
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK(count_lines(r.err) == 1);
  CHECK(r.err.find(says) != std::string::npos);
  CHECK(!fs::exists(out));
}

}  // namespace

TEST_CASE("nwgf score: a snapshot linked out of the run folder is refused and never read") {
  const Scratch s;
  const fs::path out = s.dir / "cell.json";
  // A valid outside csv linked in: was scored with exit 0.
  fs::create_directories(s.dir / "outside");
  write_run(s.dir / "source");
  fs::copy_file(s.dir / "source" / "p2.csv", s.dir / "outside" / "secret.csv");
  const fs::path linked = s.dir / "linked";
  write_run(linked);
  fs::remove(linked / "p2.csv");
  fs::create_symlink(s.dir / "outside" / "secret.csv", linked / "p2.csv");
  check_refused(run_nwgf({"score", linked.string(), "--out", out.string()}, s.dir),
                (linked / "p2.csv").string() + ": leads outside the run folder", out);

  // p2.csv -> /etc/passwd: the error quoted its first line.
  const fs::path passwd = s.dir / "passwd";
  write_run(passwd);
  fs::remove(passwd / "p2.csv");
  fs::create_symlink("/etc/passwd", passwd / "p2.csv");
  const CliRun r = run_nwgf({"score", passwd.string(), "--out", out.string()}, s.dir);
  check_refused(r, (passwd / "p2.csv").string() + ": leads outside the run folder", out);
  CHECK(r.err.find("root") == std::string::npos);

  // A linked subfolder: "particles": "sub/secret.csv" with sub -> outside.
  const fs::path sub = s.dir / "sub";
  json run = write_run(sub);
  fs::create_symlink(s.dir / "outside", sub / "sub");
  run["steps"][1]["particles"] = "sub/secret.csv";
  std::ofstream(sub / "run.json") << run.dump(1);
  check_refused(run_nwgf({"score", sub.string(), "--out", out.string()}, s.dir),
                (sub / "sub" / "secret.csv").string() + ": leads outside the run folder", out);

  // run.json itself linked from elsewhere.
  const fs::path manifest = s.dir / "manifest";
  write_run(manifest);
  fs::rename(manifest / "run.json", s.dir / "outside" / "run.json");
  fs::create_symlink(s.dir / "outside" / "run.json", manifest / "run.json");
  check_refused(run_nwgf({"score", manifest.string(), "--out", out.string()}, s.dir),
                (manifest / "run.json").string() + ": leads outside the run folder", out);
}

TEST_CASE("nwgf score: a coordinate of 1e300 is refused naming the file and the point") {
  const Scratch s;
  const fs::path out = s.dir / "cell.json";
  const fs::path run = s.dir / "run";
  write_run(run);
  std::ofstream(run / "p2.csv", std::ios::app) << "1e300,0\n";
  // Was "radius rho = inf must be finite", naming neither file nor point.
  check_refused(run_nwgf({"score", run.string(), "--out", out.string()}, s.dir),
                (run / "p2.csv").string() + ": point 12 coordinate 0 is 1.0000000000000001e+300, outside the allowed "
                                            "range [-1e+100, 1e+100]",
                out);
}

TEST_CASE("nwgf score: a line run's snapshots may be 1-D .npy files of N values") {
  const Scratch s;
  const fs::path run = s.dir / "line";
  fs::create_directories(run);
  // N = 8 values per step, a 1-D array (shape (8,)) in .npy format 1.0.
  json steps = json::array();
  for (int n = 1; n <= 2; ++n) {
    std::vector<double> x;
    for (int i = 0; i < 8; ++i) x.push_back(0.1 * n * (i - 3.5));
    std::ofstream(run / fmt::format("q{}.npy", n), std::ios::binary) << nwgf::testing::npy_doubles(x, "(8,)");
    steps.push_back({{"n", n}, {"t", 0.25 * n}, {"particles", fmt::format("q{}.npy", n)}});
  }
  const json manifest{{"protocol", "nwgf-run/1"}, {"solver", "line_values"}, {"scheme", "forward"},
                      {"family", "line"},         {"start", "dirac:0"},     {"target", "diracs:-1;1"},
                      {"d", 1},                   {"r", 1.0},               {"tau", 0.25},
                      {"T", 0.5},                 {"t0", 0.0},              {"seed", 0},
                      {"steps", steps}};
  std::ofstream(run / "run.json") << manifest.dump(1);
  const fs::path out = s.dir / "cell.json";
  const CliRun r = run_nwgf({"score", run.string(), "--out", out.string(), "--quiet"}, s.dir);
  INFO(r.err);
  REQUIRE(r.status == 0);
  const json cell = json::parse(read_text(out));
  CHECK(cell["steps"].size() == 2);
  CHECK(cell["steps"][1]["particles"]["w2"].is_number());
}

TEST_CASE("devices, FIFOs and folders given as input files are refused at once, one line, exit 2") {
  const Scratch s;
  const fs::path fifo = s.dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string out = (s.dir / "out.json").string(), dir_out = (s.dir / "report").string();
  struct Case {
    std::vector<std::string> args;
    std::string says;
  };
  const std::vector<Case> cases = {
      {{"sweep", "--config", "/dev/zero", "--out", out}, "/dev/zero: is a character device; a study config must be a regular file"},
      {{"sweep", "--config", fifo.string(), "--out", out}, ": is a FIFO (named pipe); a study config must be a regular file"},
      {{"sweep", "--config", s.dir.string(), "--plan"}, ": is a directory; a study config must be a regular file"},
      {{"sweep", "merge", "/dev/zero", "--out", out}, "/dev/zero: is a character device; a results file must be a regular file"},
      {{"sweep", "merge", fifo.string(), "--out", out}, ": is a FIFO (named pipe); a results file must be a regular file"},
      {{"report", "/dev/zero", "--out", dir_out}, "/dev/zero: is a character device; a results file must be a regular file"},
      {{"report", fifo.string(), "--out", dir_out}, ": is a FIFO (named pipe); a results file must be a regular file"},
      {{"flow", "--target", "points:/dev/zero", "--out", dir_out}, "/dev/zero: is a character device; a point file must be a regular file"},
      {{"flow", "--target", "points:" + fifo.string(), "--out", dir_out}, ": is a FIFO (named pipe); a point file must be a regular file"},
  };
  for (const Case& c : cases) {
    INFO(c.args[0] << " " << c.args[1] << " " << c.args[2]);
    const CliRun r = run_limited(c.args, s.dir);
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(c.says) != std::string::npos);
    CHECK(!fs::exists(out));
    CHECK(!fs::exists(dir_out));
  }
}

TEST_CASE("nwgf resample: a chain file linked to /dev/zero or out of the chain folder is refused, one line") {
  const Scratch s;
  const fs::path chain = s.dir / "c.chain";
  fs::create_directories(chain);
  fs::create_symlink("/dev/zero", chain / "chain.txt");
  const fs::path out = s.dir / "x.csv";
  check_refused(run_limited({"resample", "--chain", chain.string(), "--out", out.string()}, s.dir),
                (chain / "chain.txt").string() + ": leads outside the chain folder", out);
  fs::remove(chain / "chain.txt");
  // A manifest asking for a 10^9-wide network: refused from its line, nothing allocated.
  std::ofstream(chain / "chain.txt") << "nwgf-chain 1\nd 2\nlatent 0\nwidth 1000000000\ndepth 2\nactivation relu\n"
                                        "start points\nsteps 0\n";
  check_refused(run_limited({"resample", "--chain", chain.string(), "--out", out.string()}, s.dir),
                (chain / "chain.txt").string() + " line 4: width '1000000000' is outside the allowed range", out);
}

TEST_CASE("a duplicate key in a study config is refused naming it; many problems and huge strings stay short") {
  const Scratch s;
  const fs::path config = s.dir / "study.json";
  const fs::path out = s.dir / "out.json";
  std::ofstream(config) << R"({"name": "dup", "schemes": ["particle"], "d": [2], "r": [1], "r": [1.5], "taus": [0.5],
                             "T": 1, "seeds": [0]})";
  check_refused(run_limited({"sweep", "--config", config.string(), "--out", out.string()}, s.dir),
                "duplicate key 'r' in the object at the top level", out);

  // 100000 unknown keys: 20 problem lines, one line counting the rest, the summary.
  json many{{"name", "many"}};
  for (int i = 0; i < 100000; ++i) many[fmt::format("bogus{}", i)] = i;
  std::ofstream(config) << many.dump();
  CliRun r = run_limited({"sweep", "--config", config.string(), "--out", out.string()}, s.dir);
  CHECK(r.status == 2);
  CHECK(count_lines(r.err) <= 22);
  CHECK(r.err.find("... and ") != std::string::npos);
  CHECK(!fs::exists(out));

  // A 10 MB scheme name: quoted as an excerpt.
  json huge{{"name", "huge"}, {"schemes", {std::string(10'000'000, 'z')}}, {"d", {2}}, {"r", {1}}, {"taus", {0.5}},
            {"T", 1}, {"seeds", {0}}};
  std::ofstream(config) << huge.dump();
  r = run_limited({"sweep", "--config", config.string(), "--out", out.string()}, s.dir);
  CHECK(r.status == 2);
  CHECK(r.err.find("(10000000 characters)") != std::string::npos);
  CHECK(r.err.size() < 2000);
  CHECK(!fs::exists(out));
}

TEST_CASE("outside strings are quoted as excerpts in every message: results files, line sections") {
  const Scratch s;
  const std::string big(10'000'000, 'q');
  const fs::path results = s.dir / "results.json", report = s.dir / "report";
  std::ofstream(results) << json{{"schema", big}}.dump();
  CliRun r = run_limited({"report", results.string(), "--out", report.string()}, s.dir);
  CHECK(r.status == 2);
  CHECK(r.err.find("foreign results file: schema \"" + std::string(79, 'q') + "... (10000002 characters)") !=
        std::string::npos);
  CHECK(r.err.size() < 2000);
  CHECK(!fs::exists(report));

  // Two 5 MB strings: the config stays under its 16 MiB cap.
  const std::string half(5'000'000, 'q');
  const fs::path config = s.dir / "study.json", out = s.dir / "out.json";
  std::ofstream(config) << json{{"name", "line"}, {"schemes", {"particle"}}, {"d", {2}}, {"r", {1}}, {"taus", {0.5}},
                                {"T", 1}, {"seeds", {0}}, {"line", {{{"name", half}, {"taus", {half}}}}}}
                               .dump();
  r = run_limited({"sweep", "--config", config.string(), "--out", out.string()}, s.dir);
  CHECK(r.status == 2);
  CHECK(r.err.find("(5000002 characters)") != std::string::npos);
  CHECK(r.err.size() < 4000);
  CHECK(!fs::exists(out));
}
