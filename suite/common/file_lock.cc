#include "suite/common/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "suite/common/errors.h"
#include "suite/common/io_util.h"
#include "suite/common/output_path.h"

namespace nwgf::suite {

namespace {

// A lock file is a few hundred bytes; anything longer is not one of ours and is not read whole.
constexpr std::size_t kLockFileMaxBytes = 4096;
// Attempts to lock a lock file that another holder removes and recreates meanwhile.
constexpr int kLockAttempts = 50;

std::string host_name() {
  char buf[256] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0) return "unknown";
  return buf;
}

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// The holder named in an open lock file (read from its start, at most kLockFileMaxBytes).
struct Holder {
  bool named = false;  // the file parsed and names host and pid
  std::string host, since, what;
  long long pid = 0;
  std::string describe() const {
    if (!named) return "an unknown holder (the lock file does not name one)";
    return fmt::format("pid {} on host {}", pid, host);
  }
};

Holder read_holder(int fd) {
  Holder h;
  std::string text(kLockFileMaxBytes, '\0');
  const ssize_t n = ::pread(fd, text.data(), text.size(), 0);
  if (n <= 0) return h;
  text.resize(static_cast<std::size_t>(n));
  try {
    const nlohmann::json j = parse_json(text, "lock file", 4);
    if (!j.is_object() || !j.contains("host") || !j["host"].is_string() || !j.contains("pid") ||
        !j["pid"].is_number_integer())
      return h;
    h.host = j["host"].get<std::string>();
    h.pid = j["pid"].get<long long>();
    h.since = j.value("since", std::string());
    h.what = j.value("what", std::string());
    h.named = h.pid > 0 && !h.host.empty();
  } catch (const std::exception&) {
  }
  return h;
}

bool pid_alive(long long pid) {
  if (pid <= 0 || pid > 0x7fffffffLL) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

[[noreturn]] void refuse(const std::string& output, const std::string& lock_path, const Holder& h) {
  throw UsageError(fmt::format("{} is being written by {} ({}{}; lock file {}): wait for it to finish or stop it",
                               output, h.what.empty() ? "another program" : "'" + h.what + "'", h.describe(),
                               h.since.empty() ? "" : " since " + h.since, lock_path));
}

}  // namespace

std::string lock_path_for(const std::string& out) {
  return sibling_path(canonical_path(out).string(), ".lock");
}

FileLock::FileLock(const std::string& lock_path, const std::string& output, const std::string& what, bool quiet)
    : path_(lock_path) {
  const std::filesystem::path p(lock_path);
  if (p.has_parent_path()) make_directories(p.parent_path().string());
  bool have_flock = false;
  Holder previous;
  for (int attempt = 0; attempt < kLockAttempts && fd_ < 0; ++attempt) {
    // Read-only: flock needs no write access, and a file held open for writing would keep its
    // file system from being remounted read-only (the holder's details are written below,
    // through a descriptor that is closed at once).
    const int fd = ::open(lock_path.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
      throw std::runtime_error(fmt::format("cannot create the lock file '{}' for {}: {}", lock_path, output,
                                           std::strerror(errno)));
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      have_flock = true;
    } else if (errno == EWOULDBLOCK) {
      const Holder h = read_holder(fd);
      ::close(fd);
      refuse(output, lock_path, h);
    } else if (errno == ENOLCK || errno == EOPNOTSUPP || errno == ENOSYS || errno == EINVAL) {
      have_flock = false;  // no flock here: judge by the holder the file names
    } else {
      const std::string why = std::strerror(errno);
      ::close(fd);
      throw std::runtime_error(fmt::format("cannot lock '{}': {}", lock_path, why));
    }
    // The file locked must still be the one at the path: a holder that finished meanwhile removes
    // it (and the next one creates a new file), so a lock on the removed file would guard nothing.
    struct stat by_fd {}, by_path {};
    if (::fstat(fd, &by_fd) != 0 || ::stat(lock_path.c_str(), &by_path) != 0 || by_fd.st_ino != by_path.st_ino ||
        by_fd.st_dev != by_path.st_dev) {
      ::close(fd);
      continue;
    }
    previous = read_holder(fd);
    if (!have_flock && previous.named && previous.pid != ::getpid() &&
        (previous.host != host_name() || pid_alive(previous.pid))) {
      ::close(fd);
      refuse(output, lock_path, previous);
    }
    fd_ = fd;
  }
  if (fd_ < 0) throw std::runtime_error(fmt::format("cannot lock '{}': it keeps being replaced", lock_path));

  struct stat st {};
  const bool stale = ::fstat(fd_, &st) == 0 && st.st_size > 0;
  const std::string content =
      nlohmann::json{{"host", host_name()}, {"pid", static_cast<long long>(::getpid())}, {"since", utc_now()},
                     {"what", what}}
          .dump() +
      "\n";
  const int out = ::open(lock_path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  const bool written = out >= 0 && ::write(out, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  const std::string why = std::strerror(errno);
  if (out >= 0) ::close(out);
  if (!written) {
    release();
    throw std::runtime_error(fmt::format("cannot write the lock file '{}': {}", lock_path, why));
  }
  if (stale) {  // said once the lock is ours: a failure above is its one line
    took_over_from_ = previous.describe();
    if (!quiet)
      std::fprintf(stderr, "nwgf: taking over the stale lock %s of %s%s (that program is gone)\n", lock_path.c_str(),
                   took_over_from_.c_str(), previous.since.empty() ? "" : (" since " + previous.since).c_str());
  }
}

FileLock lock_output(const std::string& out, const std::string& what, bool quiet) {
  return FileLock(lock_path_for(out), out, what, quiet);
}

FileLock::FileLock(FileLock&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), took_over_from_(std::move(other.took_over_from_)) {
  other.fd_ = -1;
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    release();
    fd_ = other.fd_;
    path_ = std::move(other.path_);
    took_over_from_ = std::move(other.took_over_from_);
    other.fd_ = -1;
  }
  return *this;
}

FileLock::~FileLock() { release(); }

void FileLock::release() noexcept {
  if (fd_ < 0) return;
  // Remove while still holding the lock: whoever opened the old file meanwhile sees that the
  // path no longer leads to it and starts over.
  ::unlink(path_.c_str());
  ::close(fd_);
  fd_ = -1;
}

}  // namespace nwgf::suite
