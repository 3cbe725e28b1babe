#pragma once
// Whether the results files of a comparison (nwgf report A.json B.json ...) come from one version
// of the code: each file's provenance.git_commit (suite/common/provenance.h: `git rev-parse HEAD`
// of the source tree, "+dirty" appended when the tree was modified, "unknown" outside git). A
// comparison of files from different commits may show a change of the code, not of the solvers;
// the report then says so in a warning naming the commits.
#include <string>
#include <vector>

namespace nwgf::suite {

struct CommitMix {
  std::vector<std::string> commits;  // the distinct base commits ("+dirty" removed), in order of first appearance
  bool mixed = false;                // more than one base commit, or an "unknown" one beside a known one
  bool dirty = false;                // some file was made from a modified tree: its commit does not pin its code
  bool unknown = false;              // some file has no commit ("unknown", empty or missing)
};

// The mix of the files' commits, one string per file as written in its provenance.
CommitMix commit_mix(const std::vector<std::string>& file_commits);

}  // namespace nwgf::suite
