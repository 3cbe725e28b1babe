// Faults a sweep must survive with nothing lost, through the built program ($NWGF_BIN) on a small
// study of particle and short neural cells:
//  - kill -9 at random moments, 20 times and more, each followed by --resume;
//  - a full disk (a small tmpfs where this may mount one, else an injected write failure);
//  - an output folder that turns read-only under a running sweep;
//  - a second sweep on the same --out while the first lives (refused, naming host and pid), and
//    the lock of a killed sweep (taken over with a notice);
//  - a corrupt or foreign partial file (refused with the reason, left as it was);
//  - a config of 100000 nested brackets (refused with one line, nothing written).
// Each ends, after a rerun with --resume, with every number equal to an uninterrupted run's.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/study/sweep.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {

// 8 cells: the backward scheme (30 Adam iterations per step) and the particle flow, two r, two
// step sizes. About a second for the whole study here (2-core EPYC).
const char* kStudy = R"({
  "name": "faults", "schemes": ["backward", "particle"], "d": [2], "r": [1, 1.5],
  "taus": [0.1, 0.05], "seeds": [0], "T": 0.2, "particles": 64, "eval_samples": 100,
  "training": { "iters": 30, "batch": 20, "step_batch": 64 },
  "network": { "width": 8 }, "threads": 1
})";
constexpr int kStudyCells = 8;

std::string fresh_dir(const std::string& name) {
  const std::string dir = std::filesystem::absolute("sweep_faults_test_tmp/" + name).string();
  std::filesystem::remove_all(dir);
  make_directories(dir);
  return dir;
}

// As sweep_particle_test: everything but what differs between runs by nature.
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

// Starts `nwgf sweep ARGS...` with stdout to /dev/null and stderr to `err` (extra environment
// entries "NAME=VALUE" in `env`); returns its pid.
pid_t spawn_sweep(const std::vector<std::string>& args, const std::string& err,
                  const std::vector<std::string>& env = {}) {
  const char* bin = std::getenv("NWGF_BIN");
  std::vector<std::string> argv = {bin, "sweep"};
  argv.insert(argv.end(), args.begin(), args.end());
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    for (const auto& e : env) putenv(const_cast<char*>(e.c_str()));
    const int out = open("/dev/null", O_WRONLY);
    const int er = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0 || er < 0) _exit(127);
    dup2(out, 1);
    dup2(er, 2);
    std::vector<char*> cargv;
    for (auto& a : argv) cargv.push_back(a.data());
    cargv.push_back(nullptr);
    execv(cargv[0], cargv.data());
    _exit(127);
  }
  return pid;
}

