#pragma once
// Progress reporting on stderr for long work (steps, Adam iterations, cells): a redrawn bar
// with rate and ETA when stderr is a terminal, plain periodic lines (at most one every
// `line_interval_s` seconds, plus the last) otherwise. Quiet mode prints nothing.
// Work that reports only when it ends (an external solver process: its steps are known once its
// run folder is scored) keeps the line alive with heartbeat() -- elapsed time and a status such as
// the solver's name and how long it has run -- and gives its own estimate of the time left with
// set_remaining() (remaining_job_seconds below), so the ETA does not grow while the fraction done
// stands still.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace nwgf::suite {

class Progress {
 public:
  Progress(std::string label, std::int64_t total, bool quiet = false,
           double line_interval_s = 10.0);
  ~Progress();  // finishes the bar (newline) if it was drawn
  // Sets the amount done so far (0..total) and an optional short status (e.g. "loss 1.2e-3").
  void update(std::int64_t done, const std::string& status = "");
  void finish(const std::string& status = "");
  // Redraws with the amount unchanged and a new status (same rate limit as update): the elapsed
  // time and the status stay current while nothing is counted.
  void heartbeat(const std::string& status);
  // The seconds left when the caller knows better than the fraction done: >= 0 is shown as the
  // ETA, NaN as "?" (not known yet), a negative value returns to the fraction's estimate
  // elapsed (1 - f) / f.
  void set_remaining(double seconds);
  std::int64_t done() const { return done_; }  // the amount last set by update

 private:
  void draw(bool final_line);
  std::string label_;
  std::int64_t total_;
  std::int64_t done_ = 0;
  std::string status_;
  bool quiet_;
  bool tty_;
  bool finished_ = false;
  double line_interval_s_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  double remaining_s_ = -1.0;  // set_remaining: < 0 none
};

// "42s", "3m07s", "1h05m"; "?" for a negative, non-finite or absurd (> 1e7 s) value.
std::string format_duration(double seconds);

// A job whose work counts only when it ends (an external solver cell: its steps), with the
// seconds it has taken (finished) or has been running (running).
struct JobClock {
  std::int64_t work = 0;
  double seconds = 0.0;
};

// The seconds until every job has ended, from the seconds per unit of work of the finished jobs
// (sum of seconds / sum of work): each running job's expected time minus its time so far (at
// least 0: an overdue job is counted as ending now), plus the pending work, spread over
// `workers` jobs at once (at least 1). NaN when no job has finished (nothing to measure by) or
// the finished jobs did no work.
double remaining_job_seconds(const std::vector<JobClock>& finished, const std::vector<JobClock>& running,
                             std::int64_t pending_work, int workers);

}  // namespace nwgf::suite
