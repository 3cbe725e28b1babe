#pragma once
// File output that is never half-written: content goes to a temporary file beside the target,
// which is then renamed over it (rename(2) is atomic within a file system). Parent directories
// are created as needed.
#include <string>

#include <nlohmann/json.hpp>

#include "suite/common/input_file.h"

namespace nwgf::suite {

// Throws std::runtime_error naming the file when it cannot be written, or when something other
// than a regular file stands at `path` (the target is then left as it was). Tests can make writes
// fail as on a full disk: NWGF_FAULT_WRITE_FAILS_AFTER (io_util.cc).
void write_file_atomic(const std::string& path, const std::string& content);
// Reads a whole file under the rule for outside input (suite/common/input_file.h: a regular
// file of at most kind.max_bytes, opened before it is checked); throws UsageError naming the
// path otherwise or when it cannot be read.
std::string read_file(const std::string& path, const InputKind& kind = kOtherInputFile);
// Creates the directory and its parents (no-op when it exists).
void make_directories(const std::string& path);

// Deepest nesting of JSON arrays and objects accepted from outside input. The deepest file nwgf
// writes (a results file: document, cells, cell, summary, final_points, point) nests 6 levels;
// without a limit a file of 100000 '[' exhausts memory or the stack of whatever walks the tree.
inline constexpr int kJsonMaxDepth = 64;

// Every JSON input from outside (study configs, resume, shard and result files, point files,
// run.json) goes through here. Parses `text`; UsageError "<what>: not valid JSON (<parser
// message>)" on a syntax error, "<what>: JSON nested deeper than <max_depth> levels ..." as soon
// as the parser opens array or object number max_depth + 1 (nothing deeper is ever built), and
// "<what>: duplicate key 'K' in the object at <pointer>" for an object that holds a key twice
// (JSON leaves its meaning open; nlohmann would keep the last silently, so "r": 1, "r": 1.5
// would run r = 1.5 unnoticed). <pointer> is the JSON pointer of the object ("" for the top).
nlohmann::json parse_json(const std::string& text, const std::string& what, int max_depth = kJsonMaxDepth);
// read_file + parse_json, naming the path.
nlohmann::json read_json_file(const std::string& path, const InputKind& kind, int max_depth = kJsonMaxDepth);

}  // namespace nwgf::suite
