// FileLock: a second holder is refused while the first lives (naming host and pid); the lock of a
// killed holder is taken over; a clean release removes the lock file.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include <doctest/doctest.h>

#include "suite/common/errors.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/output_path.h"

using namespace nwgf::suite;

namespace {

std::string fresh_dir(const std::string& name) {
  const std::string dir = "file_lock_test_tmp/" + name;
  std::filesystem::remove_all(dir);
  make_directories(dir);
  return dir;
}

std::string this_host() {
  char buf[256] = {};
  gethostname(buf, sizeof buf - 1);
  return buf;
}

}  // namespace

TEST_CASE("a held lock refuses a second holder with the holder's host and pid") {
  const std::string dir = fresh_dir("held");
  const std::string path = lock_path_for(dir + "/out.json");
  CHECK(path == canonical_path(dir).string() + "/out.lock");
  {
    FileLock first(path, "out.json", "first", true);
    REQUIRE(first.held());
    CHECK(first.took_over_from().empty());
    // flock is per open file: a second open in the same process conflicts like another process.
    std::string message;
    try {
      FileLock second(path, "out.json", "second", true);
    } catch (const UsageError& e) {
      message = e.what();
    }
    CHECK(message.find("pid " + std::to_string(getpid())) != std::string::npos);
    CHECK(message.find("host " + this_host()) != std::string::npos);
    CHECK(message.find("'first'") != std::string::npos);
    CHECK(std::filesystem::exists(path));
  }
  CHECK_FALSE(std::filesystem::exists(path));  // released and removed
  FileLock again(path, "out.json", "again", true);
  CHECK(again.took_over_from().empty());
}

TEST_CASE("every spelling of one output, and o/x.json beside o/x, take one lock") {
  // Before the lock was keyed on the canonical path, o/x.json and o/x (which share o/x.partial.json
  // and o/x.runs/) and o/./x.json each had a lock of their own: two sweeps ran side by side.
  const std::string dir = fresh_dir("spellings");
  std::filesystem::remove(dir + "_link");
  std::filesystem::create_directory_symlink(std::filesystem::absolute(dir), dir + "_link");
  const FileLock first = lock_output(dir + "/x.json", "first", true);
  for (const std::string& spelling :
       {dir + "/x", dir + "/./x.json", dir + "/../spellings/x.json", dir + "_link/x.json", dir + "/x/"}) {
    CAPTURE(spelling);
    CHECK(lock_path_for(spelling) == lock_path_for(dir + "/x.json"));
    CHECK_THROWS_AS(lock_output(spelling, "second", true), UsageError);
  }
  std::filesystem::remove(dir + "_link");
}

TEST_CASE("the lock of a killed holder is taken over") {
  const std::string dir = fresh_dir("stale");
  const std::string path = dir + "/out.json.lock";
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    FileLock lock(path, "out.json", "child", true);
    raise(SIGKILL);  // dies holding it: no destructor, the lock file stays
    _exit(0);
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(std::filesystem::exists(path));
  CHECK(read_file(path).find("\"pid\":" + std::to_string(child)) != std::string::npos);
  FileLock taken(path, "out.json", "parent", true);
  CHECK(taken.took_over_from() == "pid " + std::to_string(child) + " on host " + this_host());
  CHECK(read_file(path).find("\"pid\":" + std::to_string(getpid())) != std::string::npos);
}

TEST_CASE("a lock file that is not ours is taken over when nobody holds it") {
  const std::string dir = fresh_dir("foreign");
  const std::string path = dir + "/out.json.lock";
  write_file_atomic(path, std::string(100000, '['));  // garbage, and deep: read bounded
  FileLock taken(path, "out.json", "me", true);
  CHECK(taken.took_over_from().find("unknown holder") != std::string::npos);
}

TEST_CASE("a lock file in a folder that cannot be created is a failure, not a crash") {
  const std::string dir = fresh_dir("blocked");
  write_file_atomic(dir + "/file", "x");  // a file where the folder should be
  CHECK_THROWS_AS(FileLock(dir + "/file/sub/out.json.lock", "out.json", "me", true), std::runtime_error);
}
