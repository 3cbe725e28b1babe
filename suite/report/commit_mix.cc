// Whether a comparison's files come from one commit (suite/report/commit_mix.h).
#include "suite/report/commit_mix.h"

#include <algorithm>

namespace nwgf::suite {

CommitMix commit_mix(const std::vector<std::string>& file_commits) {
  static const std::string kDirty = "+dirty";
  CommitMix mix;
  for (std::string c : file_commits) {
    if (c.size() >= kDirty.size() && c.compare(c.size() - kDirty.size(), kDirty.size(), kDirty) == 0) {
      mix.dirty = true;
      c.erase(c.size() - kDirty.size());
    }
    if (c.empty() || c == "unknown" || c == "?") {
      mix.unknown = true;
      c = "unknown";
    }
    if (std::find(mix.commits.begin(), mix.commits.end(), c) == mix.commits.end()) mix.commits.push_back(c);
  }
  mix.mixed = mix.commits.size() > 1;
  return mix;
}

}  // namespace nwgf::suite
