#pragma once
// Start and target specs of the exact line family (d = 1, r = 1; docs/math.md section 6),
// used by `nwgf analytic --family line` (and by any study cell of the family):
//   dirac:x                       delta_x
//   diracs:x1;x2;...              equal-weight atoms (the `nwgf flow` syntax in one dimension)
//   diracs:x1@w1;x2@w2;...        weighted atoms: weights positive and finite, normalised by
//                                 their sum (all atoms weighted, or none)
//   uniform:a,b                   uniform on [a, b], a < b
//   gaussian:m,s                  N(m, s^2), s > 0 (a start or a target)
//   cdf:PATH                      the law through the points of its CDF in a text file: one point
//                                 "x F" per line (whitespace or a comma between), x and F
//                                 nondecreasing, F from 0 (first line) to 1 (last line), linear
//                                 between points; a repeated x is an atom (the CDF jumps there);
//                                 blank lines and lines starting with '#' skipped; at most
//                                 kMaxTableRows points (LineMeasure::cdf_points)
//   quantile:PATH                 the law through the points "s Q" of its quantile function, s
//                                 from 0 to 1, both nondecreasing, linear between; a repeated Q
//                                 is an atom, a repeated s a gap (LineMeasure::quantile_grid)
//   mix:A@w1|B@w2|...             the weighted mixture Σ w_k A_k / Σ w (weights positive and
//                                 finite, each at least kMinMixtureShare of the total, one per
//                                 component, after the component's last '@'),
//                                 components any spec above (not mix), e.g.
//                                 mix:gaussian:-1,0.2@0.3|diracs:0;1@0.7 or
//                                 mix:diracs:0@1;1@3@0.5|uniform:2,3@0.5 (the atoms' own weights
//                                 come first). Without a Gaussian component the mixture is
//                                 piecewise linear; with one, LineMeasure kind kMixture.
// File paths: the spec names the file as the caller's LineSpecFiles reads it (the suite: a
// path relative to the working directory of `nwgf analytic` and `nwgf run`, to the study
// config's folder in a study, to the run folder in a run.json; suite/study/line_spec_files.h);
// without a reader a file spec is refused.
// Every number of a spec is 0 or of magnitude 1e-100 to 1e100 (analytic/line/scales.h); one that
// double precision holds only as a subnormal, 0 or infinity is out of range, not a non-number.
// Every parse error throws std::invalid_argument (the program's usage error: exit status 2) with
// one line naming the option, the value (quoted up to 80 characters) and what is allowed. Levels: "s1,s2,..." with every s in
// (0, 1). No I/O, no LibTorch: the Python module parses the same specs.
#include <cstddef>
#include <string>
#include <vector>

#include "analytic/line/measure.h"

namespace nwgf::analytic::line {

enum class LineRole { kStart, kTarget };

// Most points a cdf: or quantile: table may have (a table is piecewise linear: every row is a
// knot that the flow, the resolvent and the quadratures visit; 10^5 keeps a spec's cost
// bounded).
inline constexpr std::size_t kMaxTableRows = 100000;

// Smallest share of the total weight a mix: component may have (lighter ones are below the
// double-precision resolution of the mixture's CDF, 1e4 roundings of it).
inline constexpr double kMinMixtureShare = 1e-12;

// Reads the file a cdf: or quantile: spec names. analytic/ does no I/O: the caller (the suite,
// under its input-file rule) implements it. `read` returns the file's text or throws
// std::invalid_argument (one line naming the path).
class LineSpecFiles {
 public:
  virtual ~LineSpecFiles() = default;
  virtual std::string read(const std::string& path) const = 0;
};

enum class LineTableKind { kCdf, kQuantile };

// The measure of a table's text (the format above). `what` names the file in messages; every
// refusal one line naming the line number and the value.
LineMeasure parse_line_table(const std::string& text, LineTableKind kind, const std::string& what);

// `option` names the flag in messages ("--start", "--target", or a config key). `files` reads
// the files of cdf: and quantile: specs (none: such a spec is refused).
LineMeasure parse_line_measure(const std::string& spec, LineRole role, const std::string& option,
                               const LineSpecFiles* files = nullptr);

// "s1,s2,..." -> levels, each in (0, 1); at least one.
std::vector<double> parse_line_levels(const std::string& list, const std::string& option);

}  // namespace nwgf::analytic::line
