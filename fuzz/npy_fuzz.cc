// libFuzzer target: snapshot files of another program's run (suite/score/snapshot.h
// parse_snapshot, as `nwgf score` reads each step): NumPy .npy arrays (numpy.lib.format 1.0-3.0: magic, header dictionary, raw little-endian data).
// The run's dimension is d = 2, as in the seeds of fuzz/corpus/npy/.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "suite/score/snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nwgf::suite;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  constexpr int kD = 2;
  nwgf::fuzz::expect_clean_refusal([&] {
    const Snapshot s = parse_snapshot(bytes, SnapshotFormat::kNpy, kD, "fuzz.npy", SnapshotLimits{});
    // What a snapshot read promises (snapshot.h): N >= 1 points of dimension d, all finite.
    if (s.n == 0 || s.d != kD || s.x.size() != s.n * kD) std::abort();
  });
  return 0;
}
