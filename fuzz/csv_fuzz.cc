// libFuzzer target: snapshot files of another program's run (suite/score/snapshot.h
// parse_snapshot, as `nwgf score` reads each step): .csv point files (rows of d numbers, comments and blank lines).
// The run's dimension is d = 2, as in the seeds of fuzz/corpus/csv/.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "suite/score/snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nwgf::suite;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  constexpr int kD = 2;
  nwgf::fuzz::expect_clean_refusal([&] {
    const Snapshot s = parse_snapshot(bytes, SnapshotFormat::kCsv, kD, "fuzz.csv", SnapshotLimits{});
    // What a snapshot read promises (snapshot.h): N >= 1 points of dimension d, all finite.
    if (s.n == 0 || s.d != kD || s.x.size() != s.n * kD) std::abort();
  });
  return 0;
}
