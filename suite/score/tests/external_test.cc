// External solvers (suite/score/external.h): the command template, the process runner (own
// process group, timeout, stdout/stderr files) and the failed cells it makes. The "solvers"
// here are /bin/sh scripts written by the test (fixed text, no outside input).
#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/score/external.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace nwgf::suite;

namespace {

fs::path scratch(const std::string& tag) {
  const fs::path dir = fs::temp_directory_path() / ("nwgf_external_" + tag + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A solver that runs `script` with /bin/sh (the script in a file of the test's scratch folder,
// so that its braces are not placeholders), with the run folder as $1.
SolverSpec shell_solver(const std::string& script, double timeout_s = 60) {
  static int count = 0;
  const fs::path file = fs::temp_directory_path() /
                        ("nwgf_external_script_" + std::to_string(::getpid()) + "_" + std::to_string(++count) + ".sh");
  std::ofstream(file) << script << "\n";
  SolverSpec s;
  s.name = "sh_test";
  s.command = {"/bin/sh", file.string(), "{run_dir}", "{d}", "{tau}"};
  s.scheme = "backward";
  s.timeout_s = timeout_s;
  return s;
}

// A shell script writing a valid run folder for d = 2, r = 1, tau = 0.5, T = 1 (two CSV steps).
const char* kGoodScript =
    "cd \"$1\" && echo 'solver ran' && echo 'a warning' >&2 && "
    "printf '0.1,0.2\\n-0.2,0.1\\n0.05,-0.1\\n' > p1.csv && printf '0.2,0.4\\n-0.4,0.2\\n0.1,-0.2\\n' > p2.csv && "
    "printf '%s' '{\"protocol\":\"nwgf-run/1\",\"solver\":\"sh_test\",\"scheme\":\"backward\",\"d\":2,\"r\":1,"
    "\"tau\":0.5,\"T\":1,\"t0\":0,\"seed\":4,\"steps\":[{\"n\":1,\"t\":0.5,\"particles\":\"p1.csv\"},"
    "{\"n\":2,\"t\":1,\"particles\":\"p2.csv\"}]}' > run.json";

ExternalCell cell_in(const fs::path& dir) {
  ExternalCell c;
  c.d = 2;
  c.r = 1.0;
  c.tau = 0.5;
  c.T = 1.0;
  c.t0 = 0.0;
  c.seed = 4;
  c.run_dir = (dir / "run").string();
  return c;
}

}  // namespace

TEST_CASE("solver entries: placeholders expanded in every argument; bad entries listed") {
  SolverSpec s;
  s.name = "x";
  s.command = {"prog", "--d={d}", "{r}", "{tau}", "{T}", "{t0}", "{seed}", "{steps}", "{run_dir}/x", "plain"};
  ExternalCell c;
  c.d = 3;
  c.r = 1.5;
  c.tau = 0.05;
  c.T = 1.2;
  c.t0 = 0.2;
  c.seed = 7;
  c.run_dir = "/tmp/run dir";
  CHECK(expand_command(s, c) ==
        std::vector<std::string>{"prog", "--d=3", "1.5", "0.05", "1.2", "0.2", "7", "20", "/tmp/run dir/x", "plain"});
  s.command = {"python3", "-c", "print({{'d': {d}}})"};  // literal braces doubled
  CHECK(expand_command(s, c) == std::vector<std::string>{"python3", "-c", "print({'d': 3})"});
  std::vector<std::string> problems;
  solver_spec_from_json(json{{"name", "a b"}, {"command", json::array({"p", "{nope}", "x}"})}, {"scheme", "jko"},
                             {"timeout_s", 0}, {"extra", 1}},
                        "solvers[0]", problems);
  REQUIRE(problems.size() == 6);
  CHECK(problems[0] == "solvers[0].extra is unknown (name, command, scheme, timeout_s)");
  CHECK(problems[1].find("solvers[0].name must be") == 0);
  CHECK(problems[2].find("solvers[0].command[1] '{nope}': unknown placeholder {nope}") == 0);
  CHECK(problems[3].find("solvers[0].command[2] 'x}': a '}' without '{'") == 0);
  CHECK(problems[4].find("solvers[0].scheme \"jko\" is not one of") == 0);
  CHECK(problems[5].find("solvers[0].timeout_s 0 is outside the allowed range") == 0);
  problems.clear();
  const SolverSpec ok = solver_spec_from_json(
      json{{"name", "my_jko"}, {"command", json::array({"python3", "{run_dir}"})}, {"scheme", "forward"}, {"timeout_s", 10}},
      "solvers[0]", problems);
  CHECK(problems.empty());
  CHECK(solver_spec_to_json(ok) ==
        json{{"name", "my_jko"}, {"command", json::array({"python3", "{run_dir}"})}, {"scheme", "forward"}, {"timeout_s", 10.0}});
}

TEST_CASE("a solver that writes a valid run folder: scored, with its stderr tail and output kept") {
  const fs::path dir = scratch("good");
  const json cell = run_external_cell(shell_solver(kGoodScript), cell_in(dir));
  INFO(cell["summary"].dump());
  CHECK(cell["summary"]["status"] == "ok");
  CHECK(cell["config"]["solver"] == "sh_test");
  CHECK(cell["steps"].size() == 2);
  CHECK(cell["summary"]["stderr_tail"] == "a warning");
  CHECK(slurp(dir / "run" / "stdout.txt") == "solver ran\n");
  fs::remove_all(dir);
}

TEST_CASE("failures: not startable, non-zero exit, crash, timeout (group killed), bad folder, another cell") {
  const fs::path dir = scratch("bad");
  const auto failure = [&](const SolverSpec& s, const ExternalCell& c) {
    const json cell = run_external_cell(s, c);
    CHECK(cell["summary"]["status"] == "failed");
    CHECK(cell["steps"].empty());
    CHECK(cell["config"]["scheme"] == "external");
    return cell;
  };
  SolverSpec missing = shell_solver("true");
  missing.command = {"/nonexistent/solver"};
  CHECK(failure(missing, cell_in(dir))["summary"]["failure"].get<std::string>().find("cannot start '/nonexistent/solver'") == 0);

  const json exit3 = failure(shell_solver("echo 'bad thing happened' >&2; exit 3"), cell_in(dir));
  CHECK(exit3["summary"]["failure"] == "exited with status 3");
  CHECK(exit3["summary"]["stderr_tail"] == "bad thing happened");

  const json crash = failure(shell_solver("kill -SEGV $$"), cell_in(dir));
  CHECK(crash["summary"]["failure"].get<std::string>().find("crashed: killed by signal 11") == 0);

  // The solver and a child it started (in the background) are both killed at the timeout.
  const fs::path pid_file = dir / "child.pid";
  const auto t0 = std::chrono::steady_clock::now();
  const json slow = failure(shell_solver("sleep 60 & echo $! > '" + pid_file.string() + "'; wait", 0.5), cell_in(dir));
  const double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(slow["summary"]["failure"].get<std::string>().find("timed out after 0.5 s") == 0);
  CHECK(waited < 30);  // not the child's 60 s: the group was killed
  const pid_t child = std::stoi(slurp(pid_file));
  bool gone = false;
  for (int i = 0; i < 100 && !gone; ++i) {  // the kill is asynchronous: wait up to 5 s for it to land
    gone = ::kill(child, 0) != 0;
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  CHECK(gone);

  const json no_run = failure(shell_solver("exit 0"), cell_in(dir));
  CHECK(no_run["summary"]["failure"].get<std::string>().find("bad run folder: ") == 0);
  CHECK(no_run["summary"]["failure"].get<std::string>().find("run.json: missing") != std::string::npos);

  ExternalCell other = cell_in(dir);
  other.seed = 5;  // the script writes seed 4
  CHECK(failure(shell_solver(kGoodScript), other)["summary"]["failure"].get<std::string>().find(
            "bad run folder: run.json describes") == 0);
  fs::remove_all(dir);
}

TEST_CASE("what a solver leaves in place of its log or pid file cannot block the sweep or leak into the cell") {
  // A FIFO opened for reading without a writer blocked the sweep forever; a link out of the run
  // folder put the file it names into the cell's stderr_tail.
  const fs::path dir = scratch("special_logs");
  std::ofstream(dir / "secret.txt") << "SECRET\n";
  const std::string fifo_log = std::string(kGoodScript) + " && rm stderr.txt && mkfifo stderr.txt";
  json cell = run_external_cell(shell_solver(fifo_log), cell_in(dir));
  CHECK(cell["summary"]["status"] == "ok");
  CHECK(cell["summary"]["stderr_tail"] == "");
  fs::remove_all(dir / "run");
  const std::string linked_log =
      std::string(kGoodScript) + " && rm stderr.txt && ln -s '" + (dir / "secret.txt").string() + "' stderr.txt";
  cell = run_external_cell(shell_solver(linked_log), cell_in(dir));
  CHECK(cell["summary"]["status"] == "ok");
  CHECK(cell["summary"]["stderr_tail"] == "");
  fs::remove_all(dir / "run");
  // A FIFO where an interrupted sweep's pid file would be (RUN_DIR.pid).
  REQUIRE(::mkfifo((dir / "run.pid").c_str(), 0600) == 0);
  cell = run_external_cell(shell_solver(kGoodScript), cell_in(dir));
  CHECK(cell["summary"]["status"] == "ok");
  CHECK(cell["summary"]["stderr_tail"] == "a warning");
  fs::remove_all(dir);
}
