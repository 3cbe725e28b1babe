#include "suite/common/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include <fmt/format.h>

namespace nwgf::suite {

namespace {
double seconds_between(std::chrono::steady_clock::time_point a,
                       std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}
}  // namespace

std::string format_duration(double s) {
  if (!(s >= 0) || s > 1e7) return "?";
  const long total = static_cast<long>(s + 0.5);
  if (total >= 3600) return fmt::format("{}h{:02}m", total / 3600, (total / 60) % 60);
  if (total >= 60) return fmt::format("{}m{:02}s", total / 60, total % 60);
  return fmt::format("{}s", total);
}

double remaining_job_seconds(const std::vector<JobClock>& finished, const std::vector<JobClock>& running,
                             std::int64_t pending_work, int workers) {
  double work = 0.0, seconds = 0.0;
  for (const JobClock& j : finished) {
    work += static_cast<double>(j.work);
    seconds += j.seconds;
  }
  if (finished.empty() || !(work > 0.0)) return std::numeric_limits<double>::quiet_NaN();
  const double per_unit = seconds / work;
  double left = static_cast<double>(std::max<std::int64_t>(pending_work, 0)) * per_unit;
  for (const JobClock& j : running) left += std::max(0.0, static_cast<double>(j.work) * per_unit - j.seconds);
  return left / static_cast<double>(std::max(workers, 1));
}

Progress::Progress(std::string label, std::int64_t total, bool quiet, double line_interval_s)
    : label_(std::move(label)),
      total_(total > 0 ? total : 1),
      quiet_(quiet),
      tty_(::isatty(STDERR_FILENO) == 1),
      line_interval_s_(line_interval_s),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
  if (!finished_ && !quiet_ && tty_ && done_ > 0) std::fputc('\n', stderr);
}

void Progress::update(std::int64_t done, const std::string& status) {
  done_ = done;
  status_ = status;
  if (quiet_) return;
  const auto now = std::chrono::steady_clock::now();
  const double since = seconds_between(last_draw_, now);
  if (tty_ ? since >= 0.1 : since >= line_interval_s_) {
    last_draw_ = now;
    draw(false);
  }
}

void Progress::heartbeat(const std::string& status) { update(done_, status); }

void Progress::set_remaining(double seconds) { remaining_s_ = seconds; }

void Progress::finish(const std::string& status) {
  if (finished_) return;
  finished_ = true;
  done_ = total_;
  if (!status.empty()) status_ = status;
  if (quiet_) return;
  draw(true);
}

void Progress::draw(bool final_line) {
  const double elapsed = seconds_between(start_, std::chrono::steady_clock::now());
  const double fraction = static_cast<double>(done_) / static_cast<double>(total_);
  const double eta = std::isnan(remaining_s_) ? -1.0  // not known yet: "?"
                     : remaining_s_ >= 0     ? remaining_s_
                     : fraction > 0          ? elapsed * (1 - fraction) / fraction
                                             : -1.0;
  const std::string tail =
      final_line ? fmt::format("done in {}", format_duration(elapsed))
                 : fmt::format("{} elapsed, ETA {}", format_duration(elapsed), format_duration(eta));
  const std::string status = status_.empty() ? "" : "  " + status_;
  if (tty_) {
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kWidth, '.');
    std::fprintf(stderr, "\r\033[K%s [%s] %lld/%lld %s%s", label_.c_str(), bar.c_str(),
                 static_cast<long long>(done_), static_cast<long long>(total_), tail.c_str(),
                 status.c_str());
    if (final_line) std::fputc('\n', stderr);
  } else {
    std::fprintf(stderr, "%s: %lld/%lld (%.0f%%) %s%s\n", label_.c_str(),
                 static_cast<long long>(done_), static_cast<long long>(total_), 100 * fraction,
                 tail.c_str(), status.c_str());
  }
  std::fflush(stderr);
}

}  // namespace nwgf::suite
