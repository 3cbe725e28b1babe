// Whether a comparison's files come from one commit (suite/report/commit_mix.h).
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "suite/report/commit_mix.h"

using namespace nwgf::suite;

TEST_CASE("files of one clean commit are not mixed") {
  const CommitMix m = commit_mix({"59aca28efa7d", "59aca28efa7d"});
  CHECK_FALSE(m.mixed);
  CHECK_FALSE(m.dirty);
  CHECK_FALSE(m.unknown);
  CHECK(m.commits == std::vector<std::string>{"59aca28efa7d"});
}

TEST_CASE("files of different commits are mixed, the commits listed in order; +dirty is noted apart") {
  // reports/solvers-vs-default: results/solvers.json and results/default.json.
  const CommitMix m = commit_mix({"1cc695ed3399+dirty", "bdd0acc436ae+dirty"});
  CHECK(m.mixed);
  CHECK(m.dirty);
  CHECK(m.commits == std::vector<std::string>{"1cc695ed3399", "bdd0acc436ae"});
}

TEST_CASE("one commit, one file from a modified tree: not mixed, but dirty") {
  const CommitMix m = commit_mix({"abc", "abc+dirty"});
  CHECK_FALSE(m.mixed);
  CHECK(m.dirty);
}

TEST_CASE("a file without a commit beside one with a commit is mixed and unknown") {
  const CommitMix m = commit_mix({"abc", "unknown"});
  CHECK(m.mixed);
  CHECK(m.unknown);
  CHECK(commit_mix({"", "?"}).commits == std::vector<std::string>{"unknown"});
  CHECK_FALSE(commit_mix({}).mixed);
}
