#pragma once
// File output that is never half-written: content goes to a temporary file beside the target,
// which is then renamed over it (rename(2) is atomic within a file system). Parent directories
// are created as needed.
#include <string>

namespace nwgf::suite {

void write_file_atomic(const std::string& path, const std::string& content);
// Reads a whole file; throws UsageError naming the path when it cannot be read.
std::string read_file(const std::string& path);
// Creates the directory and its parents (no-op when it exists).
void make_directories(const std::string& path);

}  // namespace nwgf::suite
