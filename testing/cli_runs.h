#pragma once
// Running the built nwgf program from the command-line tests (suite/cli/tests/): the path comes
// from the environment variable NWGF_BIN (set by CTest); each run's exit status, stdout and
// stderr are returned, captured through files in a scratch folder.
//
// Header-only, needs doctest and POSIX only ("testing/cli_runs.h"; the source root is on every
// target's include path). Three ways in, for what the tests need:
//   run_nwgf(argv, scratch[, limit]) argv without a shell (posix_spawn): arguments verbatim,
//                                    killed past an optional wall-time limit;
//   run_nwgf_shell(args, scratch)    a shell command line written by the test itself, quoting
//                                    included (never outside input);
//   run_nwgf_batch(lines, scratch)   several shell command lines at once, side by side (each
//                                    process loads LibTorch, ~0.3 s of CPU: concurrent runs keep
//                                    a test's wall time short).
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

extern char** environ;

namespace nwgf::testing {

struct CliRun {
  int status = -1;  // exit status; -1 when ended by a signal
  std::string out, err;
  bool timed_out = false;  // run_nwgf with a time limit: killed (SIGKILL) when it ran past it
};

inline std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Lines of a message (a last line without '\n' counts).
inline int count_lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  if (!s.empty() && s.back() != '\n') ++n;
  return n;
}

inline std::string nwgf_bin() {
  const char* bin = std::getenv("NWGF_BIN");
  REQUIRE_MESSAGE(bin != nullptr, "NWGF_BIN must point at the nwgf binary (set by CTest)");
  return bin;
}

// A folder of the system's temporary directory named for the test program and its pid.
inline std::filesystem::path scratch_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

// `limit_s` > 0: the program is killed when it runs longer than that many seconds of wall time
// (CliRun::timed_out), so a hang fails the test instead of stalling it.
inline CliRun run_nwgf(const std::vector<std::string>& args, const std::filesystem::path& scratch,
                       double limit_s = 0) {
  const std::string bin = nwgf_bin();
  std::vector<std::string> all{bin};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  const std::string out_path = (scratch / "stdout.txt").string(), err_path = (scratch / "stderr.txt").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(spawned == 0);
  int raw = 0;
  CliRun r;
  if (limit_s > 0) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(limit_s);
    pid_t done = 0;
    while ((done = waitpid(pid, &raw, WNOHANG)) == 0 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (done == 0) {
      ::kill(pid, SIGKILL);
      r.timed_out = true;
      done = waitpid(pid, &raw, 0);
    }
    REQUIRE(done == pid);
  } else {
    REQUIRE(waitpid(pid, &raw, 0) == pid);
  }
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_text(out_path);
  r.err = read_text(err_path);
  return r;
}

inline std::vector<CliRun> run_nwgf_batch(const std::vector<std::string>& lines, const std::filesystem::path& scratch) {
  const std::string bin = nwgf_bin();
  std::string script;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string base = (scratch / ("run" + std::to_string(i))).string();
    script += "( '" + bin + "' " + lines[i] + " >'" + base + ".out' 2>'" + base + ".err'; echo $? >'" + base +
              ".status' ) &\n";
  }
  script += "wait\n";
  const std::string script_path = (scratch / "runs.sh").string();
  std::ofstream(script_path) << script;
  REQUIRE(std::system(("sh '" + script_path + "'").c_str()) == 0);
  std::vector<CliRun> runs(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string base = (scratch / ("run" + std::to_string(i))).string();
    runs[i].out = read_text(base + ".out");
    runs[i].err = read_text(base + ".err");
    const int status = std::atoi(read_text(base + ".status").c_str());
    runs[i].status = status > 128 ? -1 : status;  // the shell reports a signal as 128 + n
  }
  return runs;
}

inline CliRun run_nwgf_shell(const std::string& args, const std::filesystem::path& scratch) {
  return run_nwgf_batch({args}, scratch).front();
}

}  // namespace nwgf::testing
