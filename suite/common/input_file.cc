// The rule for files read from outside (suite/common/input_file.h).
#include "suite/common/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/message_limits.h"

namespace nwgf::suite {

namespace {

// Closes the descriptor on every path out.
struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

const char* file_type_name(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

int open_for_reading(const std::string& path, const std::string& shown, int extra_flags) {
  // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | extra_flags);
  if (fd < 0) {
    throw UsageError(shown + ": cannot be opened (" + std::strerror(errno) + ")");
  }
  return fd;
}

// Back to blocking reads once the descriptor is known to be a regular file (which never blocks;
// this only keeps read(2) plain).
void clear_nonblocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK); }

// Checks the opened descriptor: a regular file within the cap; returns its size.
std::uintmax_t check_descriptor(int fd, const std::string& shown, const InputKind& kind) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw UsageError(shown + ": cannot be examined (" + std::strerror(errno) + ")");
  if (!S_ISREG(st.st_mode))
    throw UsageError(fmt::format("{}: is {}; a {} must be a regular file", shown, file_type_name(st.st_mode),
                                 kind.name));
  if (static_cast<std::uintmax_t>(st.st_size) > kind.max_bytes)
    throw UsageError(fmt::format("{}: is {} bytes, more than the {} a {} may have", shown, st.st_size,
                                 format_byte_cap(kind.max_bytes), kind.name));
  return static_cast<std::uintmax_t>(st.st_size);
}

// Checks the opened descriptor (check_descriptor) and reads it whole, the cap enforced on the
// bytes actually read (the file may grow after fstat).
std::string read_descriptor(int fd, const std::string& shown, const InputKind& kind) {
  const std::uintmax_t size = check_descriptor(fd, shown, kind);
  clear_nonblocking(fd);
  std::string data;
  data.reserve(static_cast<std::size_t>(size));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw UsageError(shown + ": cannot be read (" + std::strerror(errno) + ")");
    }
    if (n == 0) break;
    if (data.size() + static_cast<std::size_t>(n) > kind.max_bytes)
      throw UsageError(fmt::format("{}: grew while being read past the {} a {} may have", shown,
                                   format_byte_cap(kind.max_bytes), kind.name));
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return data;
}

// True when `p` lies strictly below `root` (both resolved, absolute, normalised).
bool inside(const std::filesystem::path& p, const std::filesystem::path& root) {
  const std::string a = p.string(), b = root.string();
  if (a.size() <= b.size()) return false;  // the folder itself is not one of its entries
  return a.compare(0, b.size(), b) == 0 && (b.back() == '/' || a[b.size()] == '/');
}

// The resolved path of `path` (realpath(3)); on failure an empty path, with errno in `error`.
std::filesystem::path real_path(const std::string& path, int& error) {
  char buffer[PATH_MAX];
  if (::realpath(path.c_str(), buffer) == nullptr) {
    error = errno;
    return {};
  }
  error = 0;
  return std::filesystem::path(buffer);
}

}  // namespace

std::string format_byte_cap(std::uintmax_t bytes) {
  if (bytes >= (kMiB << 10) && bytes % (kMiB << 10) == 0) return fmt::format("{} GiB", bytes / (kMiB << 10));
  if (bytes >= kMiB && bytes % kMiB == 0) return fmt::format("{} MiB", bytes / kMiB);
  return fmt::format("{} bytes", bytes);
}

std::string input_cap_text(const InputKind& kind) {
  return "a regular file of at most " + format_byte_cap(kind.max_bytes);
}

std::string read_input_file(const std::string& path, const InputKind& kind) {
  const std::string shown = excerpt(path, kPathExcerptMaxChars);
  if (path.empty()) throw UsageError(fmt::format("an empty path is not a {}", kind.name));
  Descriptor file{open_for_reading(path, shown, 0)};
  return read_descriptor(file.fd, shown, kind);
}

int open_input_file(const std::string& path, const InputKind& kind) {
  const std::string shown = excerpt(path, kPathExcerptMaxChars);
  if (path.empty()) throw UsageError(fmt::format("an empty path is not a {}", kind.name));
  Descriptor file{open_for_reading(path, shown, 0)};
  check_descriptor(file.fd, shown, kind);
  clear_nonblocking(file.fd);
  return std::exchange(file.fd, -1);
}

InputFolder::InputFolder(const std::string& dir, std::string what) : dir_(dir), what_(std::move(what)) {
  int error = 0;
  root_ = real_path(dir.empty() ? std::string(".") : dir, error);
  if (root_.empty())
    throw UsageError(fmt::format("{}: not a {} ({})", excerpt(dir, kPathExcerptMaxChars), what_,
                                 error == ENOENT ? "no such directory" : std::strerror(error)));
  std::error_code ec;
  if (!std::filesystem::is_directory(root_, ec))
    throw UsageError(fmt::format("{}: not a {} (not a directory)", excerpt(dir, kPathExcerptMaxChars), what_));
}

std::string InputFolder::display(const std::string& entry) const {
  return excerpt((std::filesystem::path(dir_) / entry).string(), kPathExcerptMaxChars);
}

std::filesystem::path InputFolder::resolve(const std::string& entry) const {
  const std::string shown = display(entry);
  if (entry.empty() || std::filesystem::path(entry).is_absolute())
    throw UsageError(fmt::format("{}: a {} entry must be a relative path inside the folder", shown, what_));
  int error = 0;
  const std::filesystem::path resolved = real_path((root_ / entry).string(), error);
  if (resolved.empty()) {
    if (error == ENOENT) throw UsageError(shown + ": missing (no such regular file)");
    throw UsageError(shown + ": cannot be resolved (" + std::strerror(error) + ")");
  }
  if (!inside(resolved, root_))
    throw UsageError(fmt::format("{}: leads outside the {} (it resolves to {}); files of a {} must lie inside it",
                                 shown, what_, excerpt(resolved.string(), kPathExcerptMaxChars), what_));
  return resolved;
}

int InputFolder::open(const std::string& entry, const InputKind& kind) const {
  const std::string shown = display(entry);
  const std::filesystem::path resolved = resolve(entry);
  // O_NOFOLLOW: the resolved path has no link left; one swapped in since is refused (ELOOP).
  Descriptor file{open_for_reading(resolved.string(), shown, O_NOFOLLOW)};
  // What was opened, by the descriptor: a directory of the path renamed or swapped for a link
  // after resolving moves it, and /proc/self/fd names where it really is.
  int error = 0;
  const std::filesystem::path opened = real_path("/proc/self/fd/" + std::to_string(file.fd), error);
  if (!opened.empty() && !inside(opened, root_))
    throw UsageError(fmt::format("{}: leads outside the {} (it resolves to {}); files of a {} must lie inside it",
                                 shown, what_, excerpt(opened.string(), kPathExcerptMaxChars), what_));
  check_descriptor(file.fd, shown, kind);
  clear_nonblocking(file.fd);
  return std::exchange(file.fd, -1);
}

std::string InputFolder::read(const std::string& entry, const InputKind& kind) const {
  Descriptor file{open(entry, kind)};
  return read_descriptor(file.fd, display(entry), kind);
}

}  // namespace nwgf::suite
