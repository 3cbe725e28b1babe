#pragma once
// The one rule for every file and folder nwgf writes, checked before any work (before inputs are
// read in bulk, before any training, scoring or rendering), so that a bad output is refused with
// one line, exit status 2, and nothing written or overwritten:
//
//  - the path is not empty;
//  - a file output is an existing regular file (replaced atomically; not a folder, a device, a
//    FIFO or a symbolic link) or a new path; a folder output is an existing folder of ours (empty,
//    or holding one of the files the command writes there: its markers) or a new path;
//  - the folder the output goes in exists and is writable (no folder above an output is
//    created), and so is an existing output folder;
//  - the output and every path written beside it (its siblings) neither equal nor lie inside an
//    input, and a folder written into holds no input; compared by canonical path (absolute,
//    symbolic links of the existing part resolved, "." and ".." removed), so no spelling of an
//    input slips through;
//  - no two outputs of one command overlap (one equal to, or inside, another or its siblings).
//
// Siblings: the paths the suite writes beside an output OUT are OUT without a trailing ".json"
// plus a suffix: ".partial.json" (a sweep's partial file), ".runs" (a sweep's external run
// folders), ".chain" (nwgf run's chain of generators) and ".lock" (the single-writer lock of
// every output, suite/common/file_lock.h). The two spellings o/x.json and o/x therefore share
// siblings, and so one lock; an output whose name ends in a sibling suffix is refused (it is
// another output's sibling), and so is an output with kept siblings whose twin (o/x beside
// o/x.json, or o/x.json beside o/x) exists, since the twin's partial file, run or chain folders
// would be taken over.
#include <filesystem>
#include <string>
#include <vector>

namespace nwgf::suite {

// A file written whole (replaced atomically), or a folder written into.
enum class OutputKind { kFile, kFolder };

// A path kept beside an output: OUT without ".json" plus `suffix`.
struct Sibling {
  std::string suffix;
  OutputKind kind = OutputKind::kFile;
  std::vector<std::string> markers;  // a folder sibling: files that mark an existing folder as ours
  std::string what;                  // in messages: "partial file", "run folders", "chain folder"
};

// The siblings the suite keeps (the lock, made and removed by every command, is implied).
Sibling partial_sibling();  // ".partial.json", a file
Sibling runs_sibling();     // ".runs", a folder of any content (one run folder per external cell)
Sibling chain_sibling();    // ".chain", a folder marked by chain.txt (neural/chain.h)

struct Output {
  std::string option;                // the option that names it, for messages: "--out"
  std::string path;                  // as given
  OutputKind kind = OutputKind::kFile;
  std::vector<std::string> markers;  // a folder output: files that mark an existing folder as ours
  std::vector<Sibling> siblings;     // kept beside it (the lock is implied)
  bool is_sibling = false;  // itself a sibling of another output (--runs-dir): may end in a sibling
                            // suffix and takes no lock of its own
};

// A file output named by `option`, keeping `siblings` beside it.
Output file_output(const std::string& option, const std::string& path, std::vector<Sibling> siblings = {});
// A folder output named by `option`: an existing folder is ours when empty or holding one of
// `markers` (none: any folder).
Output folder_output(const std::string& option, const std::string& path, std::vector<std::string> markers);

// `out` without a trailing ".json", plus `suffix`: sibling_path("o/x.json", ".runs") ==
// sibling_path("o/x", ".runs") == "o/x.runs". A trailing '/' of `out` is ignored.
std::string sibling_path(const std::string& out, const std::string& suffix);

// The canonical form of a path that may not exist yet: absolute, "." and ".." removed, symbolic
// links of its existing part resolved, no trailing separator.
std::filesystem::path canonical_path(const std::string& path);

// True when `inner` equals `outer` or lies inside it (both canonical, compared by components).
bool path_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

// Checks every output by the rule above against the command's inputs (files or folders, any
// spelling; empty entries are skipped). Throws UsageError naming the option, the path and what is
// allowed, on the first problem.
void check_outputs(const std::vector<Output>& outputs, const std::vector<std::string>& inputs = {});

}  // namespace nwgf::suite
