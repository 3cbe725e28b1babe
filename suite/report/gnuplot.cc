#include "suite/report/gnuplot.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "suite/common/format.h"

extern char** environ;

namespace nwgf::suite {

namespace {

// A file descriptor closed when it goes out of scope.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

std::runtime_error system_error(const std::string& what, int error) {
  return std::runtime_error(what + ": " + std::strerror(error));
}

// A pipe whose two ends are closed on exec (the child gets its ends through dup2 only).
void make_pipe(Fd& read_end, Fd& write_end) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw system_error("gnuplot: cannot create a pipe", errno);
  read_end.reset(fds[0]);
  write_end.reset(fds[1]);
}

// gnuplot's error message: the last non-empty line of its standard error (it echoes the offending
// command and a caret on the lines before it), with the line before when the last one only adds
// the system's reason ("cannot open file; output not changed (system error: No such file ...)").
std::string error_message(const std::string& log) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < log.size()) {
    std::size_t end = log.find('\n', begin);
    if (end == std::string::npos) end = log.size();
    std::string line = log.substr(begin, end - begin);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    std::string text;  // runs of spaces (gnuplot's alignment) as one
    for (char c : line)
      if (c != ' ' || (!text.empty() && text.back() != ' ')) text += c;
    if (!text.empty()) lines.push_back(text);
    begin = end + 1;
  }
  if (lines.empty()) return "";
  if (lines.size() >= 2 && lines.back().rfind("system error", 0) == 0)
    return lines[lines.size() - 2] + " (" + lines.back() + ")";
  return lines.back();
}

// SIGPIPE blocked in this thread while it writes to the child (a child that exits early makes
// the write fail with EPIPE instead of killing the program); a SIGPIPE raised meanwhile is
// consumed before the old mask comes back.
class SigpipeBlock {
 public:
  SigpipeBlock() {
    sigemptyset(&pipe_);
    sigaddset(&pipe_, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
  }
  ~SigpipeBlock() {
    if (raised_ && !sigismember(&old_, SIGPIPE)) {
      const timespec zero{0, 0};
      while (sigtimedwait(&pipe_, nullptr, &zero) == SIGPIPE) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  void raised() { raised_ = true; }
  const sigset_t& old_mask() const { return old_; }

 private:
  sigset_t pipe_, old_;
  bool raised_ = false;
};

struct Spawned {
  pid_t pid = -1;
  int error = 0;  // posix_spawnp's error (0: started)
};

// Starts argv[0] (looked up on PATH) in a process group of its own with stdin from `in`, stdout
// on /dev/null, stderr into `err`, in `working_dir` (empty: here), with the signal mask `mask`.
Spawned spawn(const std::vector<std::string>& args, int in, int err, const std::string& working_dir,
              const sigset_t& mask) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  if (in >= 0)
    posix_spawn_file_actions_adddup2(&actions, in, STDIN_FILENO);
  else
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  if (err >= 0)
    posix_spawn_file_actions_adddup2(&actions, err, STDERR_FILENO);
  else
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  // glibc >= 2.29 (and macOS >= 10.15): the child changes directory before exec.
  if (!working_dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, working_dir.c_str());
  // The child starts with the caller's mask (not this thread's SIGPIPE block) and SIGPIPE at its
  // default action.
  sigset_t pipe_only;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  posix_spawnattr_setsigmask(&attr, &mask);
  posix_spawnattr_setsigdefault(&attr, &pipe_only);
  // Its own process group, led by the child: a budget overrun kills whatever it started too.
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
  Spawned s;
  s.error = posix_spawnp(&s.pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  return s;
}

// Marks of plots in gnuplot's standard error (gnuplot_plot_mark), apart from its messages.
constexpr const char* kMarkPrefix = "nwgf-plot ";

class ErrorLog {
 public:
  void add(const char* data, std::size_t n) {
    pending_.append(data, n);
    for (std::size_t end = pending_.find('\n'); end != std::string::npos; end = pending_.find('\n')) {
      const std::string line = pending_.substr(0, end);
      pending_.erase(0, end + 1);
      if (line.rfind(kMarkPrefix, 0) == 0) {
        ++marks_;
        plot_ = line.substr(std::string(kMarkPrefix).size());
      } else {
        messages_ += line + "\n";
      }
    }
  }
  std::string messages() const { return messages_ + pending_; }
  int marks() const { return marks_; }
  const std::string& plot() const { return plot_; }  // the plot gnuplot works on ("" before the first)

 private:
  std::string pending_, messages_, plot_;
  int marks_ = 0;
};

// How often the budget is checked and progress reported while gnuplot works.
constexpr int kPollMs = 200;
constexpr double kProgressEveryS = 1.0;

// The time budget of one run: at most options.timeout_s seconds per plot (from a mark to the next
// or to the exit); an overrun kills the child's process group and throws, naming the plot.
class Budget {
 public:
  using Clock = std::chrono::steady_clock;
  Budget(pid_t pid, const GnuplotOptions& options)
      : pid_(pid), options_(options), plot_start_(Clock::now()), last_progress_(plot_start_) {}
  Budget(const Budget&) = delete;
  Budget& operator=(const Budget&) = delete;
  ~Budget() { kill(); }  // a run that throws on its way leaves nothing running

  // Progress and the budget after new output (or none for a while).
  void check(const ErrorLog& log) {
    const Clock::time_point now = Clock::now();
    if (log.marks() != marks_) {
      marks_ = log.marks();
      plot_start_ = now;
      report(log, now);
    } else if (seconds(last_progress_, now) >= kProgressEveryS) {
      report(log, now);
    }
    if (seconds(plot_start_, now) > options_.timeout_s) {
      kill();
      throw std::runtime_error(fmt::format("'{}' spent more than {} s on {} and was killed (the time budget of one "
                                           "plot)", options_.program, format_shortest(options_.timeout_s),
                                           log.plot().empty() ? "the script before its first plot"
                                                              : "plot " + log.plot()));
    }
  }

  // Waits for the child's exit within the budget; its raw wait status.
  int wait(const ErrorLog& log) {
    for (;;) {
      int status = 0;
      const pid_t w = ::waitpid(pid_, &status, WNOHANG);
      if (w == pid_) {
        pid_ = -1;
        return status;
      }
      if (w < 0 && errno != EINTR) throw system_error("gnuplot: waitpid", errno);
      check(log);
      ::usleep(10000);
    }
  }

  // Kills the child's process group and reaps the child (no-op once reaped).
  void kill() noexcept {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGKILL);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
  }

 private:
  static double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  }
  void report(const ErrorLog& log, Clock::time_point now) {
    last_progress_ = now;
    if (options_.on_progress) options_.on_progress(log.marks(), log.plot());
  }
  pid_t pid_;
  const GnuplotOptions& options_;
  int marks_ = 0;
  Clock::time_point plot_start_, last_progress_;
};

}  // namespace

