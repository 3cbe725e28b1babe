// Tests of suite/common/progress.h: the time left of jobs that report their work only when they
// end (values derived in the comments), durations as printed, and the lines a heartbeat and an
// estimate given by the caller print when stderr is a file (no timing is measured: the lines are
// read for their status and ETA text).
#include "suite/common/progress.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

using nwgf::suite::format_duration;
using nwgf::suite::JobClock;
using nwgf::suite::Progress;
using nwgf::suite::remaining_job_seconds;

namespace {

// What `f` writes on stderr, read back from a file that stderr points to while it runs.
template <class F>
std::string stderr_of(F f) {
  const std::string path = "progress_test_stderr.txt";
  std::fflush(stderr);
  const int saved = ::dup(STDERR_FILENO);
  std::FILE* file = std::fopen(path.c_str(), "w");
  REQUIRE(file != nullptr);
  ::dup2(::fileno(file), STDERR_FILENO);
  f();
  std::fflush(stderr);
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  std::fclose(file);
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::remove(path.c_str());
  return text.str();
}

}  // namespace

TEST_CASE("the time left of solver jobs comes from the finished jobs' seconds per step") {
  // Finished: 10 steps in 20 s and 30 steps in 60 s: 2 s per step.
  const std::vector<JobClock> finished = {{10, 20.0}, {30, 60.0}};
  // Running: 10 steps for 5 s (15 s left) and 5 steps for 30 s (overdue: 0 left); pending 20
  // steps (40 s). One worker: 55 s; two workers: 27.5 s.
  const std::vector<JobClock> running = {{10, 5.0}, {5, 30.0}};
  CHECK(remaining_job_seconds(finished, running, 20, 1) == doctest::Approx(55.0).epsilon(1e-15));
  CHECK(remaining_job_seconds(finished, running, 20, 2) == doctest::Approx(27.5).epsilon(1e-15));
  CHECK(remaining_job_seconds(finished, {}, 0, 1) == 0.0);
  // Nothing finished, or finished jobs without work: nothing to measure by.
  CHECK(std::isnan(remaining_job_seconds({}, running, 20, 1)));
  CHECK(std::isnan(remaining_job_seconds({{0, 3.0}}, running, 20, 1)));
}

TEST_CASE("durations print as seconds, minutes or hours; unknown as ?") {
  CHECK(format_duration(0.4) == "0s");
  CHECK(format_duration(42) == "42s");
  CHECK(format_duration(187) == "3m07s");
  CHECK(format_duration(3900) == "1h05m");
  CHECK(format_duration(-1) == "?");
  CHECK(format_duration(std::nan("")) == "?");
}

TEST_CASE("a heartbeat prints the status with the amount unchanged; the caller's ETA replaces the fraction's") {
  const std::string out = stderr_of([] {
    Progress p("sweep s", 10, false, 0.0);  // a file, not a terminal: a line per draw
    p.update(4, "4 steps");
    p.heartbeat("running numpy_flow on external/numpy_flow/d2 for 1m05s");
    p.set_remaining(std::nan(""));
    p.heartbeat("no solver cell finished yet");
    p.set_remaining(100.0);
    p.heartbeat("one finished");
    p.set_remaining(-1.0);
    p.finish("all done");
  });
  std::istringstream lines(out);
  std::string line;
  std::vector<std::string> all;
  while (std::getline(lines, line)) all.push_back(line);
  REQUIRE(all.size() == 5);
  CHECK(all[1].find("sweep s: 4/10 (40%)") == 0);
  CHECK(all[1].find("running numpy_flow on external/numpy_flow/d2 for 1m05s") != std::string::npos);
  CHECK(all[2].find("ETA ?") != std::string::npos);
  CHECK(all[3].find("ETA 1m40s") != std::string::npos);
  CHECK(all[4].find("10/10 (100%) done in") != std::string::npos);
  CHECK(all[4].find("all done") != std::string::npos);
}

TEST_CASE("quiet progress prints nothing, heartbeats included") {
  CHECK(stderr_of([] {
          Progress p("q", 3, true, 0.0);
          p.heartbeat("x");
          p.finish();
        }).empty());
}
