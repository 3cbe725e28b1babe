// The output rule (suite/common/output_path.h): what may be written, what is refused and why, on
// real files, folders, links and devices in a scratch folder.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "suite/common/errors.h"
#include "suite/common/file_lock.h"
#include "suite/common/output_path.h"
#include "testing/refusal.h"

using namespace nwgf::suite;
namespace fs = std::filesystem;

namespace {

// A scratch folder of its own, removed at the end of the test.
struct Scratch {
  fs::path dir;
  explicit Scratch(const std::string& name)
      : dir(fs::temp_directory_path() / ("nwgf_output_path_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string operator/(const std::string& rel) const { return (dir / rel).string(); }
};

void touch(const std::string& path) { std::ofstream(path) << "{}"; }

// The message of the UsageError check_outputs throws, or "" when it accepts.
std::string refusal(const std::vector<Output>& outputs, const std::vector<std::string>& inputs = {}) {
  return nwgf::testing::refusal_message<UsageError>([&] { check_outputs(outputs, inputs); });
}

bool says(const std::string& message, const std::string& part) { return message.find(part) != std::string::npos; }

Output file(const std::string& path, std::vector<Sibling> siblings = {}) {
  return file_output("--out", path, std::move(siblings));
}
Output folder(const std::string& path, std::vector<std::string> markers = {"report.md"}) {
  return folder_output("--out", path, std::move(markers));
}

}  // namespace

TEST_CASE("a file output is a regular file or a new path in a writable folder; anything else is refused") {
  const Scratch s("file");
  touch(s / "old.json");
  fs::create_directories(s / "dir");
  fs::create_symlink(s / "old.json", s / "link.json");
  CHECK(refusal({file(s / "old.json")}).empty());             // replaced
  CHECK(refusal({file(s / "new.json")}).empty());             // created
  CHECK(says(refusal({file(s / "a/b/new.json")}), "the folder '" + (s / "a/b") + "' does not exist"));
  CHECK(says(refusal({file("")}), "--out '' is empty"));
  CHECK(says(refusal({file("/dev/full")}), "is a character device"));
  CHECK(says(refusal({file(s / "dir")}), "is a folder"));
  CHECK(says(refusal({file(s / "dir/")}), "ends in '/'"));
  CHECK(says(refusal({file(s / "link.json")}), "is a symbolic link"));
  CHECK(says(refusal({file(s / "old.json/x.json")}), "is a regular file, not a folder"));
  CHECK(says(refusal({file(s / "new\nline.json")}), "control character"));
  const std::string fifo = s / "fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(says(refusal({file(fifo)}), "is a FIFO"));
  // Every message names the option and the path as given, and what is allowed.
  const std::string m = refusal({file("/dev/full")});
  CHECK(says(m, "--out '/dev/full'"));
  CHECK(says(m, "allowed: a regular file (replaced) or a new path in a writable folder"));
}

TEST_CASE("a folder output is new, empty or ours (holding a marker); a foreign folder or a file is refused") {
  const Scratch s("folder");
  fs::create_directories(s / "empty");
  fs::create_directories(s / "ours");
  touch(s / "ours/report.md");
  fs::create_directories(s / "foreign");
  touch(s / "foreign/thesis.tex");
  touch(s / "file");
  CHECK(refusal({folder(s / "new")}).empty());
  CHECK(refusal({folder(s / "empty")}).empty());
  CHECK(refusal({folder(s / "ours/")}).empty());
  CHECK(says(refusal({folder("")}), "is empty"));
  CHECK(says(refusal({folder(s / "foreign")}), "a folder nwgf did not write (not empty, no report.md in it)"));
  CHECK(says(refusal({folder(s / "file")}), "exists and is a regular file, not a folder"));
}

TEST_CASE("an output, or a path written beside it, that is or lies inside an input is refused in any spelling") {
  const Scratch s("inputs");
  fs::create_directories(s / "run");
  touch(s / "run/run.json");
  touch(s / "study.json");
  touch(s / "x.partial.json");
  fs::create_symlink(s / "run", s / "run_link");
  // The run folder itself, a file in it, the same through '..' and through a link.
  CHECK(says(refusal({file(s / "run/run.json")}, {s / "run"}), "lies inside the input"));
  CHECK(says(refusal({file(s / "run/../run/cell.json")}, {s / "run"}), "lies inside the input"));
  CHECK(says(refusal({file(s / "run_link/cell.json")}, {s / "run/"}), "lies inside the input"));
  CHECK(says(refusal({file(s / "study.json")}, {s / "study.json"}), "is the input"));
  CHECK(says(refusal({file(s / "./study.json")}, {s / "dir/../study.json"}), "is the input"));
  // A sibling: the partial file of --out x.json is the input.
  CHECK(says(refusal({file(s / "x.json", {partial_sibling()})}, {s / "x.partial.json"}),
             "its partial file '" + (s / "x.partial.json") + "' is the input"));
  // A folder written into must not hold an input.
  CHECK(says(refusal({folder(s / "run", {"run.json"})}, {s / "run/run.json"}), "holds the input"));
  CHECK(refusal({file(s / "cell.json")}, {s / "run", s / "study.json"}).empty());
}

TEST_CASE("the siblings of o/x.json and o/x are one set: names ending in a sibling suffix and an existing twin are refused") {
  const Scratch s("siblings");
  CHECK(sibling_path("o/x.json", ".partial.json") == "o/x.partial.json");
  CHECK(sibling_path("o/x", ".partial.json") == "o/x.partial.json");
  CHECK(sibling_path("o/x/", ".runs") == "o/x.runs");
  CHECK(sibling_path(".json", ".lock") == ".json.lock");  // a bare ".json" keeps its name
  for (const std::string name : {"x.partial.json", "x.runs", "x.chain", "x.lock"})
    CHECK_MESSAGE(says(refusal({file(s / name)}), "the name nwgf gives the"), name);
  // --runs-dir is itself a sibling: its name may end in .runs.
  Output runs = folder_output("--runs-dir", s / "x.runs", {});
  runs.is_sibling = true;
  CHECK(refusal({runs}).empty());
  // o/x.json exists: o/x would take over its partial file and run folders.
  touch(s / "x.json");
  CHECK(says(refusal({file(s / "x", {partial_sibling(), runs_sibling()})}), "shares its"));
  CHECK(refusal({file(s / "x.json", {partial_sibling(), runs_sibling()})}).empty());
  CHECK(refusal({file(s / "x")}).empty());  // no kept siblings: no twin to take over
  // A sibling of the wrong kind is refused up front.
  fs::create_directories(s / "y.partial.json");
  CHECK(says(refusal({file(s / "y.json", {partial_sibling()})}), "its partial file"));
  touch(s / "z.chain");
  CHECK(says(refusal({file(s / "z.json", {chain_sibling()})}), "its chain folder"));
  fs::create_directories(s / "w.chain");
  touch(s / "w.chain/notes.txt");
  CHECK(says(refusal({file(s / "w.json", {chain_sibling()})}), "no chain.txt in it"));
}

TEST_CASE("two outputs of one command must not overlap, nor their siblings") {
  const Scratch s("apart");
  for (const char* dir : {"results", "reports", "r"}) fs::create_directories(s / dir);
  CHECK(refusal({file(s / "results/x.json"), folder(s / "reports/x")}).empty());
  CHECK(says(refusal({file(s / "r/report.md"), folder(s / "r")}), "overlap"));
  // results/x.json and the folder results/x share the lock results/x.lock.
  CHECK(says(refusal({file(s / "results/x.json"), folder(s / "results/x")}), "overlap"));
}

TEST_CASE("canonical paths: '.', '..', links and trailing separators resolve; the lock is keyed on them") {
  const Scratch s("canonical");
  fs::create_directories(s / "o");
  fs::create_symlink(s / "o", s / "o_link");
  CHECK(canonical_path(s / "o/./a/../x.json") == canonical_path(s / "o/x.json"));
  CHECK(canonical_path(s / "o_link/x.json") == canonical_path(s / "o/x.json"));
  CHECK(canonical_path(s / "o/") == canonical_path(s / "o"));
  CHECK(path_within(canonical_path(s / "o/x.json"), canonical_path(s / "o")));
  CHECK_FALSE(path_within(canonical_path(s / "ox.json"), canonical_path(s / "o")));
  const std::string lock = lock_path_for(s / "o/x.json");
  CHECK(lock == canonical_path(s / "o").string() + "/x.lock");
  for (const std::string spelling : {"o/x", "o/./x.json", "o_link/x.json", "o/../o/x"})
    CHECK_MESSAGE(lock_path_for(s / spelling) == lock, spelling);
}
