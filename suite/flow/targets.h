#pragma once
// Target and start measures of `nwgf flow`: their specs (the one grammar of every command,
// analytic/measure_spec.h, docs/specs.md) and the point sets they give. Both are empirical
// measures with equal weights on their points.
//
// Target specs (the target nu of F_nu = E + V_nu, docs/math.md section 1):
//   image:PATH           2D density of an image (suite/flow/image_density.h), sampled with
//                        TargetOptions::image_samples points; a relative PATH that is not in
//                        the working folder is looked up in the program's data folder
//                        (suite/common/data_dir.h: image:smiley.pgm, image:house.pgm)
//   diracs:x1,y1;x2,y2   equal-weight Diracs, any dimension (every point the same number of
//                        coordinates); the published example is diracs:-0.5,0;0.5,0
//   diracs:x1,y1@w1;...  weighted Diracs (weights > 0 on every point, normalised): the flows
//                        take equal-weight point sets, so the target becomes
//                        TargetOptions::image_samples points with point k repeated
//                        round(w_k m) times (largest remainder); each weight is represented
//                        to within 1/m, exactly when w_k m is whole
//   dirac:x1,...,xd      one Dirac (diracs: with one point)
//   gaussian:m1,...,md,s N(m, s^2 I_d) as image_samples points: in d = 1 the quantiles at the
//                        midpoint levels (i - 1/2)/m (deterministic), in d > 1 seeded draws
//                        (gaussian:s, centred, is refused: it leaves the dimension open)
//   fashion-mnist[:K]    the first K (default 100) Fashion-MNIST training images as points in
//                        [0, 1]^784 (suite/flow/idx_reader.h)
//   points:FILE          a CSV (one point per line, comma/space separated, '#' comments, an
//                        optional header line) or JSON ([[...], ...] or {"points": [[...], ...]})
//                        list of points, any dimension
// Start specs (mu_0, in the target's dimension d):
//   dirac[:x1,...,xd]    a Dirac at x (default the origin; a single 0 means the origin in any d)
//   diracs:x1,..;x2,..   atoms, equal shares of the particles in order, or weighted (x1,..@w1;...:
//                        the particles apportioned by largest remainder)
//   two-points           the published 2D start diracs:-0.5,0;0.5,0: half the particles at each
//   gaussian:sigma       N(0, sigma^2 I_d); gaussian:m1,...,md,sigma: N(m, sigma^2 I_d)
//   uniform:lo,hi        uniform on the cube [lo, hi]^d
//   points:FILE          the file's points (as for targets); their count is the particle count
// Every parse error throws UsageError with one line naming the value and what is allowed.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "suite/flow/image_density.h"

namespace nwgf::suite {

// Equal-weight points, row-major size() x dim.
struct PointCloud {
  int dim = 0;
  std::vector<double> coords;
  std::size_t size() const { return dim > 0 ? coords.size() / static_cast<std::size_t>(dim) : 0; }
  const double* row(std::size_t i) const { return coords.data() + i * static_cast<std::size_t>(dim); }
};

struct TargetOptions {
  std::size_t image_samples = 2000;   // points drawn from an image density (the reference m)
  ImageDensityOptions image;          // smoothing and background of image densities
  std::string fashion_mnist_dir;      // empty: default_fashion_mnist_dir() (suite/flow/idx_reader.h)
};

struct Target {
  std::string spec;          // as given
  std::string kind;          // image | diracs | gaussian | fashion-mnist | points
  std::string source;        // image path, point file or IDX file read; empty for diracs
  PointCloud points;
  int image_rows = 0;        // > 0 when each point is an image (fashion-mnist: 28 x 28)
  int image_columns = 0;
};

// Parses and loads a target; `seed` seeds the sampling of image densities.
Target load_target(const std::string& spec, const TargetOptions& options, std::uint64_t seed);

// "x1,y1;x2,y2;..." -> points; throws UsageError on an empty list, a non-number, a non-finite
// value or rows of different lengths.
PointCloud parse_point_list(const std::string& list, const std::string& what);

// Reads a CSV or JSON point file (format above); throws UsageError on a missing or empty file,
// rows of different dimensions, or a NaN / infinite coordinate (naming row and column).
PointCloud read_point_file(const std::string& path);

struct StartSpec {
  std::string spec;              // as given
  std::string kind;              // dirac | diracs | two-points | gaussian | uniform | points
  std::vector<double> values;    // dirac: the point (empty: origin); gaussian: {sigma}; uniform: {lo, hi}
  std::vector<double> mean;      // gaussian:m1,...,md,s: the mean (empty: the origin)
  PointCloud atoms;              // diracs (two-points: its two atoms)
  std::vector<double> weights;   // diracs with weights (empty: equal weights)
  std::string path;              // points
  bool is_point_mass() const { return kind == "dirac" || kind == "diracs" || kind == "two-points"; }
};

StartSpec parse_start_spec(const std::string& spec);

// Draws the m start particles in dimension dim (points: the file's points; m is ignored and
// the file's count used). Point masses get a uniform jitter in a box of side `jitter_box`
// around each atom when jitter_box > 0 (the particle flow cannot leave an exact Dirac,
// docs/math.md section 2). Throws UsageError when the start's dimension does not match dim.
PointCloud sample_start(const StartSpec& start, int dim, std::size_t m, std::uint64_t seed,
                        double jitter_box);

}  // namespace nwgf::suite
