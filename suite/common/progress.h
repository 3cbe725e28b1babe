#pragma once
// Progress reporting on stderr for long work (steps, Adam iterations, cells): a redrawn bar
// with rate and ETA when stderr is a terminal, plain periodic lines (at most one every
// `line_interval_s` seconds, plus the last) otherwise. Quiet mode prints nothing.
#include <chrono>
#include <cstdint>
#include <string>

namespace nwgf::suite {

class Progress {
 public:
  Progress(std::string label, std::int64_t total, bool quiet = false,
           double line_interval_s = 10.0);
  ~Progress();  // finishes the bar (newline) if it was drawn
  // Sets the amount done so far (0..total) and an optional short status (e.g. "loss 1.2e-3").
  void update(std::int64_t done, const std::string& status = "");
  void finish(const std::string& status = "");
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
};

}  // namespace nwgf::suite
