#pragma once
// The files of the line family's table specs, cdf:PATH and quantile:PATH (analytic/line/specs.h),
// read under the input-file rule (suite/common/input_file.h: opened first, a regular file of at
// most kLineTableFile's cap; refusals are UsageError, exit 2, one line naming the path).
//
// Where a relative PATH is looked for: the working directory of the nwgf process, for every
// command alike (`nwgf analytic --family line`, `nwgf run --family line`, the "line" sections of
// a study config run by `nwgf sweep`, and the run.json of a run folder scored by `nwgf score`).
// A spec is one string that travels unchanged from a command line or config into results and
// run folders; resolving it in one place keeps it meaning one file wherever it is read. Write
// absolute paths in configs and run.json files that are run from elsewhere (docs/math.md 6.1).
#include <string>

#include "analytic/line/specs.h"
#include "suite/common/input_file.h"

namespace nwgf::suite {

// A table of at most kMaxTableRows rows of two numbers: a few MiB; the cap leaves room for long
// decimal numbers and comments.
inline constexpr InputKind kLineTableFile{"line table", 16 * kMiB};

class LineSpecFileReader final : public analytic::line::LineSpecFiles {
 public:
  // The file's text (read_input_file with kLineTableFile).
  std::string read(const std::string& path) const override;
};

// The one reader the suite hands to parse_line_measure.
const analytic::line::LineSpecFiles& line_spec_files();

}  // namespace nwgf::suite
