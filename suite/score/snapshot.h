#pragma once
// Reading one snapshot of another program's run (the run folder protocol "nwgf-run/1",
// docs/snapshot-protocol.md): N points in d dimensions from
//   .npy  NumPy array, dtype float32 or float64 (little-endian), C order, shape (N, d);
//   .pt   a 2-D float32/float64 tensor written by Python's torch.save (read with LibTorch's
//         pickle loader, torch::pickle_load);
//   .csv  N lines of d numbers separated by commas (blank lines and lines starting with '#'
//         are skipped).
// For d = 1 a .npy or .pt may also hold a 1-D array of N values. Every coordinate must be finite
// and at most kSnapshotMaxCoordinate in magnitude. Any problem throws UsageError
// "<path>: <what is wrong>".
#include <cstddef>
#include <string>
#include <vector>

#include "suite/common/input_file.h"

namespace nwgf::suite {

// The largest coordinate magnitude a snapshot may hold. Scoring squares distances and sums them
// over N^2 pairs: with |x_i| <= 1e100 a squared distance is at most d (2e100)^2 <= 4e205
// (d <= 10^5) and a sum of N^2 <= 10^12 of them at most 4e217, far below double's 1.8e308; a
// coordinate of 1e300 overflows the first square (and the radius of its point is inf).
inline constexpr double kSnapshotMaxCoordinate = 1e100;

struct SnapshotLimits {
  std::size_t max_points = 1000000;       // N at most this (scoring is O(N^2) per step)
  std::size_t max_bytes = std::size_t{1} << 31;  // a snapshot file is at most 2 GiB
};

struct Snapshot {
  std::size_t n = 0;       // rows
  int d = 0;               // columns
  std::vector<double> x;   // row-major n x d, as float64 (float32 files are widened exactly)
};

// Reads the snapshot at `path` and checks that it holds N >= 1 finite points of dimension d.
// The format is the file's extension (.npy, .pt, .csv). The file is read under the rule of
// suite/common/input_file.h (a regular file of at most limits.max_bytes).
Snapshot read_snapshot(const std::string& path, int d, const SnapshotLimits& limits = {});
// The same for the entry of a run folder: it must resolve to a file inside the folder.
Snapshot read_snapshot(const InputFolder& folder, const std::string& entry, int d, const SnapshotLimits& limits = {});

enum class SnapshotFormat { kNpy, kPt, kCsv };

// The same parsing and checks on the bytes of a snapshot file already in memory (at most
// limits.max_bytes of them); `where` names it in messages ("<where>: <what is wrong>").
Snapshot parse_snapshot(const std::string& bytes, SnapshotFormat format, int d, const std::string& where,
                        const SnapshotLimits& limits = {});

}  // namespace nwgf::suite