// Exit status of a finished child (-signal when killed).
int wait_status(pid_t pid) {
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

int run_sweep_program(const std::vector<std::string>& args, const std::string& err,
                      const std::vector<std::string>& env = {}) {
  return wait_status(spawn_sweep(args, err, env));
}

std::vector<std::string> lines_of(const std::string& path) {
  std::vector<std::string> lines;
  std::string text = read_file(path), line;
  for (char c : text) {
    if (c == '\n') {
      lines.push_back(line);
      line.clear();
    } else {
      line += c;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string host_name() {
  char buf[256] = {};
  gethostname(buf, sizeof buf - 1);
  return buf;
}

bool exists(const std::string& path) { return std::filesystem::exists(path); }

// Temporary files of interrupted atomic writes (NAME.tmp.PID) in `dir`.
int temporary_files(const std::string& dir) {
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    n += e.path().filename().string().find(".tmp.") != std::string::npos;
  return n;
}

// A tmpfs of the given size mounted at `dir` for the lifetime of the object, where this process
// may mount (root in a namespace that allows it); mounted() false otherwise.
class Tmpfs {
 public:
  Tmpfs(const std::string& dir, const std::string& size) : dir_(dir) {
    if (geteuid() != 0) return;
    mounted_ = std::system(("mount -t tmpfs -o size=" + size + " nwgf-test " + dir + " 2> /dev/null").c_str()) == 0;
  }
  ~Tmpfs() {
    if (mounted_ && std::system(("umount " + dir_ + " 2> /dev/null").c_str()) != 0)
      (void)std::system(("umount -l " + dir_).c_str());
  }
  bool mounted() const { return mounted_; }
  // Retried: a remount to read-only fails (EBUSY) while a file there is open for writing.
  bool remount(const std::string& options) {
    for (int attempt = 0; attempt < 200; ++attempt) {
      if (std::system(("mount -o remount," + options + " " + dir_ + " 2> /dev/null").c_str()) == 0) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
  }

 private:
  std::string dir_;
  bool mounted_ = false;
};

struct Study {
  std::string dir, config, reference;
};

// The study's config and its uninterrupted run (once per test binary).
const Study& reference_study() {
  static const Study study = [] {
    Study s;
    s.dir = fresh_dir("reference");
    s.config = s.dir + "/study.json";
    s.reference = s.dir + "/reference.json";
    write_file_atomic(s.config, kStudy);
    REQUIRE(run_sweep_program({"--quiet", "--config", s.config, "--out", s.reference}, s.dir + "/err.txt") == 0);
    REQUIRE(load_study_document(s.reference)["cells"].size() == kStudyCells);
    return s;
  }();
  return study;
}

bool have_program() {
  if (std::getenv("NWGF_BIN")) return true;
  MESSAGE("NWGF_BIN not set (run through ctest); the checks through the program did not run");
  return false;
}

}  // namespace

TEST_CASE("kill -9 at random moments, each followed by --resume: the numbers of an uninterrupted run") {
  if (!have_program()) return;
  const Study& study = reference_study();
  const std::string dir = fresh_dir("kills");
  const std::string out = dir + "/study.json", partial = partial_path(out);
  const std::vector<std::string> args = {"--quiet", "--resume", "--config", study.config, "--out", out};

  // How long one uninterrupted run takes here, start-up included: the kill moments are drawn
  // uniformly in [0, 1.2 x that / 8], so most cycles make some progress and many land mid-cell.
  const auto t0 = std::chrono::steady_clock::now();
  REQUIRE(run_sweep_program({"--quiet", "--config", study.config, "--out", dir + "/timed.json"}, dir + "/t.txt") == 0);
  const double run_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::mt19937_64 random(20261201);  // fixed: the same moments on every run of the test
  std::uniform_real_distribution<double> moment_ms(0.0, 1.2 * run_ms / 8);

  constexpr int kKillsWanted = 24;
  int kills = 0, finished_early = 0, cycles = 0;
  std::size_t cells_kept = 0;
  while (kills < kKillsWanted && cycles < 200) {
    ++cycles;
    if (exists(out)) {  // finished between kills: start over, the kills must reach their count
      ++finished_early;
      std::filesystem::remove(out);
      cells_kept = 0;
    }
    const pid_t pid = spawn_sweep(args, dir + "/err.txt");
    std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(moment_ms(random)));
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      CHECK(WIFEXITED(status));
      CHECK(WEXITSTATUS(status) == 0);  // never refused: every earlier kill left a resumable state
      continue;
    }
    kill(pid, SIGKILL);
    REQUIRE(waitpid(pid, &status, 0) == pid);
    ++kills;
    // What a kill leaves is always readable: the partial file is never torn, and it never loses
    // a cell it held before.
    if (exists(partial)) {
      const json doc = load_study_document(partial);
      CHECK(doc["cells"].size() >= cells_kept);
      cells_kept = doc["cells"].size();
    }
  }
  CHECK(kills == kKillsWanted);
  MESSAGE(kills << " kills in " << cycles << " cycles (a run here: " << run_ms << " ms; " << finished_early
                << " runs finished between kills)");
  REQUIRE(run_sweep_program(args, dir + "/final.txt") == 0);
  CHECK(numbers_only(load_study_document(out)) == numbers_only(load_study_document(study.reference)));
  CHECK_FALSE(exists(partial));
  CHECK_FALSE(exists(lock_path_for(out)));
}

TEST_CASE("a second sweep on the same --out is refused while the first lives; a killed one's lock is taken over") {
  if (!have_program()) return;
  const Study& study = reference_study();
  const std::string dir = fresh_dir("lock");
  const std::string out = dir + "/study.json";
  // Slower cells, so that the first sweep is still running when the second starts.
  json slow = json::parse(kStudy);
  slow["training"]["iters"] = 20000;  // minutes: it is killed long before
  write_file_atomic(dir + "/slow.json", slow.dump());
  const pid_t first = spawn_sweep({"--quiet", "--config", dir + "/slow.json", "--out", out}, dir + "/first.txt");
  for (int i = 0; i < 3000 && !exists(lock_path_for(out)); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  REQUIRE(exists(lock_path_for(out)));
  for (const bool resume : {false, true}) {
    INFO("second sweep " << (resume ? std::string("with") : std::string("without")) << " --resume");
    std::vector<std::string> args = {"--quiet", "--config", dir + "/slow.json", "--out", out};
    if (resume) args.push_back("--resume");
    CHECK(run_sweep_program(args, dir + "/second.txt") == 2);
    const auto lines = lines_of(dir + "/second.txt");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("is being written by") != std::string::npos);
    CHECK(lines[0].find("pid " + std::to_string(first)) != std::string::npos);
    CHECK(lines[0].find("host " + host_name()) != std::string::npos);
  }
  // The refused sweeps changed nothing: the first one is still running and holds the lock.
  int status = 0;
  CHECK(waitpid(first, &status, WNOHANG) == 0);
  kill(first, SIGKILL);
  CHECK(wait_status(first) == -SIGKILL);
  REQUIRE(exists(lock_path_for(out)));  // left behind by the killed sweep

  // Its lock is stale: taken over with one line naming the dead holder, and the sweep goes on.
  // (The killed sweep's lock file is moved beside the output of the faster reference study, so
  // that the resumed sweep is quick.)
  const std::string out2 = dir + "/fast.json";
  std::filesystem::rename(lock_path_for(out), lock_path_for(out2));
  REQUIRE(run_sweep_program({"--quiet", "--resume", "--config", study.config, "--out", out2}, dir + "/taken.txt") == 0);
  const auto lines = lines_of(dir + "/taken.txt");
  int notices = 0;
  for (const auto& l : lines) notices += l.find("taking over the stale lock") != std::string::npos &&
                                         l.find("pid " + std::to_string(first)) != std::string::npos;
  CHECK(notices == 1);
  CHECK(numbers_only(load_study_document(out2)) == numbers_only(load_study_document(study.reference)));
  CHECK_FALSE(exists(lock_path_for(out2)));
}

TEST_CASE("a full disk stops the sweep with one line, keeps every finished cell, and --resume completes it") {
  if (!have_program()) return;
  const Study& study = reference_study();
  const std::string dir = fresh_dir("disk_full");
  const std::string folder = dir + "/out";
  make_directories(folder);
  const std::string out = folder + "/study.json", partial = partial_path(out);
  const std::vector<std::string> args = {"--quiet", "--resume", "--config", study.config, "--out", out};

  SUBCASE("injected: the fourth write fails as ENOSPC would") {
    CHECK(run_sweep_program(args, dir + "/err.txt", {"NWGF_FAULT_WRITE_FAILS_AFTER=3"}) == 1);
    const auto lines = lines_of(dir + "/err.txt");
    REQUIRE(lines.size() >= 1);
    CHECK(lines.back().find("No space left on device") != std::string::npos);
    CHECK(lines.back().rfind("nwgf: failed: ", 0) == 0);
    CHECK(load_study_document(partial)["cells"].size() == 3);  // the three cells written before
  }
  SUBCASE("a real full file system: a tmpfs too small for the study") {
    // The results file of this study is about 60 KB (partial files grow to it); 24 KB holds
    // only a few cells.
    Tmpfs tmpfs(folder, "24k");
    if (!tmpfs.mounted()) {
      MESSAGE("cannot mount a tmpfs here (not root, or not allowed): the injected failure stands in");
      return;
    }
    CHECK(run_sweep_program(args, dir + "/err.txt") == 1);
    const auto lines = lines_of(dir + "/err.txt");
    REQUIRE(lines.size() >= 1);
    CHECK(lines.back().find("No space left on device") != std::string::npos);
    const std::size_t kept = load_study_document(partial)["cells"].size();
    CHECK(kept >= 1);
    CHECK(kept < kStudyCells);
    CHECK(temporary_files(folder) == 0);  // the failed write cleaned up after itself
    REQUIRE(tmpfs.remount("size=16m"));   // space again: the same files, a larger disk
    REQUIRE(run_sweep_program(args, dir + "/resumed.txt") == 0);
    CHECK(numbers_only(load_study_document(out)) == numbers_only(load_study_document(study.reference)));
    return;
  }
  CHECK(temporary_files(folder) == 0);
  REQUIRE(run_sweep_program(args, dir + "/resumed.txt") == 0);
  CHECK(numbers_only(load_study_document(out)) == numbers_only(load_study_document(study.reference)));
}

TEST_CASE("an output folder that turns read-only under a running sweep: one line, finished cells kept") {
  if (!have_program()) return;
  const Study& study = reference_study();
  const std::string dir = fresh_dir("read_only");
  const std::string folder = dir + "/out";
  make_directories(folder);
  const std::string out = folder + "/study.json", partial = partial_path(out);
  const std::vector<std::string> args = {"--quiet", "--resume", "--config", study.config, "--out", out};
  Tmpfs tmpfs(folder, "16m");
  const bool as_root = tmpfs.mounted();  // root ignores permission bits: a read-only mount instead
  const auto make_read_only = [&](bool read_only) {
    if (as_root) return tmpfs.remount(read_only ? "ro" : "rw");
    std::filesystem::permissions(folder, read_only ? std::filesystem::perms(0555) : std::filesystem::perms(0755));
    return true;
  };
  if (!as_root && geteuid() == 0) {
    MESSAGE("root without a mountable tmpfs: permission bits do not bind root; check not run");
    return;
  }
  // Let the sweep finish two cells, then take the folder's write permission away.
  const pid_t pid = spawn_sweep(args, dir + "/err.txt");
  std::size_t before = 0;
  for (int i = 0; i < 6000; ++i) {
    if (exists(partial)) {
      try {
        before = load_study_document(partial)["cells"].size();
      } catch (const std::exception&) {
      }
      if (before >= 2) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  REQUIRE(make_read_only(true));
  const int status = wait_status(pid);
  if (status == 0) {
    MESSAGE("the sweep finished before its folder turned read-only; nothing to check");
    REQUIRE(make_read_only(false));
    return;
  }
  CHECK(status == 1);
  const auto lines = lines_of(dir + "/err.txt");
  REQUIRE(lines.size() >= 1);
  const bool says_why = lines.back().find("Read-only file system") != std::string::npos ||
                        lines.back().find("Permission denied") != std::string::npos;
  CHECK(says_why);
  const std::size_t kept = load_study_document(partial)["cells"].size();
  CHECK(kept >= before);
  // While it stays read-only, a resume is refused up front by the output rule (the folder is not
  // writable: exit 2) with one line, and changes nothing.
  CHECK(run_sweep_program(args, dir + "/refused.txt") == 2);
  REQUIRE(lines_of(dir + "/refused.txt").size() == 1);
  CHECK(lines_of(dir + "/refused.txt")[0].find("is not writable") != std::string::npos);
  CHECK(load_study_document(partial)["cells"].size() == kept);
  REQUIRE(make_read_only(false));
  REQUIRE(run_sweep_program(args, dir + "/resumed.txt") == 0);
  CHECK(numbers_only(load_study_document(out)) == numbers_only(load_study_document(study.reference)));
}

TEST_CASE("a corrupt or foreign partial file is refused with one line and left as it was") {
  if (!have_program()) return;
  const Study& study = reference_study();
  const std::string dir = fresh_dir("corrupt");
  const std::string out = dir + "/study.json", partial = partial_path(out);
  const std::vector<std::string> args = {"--quiet", "--resume", "--config", study.config, "--out", out};
  // Three finished cells, as a killed sweep leaves them.
  const json reference = load_study_document(study.reference);
  json three = reference;
  three["cells"].erase(three["cells"].begin() + 3, three["cells"].end());
  three["complete"] = false;
  three["convergence"] = json::array();
  const std::string good = three.dump();

  struct Case {
    const char* what;
    std::string content;
    const char* reason;
  };
  json foreign_study = three;
  foreign_study["config"]["name"] = "another";
  json foreign_cell = three;
  foreign_cell["cells"][1]["config"]["tau"] = 0.5;
  const std::vector<Case> cases = {
      {"cut short", good.substr(0, good.size() / 2), "not valid JSON"},
      {"bytes flipped", std::string(good).replace(good.size() / 3, 8, "\x01\xff garbage"), "not valid JSON"},
      {"empty", "", "not valid JSON"},
      {"nested 100000 deep", std::string(100000, '['), "nested deeper than"},
      {"another program's JSON", R"({"schema": "other/1", "cells": []})", "foreign results file"},
      {"another study", foreign_study.dump(), "different study config"},
      {"a cell of another configuration", foreign_cell.dump(), "foreign cell"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    write_file_atomic(partial, c.content);
    CHECK(run_sweep_program(args, dir + "/err.txt") == 2);
    const auto lines = lines_of(dir + "/err.txt");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find(c.reason) != std::string::npos);
    CHECK(lines[0].find(partial) != std::string::npos);
    CHECK(read_file(partial) == c.content);  // left for inspection, not overwritten
    CHECK_FALSE(exists(out));
    CHECK_FALSE(exists(lock_path_for(out)));
  }
  // Restored (or removed, to start afresh), --resume completes with the same numbers.
  write_file_atomic(partial, good);
  REQUIRE(run_sweep_program(args, dir + "/resumed.txt") == 0);
  CHECK(numbers_only(load_study_document(out)) == numbers_only(reference));
  std::filesystem::remove(out);
  REQUIRE(run_sweep_program(args, dir + "/afresh.txt") == 0);
  CHECK(numbers_only(load_study_document(out)) == numbers_only(reference));
}

TEST_CASE("a study config of 100000 nested brackets is refused with one line and nothing written") {
  if (!have_program()) return;
  const std::string dir = fresh_dir("bomb");
  write_file_atomic(dir + "/bomb.json", std::string(100000, '[') + std::string(100000, ']'));
  write_file_atomic(dir + "/objects.json", [] {
    std::string s;
    for (int i = 0; i < 100000; ++i) s += "{\"a\":";
    return s + "1" + std::string(100000, '}');
  }());
  make_directories(dir + "/out");  // the outputs' folder exists: the config is what is refused
  for (const char* file : {"bomb.json", "objects.json"}) {
    INFO(file);
    CHECK(run_sweep_program({"--config", dir + "/" + file, "--out", dir + "/out/x.json"}, dir + "/err.txt") == 2);
    const auto lines = lines_of(dir + "/err.txt");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("nested deeper than 64 levels") != std::string::npos);
    CHECK(lines[0].find(file) != std::string::npos);
    CHECK(std::filesystem::is_empty(dir + "/out"));
  }
  // The same file as a shard for merge and as results for report.
  const char* bin = std::getenv("NWGF_BIN");
  const std::string bomb = dir + "/bomb.json";
  CHECK(std::system((std::string(bin) + " sweep merge " + bomb + " --out " + dir + "/out/m.json 2> " + dir +
                     "/merge.txt").c_str()) == 2 * 256);
  CHECK(lines_of(dir + "/merge.txt").size() == 1);
  CHECK(std::system((std::string(bin) + " report " + bomb + " --out " + dir + "/out/report 2> " + dir +
                     "/report.txt").c_str()) == 2 * 256);
  CHECK(lines_of(dir + "/report.txt").size() == 1);
  CHECK(lines_of(dir + "/report.txt")[0].find("nested deeper than 64 levels") != std::string::npos);
  CHECK(std::filesystem::is_empty(dir + "/out"));
}

TEST_CASE("--shard slurm reads this task's shard from a Slurm job array's environment") {
  struct Env {
    const char* id;
    const char* min;
    const char* max;
    const char* count;
    const char* step;
  };
  const auto with = [](const Env& e) {
    setenv("SLURM_ARRAY_TASK_ID", e.id, 1);
    setenv("SLURM_ARRAY_TASK_MIN", e.min, 1);
    setenv("SLURM_ARRAY_TASK_MAX", e.max, 1);
    setenv("SLURM_ARRAY_TASK_COUNT", e.count, 1);
    if (e.step) setenv("SLURM_ARRAY_TASK_STEP", e.step, 1);
    else unsetenv("SLURM_ARRAY_TASK_STEP");
    return parse_shard("slurm");
  };
  // --array=1-4, task 3: shard 3/4. --array=0-3: task 0 is shard 1/4. --array=10-40:10, task 30.
  Shard s = with({"3", "1", "4", "4", "1"});
  CHECK((s.index == 3 && s.count == 4));
  s = with({"0", "0", "3", "4", nullptr});
  CHECK((s.index == 1 && s.count == 4));
  s = with({"30", "10", "40", "4", "10"});
  CHECK((s.index == 3 && s.count == 4));
  // Gaps (--array=1,2,7), junk and missing variables are refused.
  CHECK_THROWS_WITH_AS(with({"7", "1", "7", "3", "1"}), doctest::Contains("not evenly spaced"), UsageError);
  CHECK_THROWS_WITH_AS(with({"-1", "1", "4", "4", "1"}), doctest::Contains("SLURM_ARRAY_TASK_ID='-1'"), UsageError);
  CHECK_THROWS_AS(with({"99999999999", "1", "4", "4", "1"}), UsageError);
  unsetenv("SLURM_ARRAY_TASK_ID");
  CHECK_THROWS_WITH_AS(parse_shard("slurm"), doctest::Contains("SLURM_ARRAY_TASK_ID is not set"), UsageError);
  for (const char* v : {"SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_STEP"})
    unsetenv(v);
}
