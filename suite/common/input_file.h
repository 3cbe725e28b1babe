#pragma once
// The one rule for every file nwgf reads from outside (study configs, results files, run folders
// and their snapshots, chain folders, point files, images):
//  - the file is opened first (O_RDONLY | O_NONBLOCK | O_CLOEXEC, so a FIFO cannot block the
//    open) and the opened descriptor is checked, never the name (no check-then-use race):
//    a regular file only (a FIFO, a device such as /dev/zero, a directory or a socket is refused
//    with one line naming the path and what it is);
//  - its size is at most the cap of its kind (InputKind below, stated in the --help of the
//    commands that read it and in docs/architecture.md), and the cap holds while reading, so a
//    file that grows meanwhile is refused too;
//  - a file named by a folder (a run folder's run.json and snapshots, a chain folder's files) is
//    resolved (symlinks followed) and must lie inside the folder's resolved path (InputFolder);
//    a symlink or a subfolder leading out of it is refused naming the entry.
// Refusals are UsageError (exit 2) and never quote the content of the refused file.
#include <cstdint>
#include <filesystem>
#include <string>

namespace nwgf::suite {

// What a file is read as and the most bytes it may have.
struct InputKind {
  const char* name;          // in messages: "a <name> may have at most ..."
  std::uintmax_t max_bytes;
};

inline constexpr std::uintmax_t kMiB = std::uintmax_t{1} << 20;
// The caps: generous for every file nwgf writes or a solver would (the largest committed results
// file is under 2 MiB; a 10^6 x 2 float64 snapshot is 16 MB), finite so that /dev/zero or a
// runaway file cannot exhaust memory. Parsing a JSON file takes several times its size.
inline constexpr InputKind kStudyConfigFile{"study config", 16 * kMiB};
inline constexpr InputKind kResultsFile{"results file", 256 * kMiB};
inline constexpr InputKind kRunManifestFile{"run.json", 16 * kMiB};
inline constexpr InputKind kSnapshotFile{"snapshot", 2048 * kMiB};
inline constexpr InputKind kPointFile{"point file", 256 * kMiB};
inline constexpr InputKind kChainManifestFile{"chain manifest", 1 * kMiB};
inline constexpr InputKind kChainTensorFile{"chain tensor file", 1024 * kMiB};
inline constexpr InputKind kImageFile{"image", 256 * kMiB};
inline constexpr InputKind kIdxFile{"gzip or raw IDX file", 1024 * kMiB};  // gzip or raw (Fashion-MNIST: 26 MB gzip)
// An external solver's stdout/stderr log in its run folder: only its tail is read.
inline constexpr InputKind kSolverLogFile{"solver log", std::uintmax_t{1} << 40};
// The pid file beside a solver's run folder ("PID START_TICKS").
inline constexpr InputKind kSolverPidFile{"solver pid file", 4096};
inline constexpr InputKind kOtherInputFile{"input file", 256 * kMiB};  // read_file's default (tests)

// A byte count for messages and --help: "16 MiB", "2 GiB", "1000 bytes".
std::string format_byte_cap(std::uintmax_t bytes);
// "a regular file of at most <cap>", for --help texts.
std::string input_cap_text(const InputKind& kind);

// Reads the whole file at `path` under the rule above; `path` names it in messages. Follows
// symlinks (a file named on the command line is the user's choice).
std::string read_input_file(const std::string& path, const InputKind& kind);
// For a reader that streams the file (the gzip IDX reader): `path` opened and checked as above
// (regular file, size within the cap when opened; the reader bounds what it reads); the caller
// owns the descriptor.
int open_input_file(const std::string& path, const InputKind& kind);

// A folder whose entries are read: run folders (suite/score/run_folder.h), chain folders
// (neural/chain.h). Entries are paths relative to it.
class InputFolder {
 public:
  // Resolves `dir` (symlinks followed); UsageError "<dir>: not a <what> (...)" when it is not an
  // existing directory. `what` names the folder's kind in messages ("run folder").
  InputFolder(const std::string& dir, std::string what);

  // The resolved path of `entry`, which must exist and lie inside the folder's resolved path;
  // UsageError naming the entry otherwise.
  std::filesystem::path resolve(const std::string& entry) const;
  // read_input_file of the entry, resolved as above; the descriptor opened is checked to be the
  // file inside the folder (a link swapped in after resolving is refused).
  std::string read(const std::string& entry, const InputKind& kind) const;
  // The entry opened and checked as `read` does (regular file, size within the cap when opened),
  // for a reader of part of it (the tail of a log); the caller owns the descriptor.
  int open(const std::string& entry, const InputKind& kind) const;
  // How messages name an entry: the folder as given, then the entry.
  std::string display(const std::string& entry) const;
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;                 // as given
  std::string what_;
  std::filesystem::path root_;      // resolved
};

}  // namespace nwgf::suite