void run_gnuplot(const std::string& script, const GnuplotOptions& options) {
  if (!(options.timeout_s > 0)) throw std::invalid_argument("gnuplot: the time budget of a plot must be > 0 s");
  Fd in_read, in_write, err_read, err_write;
  make_pipe(in_read, in_write);
  make_pipe(err_read, err_write);
  SigpipeBlock block;
  const Spawned child = spawn({options.program}, in_read.get(), err_write.get(), options.working_dir,
                              block.old_mask());
  in_read.reset();
  err_write.reset();
  if (child.error != 0) {
    // ENOENT: the program is not on PATH, or the working directory does not exist.
    if (child.error == ENOENT && (options.working_dir.empty() || std::filesystem::is_directory(options.working_dir)))
      throw std::runtime_error("cannot run '" + options.program +
                               "': not found on PATH (is gnuplot-nox installed?)");
    throw system_error("cannot run '" + options.program + "'" +
                           (options.working_dir.empty() ? "" : " in '" + options.working_dir + "'"),
                       child.error);
  }
  Budget budget(child.pid, options);

  // Feed the script and collect standard error at the same time (either side may fill its pipe).
  ::fcntl(in_write.get(), F_SETFL, O_NONBLOCK);
  ErrorLog log;
  std::size_t written = 0;
  if (script.empty()) in_write.reset();
  while (in_write.get() >= 0 || err_read.get() >= 0) {
    pollfd fds[2];
    int n = 0;
    if (in_write.get() >= 0) fds[n++] = {in_write.get(), POLLOUT, 0};
    if (err_read.get() >= 0) fds[n++] = {err_read.get(), POLLIN, 0};
    if (::poll(fds, n, kPollMs) < 0 && errno != EINTR) {
      const int error = errno;
      budget.kill();
      throw system_error("gnuplot: poll", error);
    }
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == in_write.get()) {
        const ssize_t k = ::write(in_write.get(), script.data() + written, script.size() - written);
        if (k > 0) written += static_cast<std::size_t>(k);
        if (k < 0 && errno == EPIPE) block.raised();
        if ((k < 0 && errno != EAGAIN && errno != EINTR) || written == script.size()) in_write.reset();
      } else {
        char buffer[4096];
        const ssize_t k = ::read(err_read.get(), buffer, sizeof buffer);
        if (k > 0)
          log.add(buffer, static_cast<std::size_t>(k));
        else if (k == 0 || (errno != EAGAIN && errno != EINTR))
          err_read.reset();
      }
    }
    budget.check(log);
  }
  const int status = budget.wait(log);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return;
  const std::string line = error_message(log.messages());
  const std::string how = WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                            : "was killed by signal " + std::to_string(WTERMSIG(status));
  throw std::runtime_error("'" + options.program + "' " + how + (line.empty() ? "" : ": " + line));
}

bool gnuplot_available(const std::string& program) {
  sigset_t mask;
  pthread_sigmask(SIG_SETMASK, nullptr, &mask);
  const Spawned child = spawn({program, "--version"}, -1, -1, "", mask);
  if (child.error != 0) return false;
  GnuplotOptions options;
  options.program = program;
  Budget budget(child.pid, options);
  try {
    const int status = budget.wait(ErrorLog{});
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
  } catch (const std::runtime_error&) {  // --version past the budget: not a usable gnuplot
    return false;
  }
}

std::string gnuplot_plot_mark(const std::string& name) {
  return "print " + gnuplot_quoted(kMarkPrefix + name) + "\n";
}

std::string gnuplot_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    const bool control = static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    out += control ? ' ' : c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string gnuplot_literal(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '_' || c == '^' || c == '{' || c == '}' || c == '@' || c == '&' || c == '~' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace nwgf::suite
