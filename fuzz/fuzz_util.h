#pragma once
// Shared by the libFuzzer targets of fuzz/: the input as a file (the parsers under test read
// paths), and the rule for what a parser may do with bad input.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <string>
#include <typeinfo>

namespace nwgf::fuzz {

// The fuzz input as an anonymous in-memory file, opened by path as /proc/self/fd/N.
class MemoryFile {
 public:
  MemoryFile(const std::uint8_t* data, std::size_t size) {
    fd_ = ::memfd_create("nwgf-fuzz", MFD_CLOEXEC);
    if (fd_ < 0) std::abort();
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = ::write(fd_, data + done, size - done);
      if (n <= 0) std::abort();
      done += static_cast<std::size_t>(n);
    }
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  ~MemoryFile() { ::close(fd_); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
};

// Bad input must be refused with std::invalid_argument (UsageError: one line, exit status 2 in
// the program). Any other exception escaping a parser is a finding (the program would report
// it as an internal failure, exit 1), and so is a crash or a sanitizer report.
template <class F>
void expect_clean_refusal(F&& parse) {
  try {
    parse();
  } catch (const std::invalid_argument&) {
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parser threw %s instead of a usage error: %s\n", typeid(e).name(), e.what());
    std::abort();
  }
}

}  // namespace nwgf::fuzz
