// The rule for files read from outside (suite/common/input_file.h): regular files only, checked
// on the opened descriptor; a size cap, also while reading; entries of a folder inside its
// resolved path.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "suite/common/errors.h"
#include "suite/common/input_file.h"
#include "testing/refusal.h"

namespace fs = std::filesystem;
using namespace nwgf::suite;

namespace {

constexpr InputKind kSmall{"test file", 16};

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("nwgf_input_file_test_" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  fs::path write(const std::string& name, const std::string& content) const {
    const fs::path p = dir / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
};

// The message of the UsageError `f` throws ("" when it throws none).
template <typename F>
std::string refusal(F f) {
  return nwgf::testing::refusal_message<UsageError>(f);
}

}  // namespace

TEST_CASE("read_input_file returns a regular file's bytes, up to and including the cap") {
  const Scratch s;
  const std::string bytes("ab\0cd\n\xff", 7);
  CHECK(read_input_file(s.write("a.bin", bytes).string(), kSmall) == bytes);
  CHECK(read_input_file(s.write("b.bin", std::string(16, 'x')).string(), kSmall) == std::string(16, 'x'));
}

TEST_CASE("a file larger than its kind's cap is refused naming its size and the cap") {
  const Scratch s;
  const std::string path = s.write("big.json", std::string(17, 'x')).string();
  const std::string m = refusal([&] { read_input_file(path, kSmall); });
  CHECK(m.find(path) != std::string::npos);
  CHECK(m.find("is 17 bytes, more than the 16 bytes a test file may have") != std::string::npos);
  CHECK(m.find("xxx") == std::string::npos);
}

TEST_CASE("the cap holds while reading: a file whose size says 0 but yields more is refused") {
  // /proc files are regular files of st_size 0 that deliver their text on reading.
  const std::string m = refusal([] { read_input_file("/proc/self/status", kSmall); });
  CHECK(m.find("/proc/self/status") != std::string::npos);
  CHECK(m.find("grew while being read") != std::string::npos);
}

TEST_CASE("a FIFO, a character device and a directory are refused by what they are, without blocking") {
  const Scratch s;
  const fs::path fifo = s.dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // No writer: a blocking open would wait forever; the refusal comes at once.
  CHECK(refusal([&] { read_input_file(fifo.string(), kStudyConfigFile); }) ==
        fifo.string() + ": is a FIFO (named pipe); a study config must be a regular file");
  CHECK(refusal([] { read_input_file("/dev/zero", kResultsFile); }) ==
        "/dev/zero: is a character device; a results file must be a regular file");
  CHECK(refusal([&] { read_input_file(s.dir.string(), kPointFile); }) ==
        s.dir.string() + ": is a directory; a point file must be a regular file");
  CHECK(refusal([&] { read_input_file((s.dir / "none").string(), kPointFile); }).find("cannot be opened") !=
        std::string::npos);
}

TEST_CASE("entries of a folder are read inside it; links inside it are followed") {
  const Scratch s;
  s.write("run/p1.csv", "1,2\n");
  s.write("run/sub/p2.csv", "3,4\n");
  fs::create_symlink("p1.csv", s.dir / "run" / "alias.csv");
  fs::create_symlink("sub", s.dir / "run" / "inner");
  const InputFolder folder((s.dir / "run").string(), "run folder");
  CHECK(folder.read("p1.csv", kSmall) == "1,2\n");
  CHECK(folder.read("sub/p2.csv", kSmall) == "3,4\n");
  CHECK(folder.read("alias.csv", kSmall) == "1,2\n");
  CHECK(folder.read("inner/p2.csv", kSmall) == "3,4\n");
  CHECK(folder.display("p1.csv") == (s.dir / "run" / "p1.csv").string());
}

TEST_CASE("a symlink or a linked subfolder leading out of the folder is refused naming the entry, its content unread") {
  const Scratch s;
  s.write("outside/secret.csv", "SECRET-CONTENT\n");
  fs::create_directories(s.dir / "run");
  fs::create_symlink(s.dir / "outside" / "secret.csv", s.dir / "run" / "p2.csv");
  fs::create_symlink(s.dir / "outside", s.dir / "run" / "sub");
  fs::create_symlink("/dev/zero", s.dir / "run" / "zero.csv");
  const InputFolder folder((s.dir / "run").string(), "run folder");
  for (const std::string entry : {"p2.csv", "sub/secret.csv", "zero.csv"}) {
    CAPTURE(entry);
    const std::string m = refusal([&] { folder.read(entry, kSnapshotFile); });
    CHECK(m.find((s.dir / "run" / entry).string() + ": leads outside the run folder") == 0);
    CHECK(m.find("SECRET") == std::string::npos);
  }
  // Lexically outside, absolute, or the folder itself: refused too.
  CHECK(refusal([&] { folder.read("../outside/secret.csv", kSmall); }).find("leads outside the run folder") !=
        std::string::npos);
  CHECK(refusal([&] { folder.read((s.dir / "outside" / "secret.csv").string(), kSmall); })
            .find("must be a relative path") != std::string::npos);
  CHECK(refusal([&] { folder.read(".", kSmall); }).find("leads outside the run folder") != std::string::npos);
  CHECK(refusal([&] { folder.read("none.csv", kSmall); }).find("none.csv: missing") != std::string::npos);
}

TEST_CASE("a folder that does not exist or is a file is refused naming it") {
  const Scratch s;
  const std::string file = s.write("f.txt", "x").string();
  CHECK(refusal([&] { InputFolder((s.dir / "none").string(), "run folder"); }) ==
        (s.dir / "none").string() + ": not a run folder (no such directory)");
  CHECK(refusal([&] { InputFolder(file, "chain folder"); }) == file + ": not a chain folder (not a directory)");
}

TEST_CASE("caps read as byte counts in --help") {
  CHECK(format_byte_cap(16 * kMiB) == "16 MiB");
  CHECK(format_byte_cap(2048 * kMiB) == "2 GiB");
  CHECK(format_byte_cap(1000) == "1000 bytes");
  CHECK(input_cap_text(kStudyConfigFile) == "a regular file of at most 16 MiB");
}
