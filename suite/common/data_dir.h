#pragma once
// Where the program's installed files are: the study presets (presets/<name>.json) and the
// flow data (data/*.pgm). They live in a folder `share/nwgf` found relative to the running
// executable, so a moved or installed binary finds them without the source tree:
//   1. $NWGF_DATA_DIR, when set (a folder holding presets/ and data/);
//   2. <folder of the executable>/share/nwgf   (the build tree: build/nwgf, build/share/nwgf);
//   3. <folder of the executable>/../share/nwgf (an install: <prefix>/bin/nwgf,
//      <prefix>/share/nwgf, as `cmake --install` lays it out).
// The first that exists wins. Paths recorded in results name files relative to this folder
// (e.g. "data/smiley.pgm"), never an absolute path of the machine.
#include <filesystem>
#include <string>

namespace nwgf::suite {

// The share folder (rules above); throws std::runtime_error naming the places tried when none
// exists.
std::filesystem::path data_root();

// data_root() / relative, checked to exist; throws UsageError naming the file when it does not.
std::filesystem::path data_file(const std::string& relative);

}  // namespace nwgf::suite
