// The solvers' {python} (suite/study/python_interpreter.h, solver_spec.h): the placeholder's
// expansion, the candidates and their order, the probe of one interpreter (exit status, start
// failure, timeout), the refusal when none imports numpy, and through the built program ($NWGF_BIN)
// a sweep whose solver runs with $NWGF_PYTHON and one that falls back past it. The "interpreters"
// are /bin/sh scripts written by the test (fixed text): `-c "import numpy"` is answered by their
// exit status, so no test here needs NumPy.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/common/errors.h"
#include "suite/study/python_interpreter.h"
#include "suite/study/solver_spec.h"
#include "suite/study/study_config.h"
#include "testing/cli_runs.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace nwgf::suite;

namespace {

fs::path scratch(const std::string& tag) {
  const fs::path dir = fs::temp_directory_path() / ("nwgf_python_" + tag + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// An executable /bin/sh script with the given body.
std::string script(const fs::path& path, const std::string& body) {
  std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
  ::chmod(path.c_str(), 0755);
  return path.string();
}

// An environment variable set for one scope and restored after it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

SolverSpec solver(std::vector<std::string> command) {
  SolverSpec s;
  s.name = "py";
  s.command = std::move(command);
  return s;
}

// A Dirac study (d = 2, r = 1, tau 0.5 to T = 1, seed 0) with one external solver "fake" and no
// built-in schemes.
json study_with(const json& command) {
  json j = json::parse(R"({"name": "py", "d": [2], "r": [1], "taus": [0.5], "seeds": [0], "T": 1})");
  j["solvers"] = json::array({json{{"name", "fake"}, {"command", command}, {"scheme", "backward"}, {"timeout_s", 60}}});
  return j;
}

// The body of a fake interpreter: `-c "import numpy"` exits 0 after noting the probe in
// $LOG_DIR/probes; any other call is the solver, run as `INTERPRETER solve RUN_DIR`, which notes
// its interpreter and writes a valid run folder of the cell of study_with (two CSV steps).
std::string fake_python_body(const fs::path& log_dir) {
  const std::string log = log_dir.string();
  return "if [ \"$1\" = -c ]; then echo \"$0\" >> '" + log + "/probes'; exit 0; fi\n"
         "echo \"$0 $1\" >> '" + log + "/solver_runs'\n"
         "cd \"$2\" || exit 3\n"
         "printf '0.1,0.2\\n-0.2,0.1\\n0.05,-0.1\\n' > p1.csv\n"
         "printf '0.2,0.4\\n-0.4,0.2\\n0.1,-0.2\\n' > p2.csv\n"
         "printf '%s' '{\"protocol\":\"nwgf-run/1\",\"solver\":\"fake\",\"scheme\":\"backward\",\"d\":2,\"r\":1,"
         "\"tau\":0.5,\"T\":1,\"t0\":0,\"seed\":0,\"steps\":[{\"n\":1,\"t\":0.5,\"particles\":\"p1.csv\"},"
         "{\"n\":2,\"t\":1,\"particles\":\"p2.csv\"}]}' > run.json";
}

std::string read_or_empty(const fs::path& p) { return fs::exists(p) ? nwgf::testing::read_text(p) : ""; }

}  // namespace

TEST_CASE("{python} is replaced by the sweep's interpreter in every argument, kept as written while unresolved") {
  ExternalCell cell;
  cell.d = 3;
  cell.run_dir = "/tmp/run";
  const SolverSpec s = solver({"{python}", "solver.py", "--d", "{d}", "--exe={python}", "{{python}}", "{run_dir}"});
  cell.python = "/opt/venv/bin/python";
  CHECK(expand_command(s, cell) == std::vector<std::string>{"/opt/venv/bin/python", "solver.py", "--d", "3",
                                                            "--exe=/opt/venv/bin/python", "{python}", "/tmp/run"});
  cell.python.clear();  // nwgf sweep --plan before the search: the command as written
  CHECK(expand_command(s, cell) ==
        std::vector<std::string>{"{python}", "solver.py", "--d", "3", "--exe={python}", "{python}", "/tmp/run"});
  CHECK(command_uses_python(s));
  CHECK_FALSE(command_uses_python(solver({"python3", "{{python}}", "{run_dir}"})));  // a literal only
  CHECK(command_uses_python(solver({"prog", "x{python}y"})));
  // The interpreter is not part of the cell's config: the same study on every machine.
  cell.python = "/opt/venv/bin/python";
  CHECK_FALSE(external_config_json(s, cell).dump().find("venv") != std::string::npos);
}

TEST_CASE("a solver entry accepts {python}; an unknown placeholder's message lists {python} among the known") {
  std::vector<std::string> problems;
  const SolverSpec ok = solver_spec_from_json(
      json{{"name", "np"}, {"command", {"{python}", "examples/numpy_particle_flow.py", "--out", "{run_dir}"}}},
      "solvers[0]", problems);
  CHECK(problems.empty());
  CHECK(ok.command.front() == "{python}");
  solver_spec_from_json(json{{"name", "np"}, {"command", {"{pyhton}", "x"}}}, "solvers[0]", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("solvers[0].command[0] '{pyhton}': unknown placeholder {pyhton}") == 0);
  CHECK(problems[0].find("{python})") != std::string::npos);
}

TEST_CASE("the candidates: $NWGF_PYTHON, the build's, the system's, python3 on PATH, in order, each once") {
  const auto c = python_candidates("/env/python", "/build/python", "/usr/bin/python3");
  REQUIRE(c.size() == 4);
  CHECK(c[0].program == "/env/python");
  CHECK(c[0].origin == "$NWGF_PYTHON");
  CHECK(c[1].program == "/build/python");
  CHECK(c[2].program == "/usr/bin/python3");
  CHECK(c[3].program == "python3");
  CHECK(c[3].origin == "on PATH");
  // Unset $NWGF_PYTHON and a build interpreter equal to the system's: two candidates.
  const auto d = python_candidates("", "/usr/bin/python3", "/usr/bin/python3");
  REQUIRE(d.size() == 2);
  CHECK(d[0].program == "/usr/bin/python3");
  CHECK(d[0].origin == "the build's interpreter");
  CHECK(d[1].program == "python3");
  // The process's own list starts with $NWGF_PYTHON when it is set.
  const ScopedEnv env("NWGF_PYTHON", "/from/the/environment/python");
  CHECK(python_candidates().front().program == "/from/the/environment/python");
}

TEST_CASE("the probe: exit 0 passes; a non-zero exit, a missing program and a hang are told apart") {
  const fs::path dir = scratch("probe");
  CHECK(python_numpy_problem(script(dir / "has_numpy", "exit 0")) == "");
  CHECK(python_numpy_problem(script(dir / "no_numpy",
                                    "echo \"ModuleNotFoundError: No module named 'numpy'\" >&2; exit 1")) ==
        "cannot import numpy: exit status 1");
  CHECK(python_numpy_problem((dir / "missing").string()) == "cannot be started: No such file or directory");
  // A hang: killed at the timeout (0.3 s here) with its process group, not waited for.
  CHECK(python_numpy_problem(script(dir / "hangs", "sleep 30"), 0.3) == "timed out after 0.3 s");
  fs::remove_all(dir);
}

TEST_CASE("the first candidate that imports numpy is taken, the ones before it are passed over") {
  const fs::path dir = scratch("first");
  const std::string no = script(dir / "no_numpy", "exit 1"), yes = script(dir / "has_numpy", "exit 0");
  const std::string also = script(dir / "also_numpy", "exit 0");
  CHECK(find_python_with_numpy({{no, "$NWGF_PYTHON"}, {yes, "the build's interpreter"}, {also, "on PATH"}}) == yes);
  CHECK(find_python_with_numpy({{yes, "$NWGF_PYTHON"}, {also, "on PATH"}}) == yes);
  fs::remove_all(dir);
}

TEST_CASE("none imports numpy ($NWGF_PYTHON without it, an empty PATH): one line naming each one tried and what to install") {
  const fs::path dir = scratch("none");
  const fs::path empty_path = dir / "empty_bin";
  fs::create_directories(empty_path);
  const ScopedEnv env("NWGF_PYTHON", script(dir / "no_numpy", "exit 1"));
  const ScopedEnv path("PATH", empty_path.string());
  // This process's $NWGF_PYTHON and PATH; the build's and the system's interpreters left out (they
  // may have NumPy on this machine): "" drops a candidate, a missing path stands for an absent one.
  const auto candidates = python_candidates(std::getenv("NWGF_PYTHON"), "", (dir / "no_usr_bin_python3").string());
  REQUIRE(candidates.size() == 3);
  std::string message;
  try {
    find_python_with_numpy(candidates);
  } catch (const UsageError& e) {
    message = e.what();
  }
  INFO(message);
  REQUIRE_FALSE(message.empty());
  CHECK(message.find('\n') == std::string::npos);
  CHECK(message.find((dir / "no_numpy").string() + " ($NWGF_PYTHON: cannot import numpy: exit status 1)") !=
        std::string::npos);
  CHECK(message.find((dir / "no_usr_bin_python3").string() +
                     " (the system's interpreter: cannot be started: No such file or directory)") != std::string::npos);
  CHECK(message.find("python3 (on PATH: cannot be started: No such file or directory)") != std::string::npos);
  CHECK(message.find("apt install python3-numpy") != std::string::npos);
  CHECK(message.find("NWGF_PYTHON") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a sweep needs {python} only for a shard with cells of a solver that uses it; the runner gets it") {
  const StudyConfig with = study_config_from_json(study_with(json::array({"{python}", "solve", "{run_dir}"})), "test");
  const StudyConfig without = study_config_from_json(study_with(json::array({"/bin/sh", "solve.sh", "{run_dir}"})), "test");
  CHECK(study_needs_python(with, Shard{}));
  CHECK_FALSE(study_needs_python(without, Shard{}));
  // One external cell (index 0): shard 2/2 holds none of it.
  REQUIRE(study_cells(with).size() == 1);
  CHECK(study_needs_python(with, Shard{1, 2}));
  CHECK_FALSE(study_needs_python(with, Shard{2, 2}));
  std::string seen;
  const ExternalRunner runner = with_python(
      [&](const SolverSpec& s, const ExternalCell& c) {
        seen = expand_command(s, c).front();
        return json::object();
      },
      "/found/python");
  runner(with.solvers[0], external_cell(study_cells(with)[0], "run"));
  CHECK(seen == "/found/python");
}

TEST_CASE("nwgf sweep runs a {python} solver with $NWGF_PYTHON, probed once; falls back past one without numpy") {
  const fs::path dir = scratch("sweep");
  const std::string fake = script(dir / "fake_python", fake_python_body(dir));
  std::ofstream(dir / "study.json") << study_with(json::array({"{python}", "solve", "{run_dir}"})).dump();
  {
    const ScopedEnv env("NWGF_PYTHON", fake);
    const auto plan = nwgf::testing::run_nwgf({"sweep", "--config", (dir / "study.json").string(), "--plan"}, dir, 60);
    INFO(plan.err);
    CHECK(plan.status == 0);
    CHECK(plan.out.find("{python} solve RUN_DIR") != std::string::npos);  // the command as written
    CHECK(plan.out.find("{python} is " + fake) != std::string::npos);
    fs::remove(dir / "probes");
    const auto run = nwgf::testing::run_nwgf(
        {"sweep", "--config", (dir / "study.json").string(), "--out", (dir / "out.json").string()}, dir, 120);
    INFO(run.err);
    CHECK(run.status == 0);
    CHECK(run.err.find("{python} is " + fake) != std::string::npos);
    CHECK(read_or_empty(dir / "probes") == fake + "\n");               // probed once
    CHECK(read_or_empty(dir / "solver_runs") == fake + " solve\n");   // the solver ran with it
    REQUIRE(fs::exists(dir / "out.json"));
    const json doc = json::parse(nwgf::testing::read_text(dir / "out.json"));
    REQUIRE(doc["cells"].size() == 1);
    CHECK(doc["cells"][0]["summary"]["status"] == "ok");
    CHECK(doc["config"]["solvers"][0]["command"][0] == "{python}");  // the study as written
  }
  // $NWGF_PYTHON without numpy: the next candidate that has it is taken (the build's or the
  // system's interpreter, or python3 on PATH), or, where none has, the sweep is refused up front.
  const std::string without = script(dir / "no_numpy", "exit 1");
  const ScopedEnv env("NWGF_PYTHON", without);
  std::string fallback;
  for (const PythonCandidate& c : python_candidates(without, build_python()))
    if (c.program != without && python_numpy_problem(c.program).empty()) {
      fallback = c.program;
      break;
    }
  const std::string out = (dir / "fallback.json").string();
  if (!fallback.empty()) {
    const auto plan = nwgf::testing::run_nwgf({"sweep", "--config", (dir / "study.json").string(), "--plan"}, dir, 120);
    INFO(plan.out << plan.err);
    CHECK(plan.status == 0);
    CHECK(plan.out.find("{python} is " + fallback + " ") != std::string::npos);
  } else {  // refused before anything is written: no results, partial, lock or run folders
    const auto run = nwgf::testing::run_nwgf({"sweep", "--config", (dir / "study.json").string(), "--out", out}, dir, 120);
    INFO(run.out << run.err);
    CHECK(run.status == 2);
    CHECK(nwgf::testing::count_lines(run.err) == 1);
    CHECK(run.err.find(without + " ($NWGF_PYTHON: cannot import numpy: exit status 1)") != std::string::npos);
    CHECK(run.err.find("apt install python3-numpy") != std::string::npos);
    for (const char* name : {"fallback.json", "fallback.partial.json", "fallback.lock", "fallback.runs"})
      CHECK_FALSE(fs::exists(dir / name));
  }
  fs::remove_all(dir);
}
