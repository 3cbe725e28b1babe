#pragma once
// Start and target specs of the exact line family (d = 1, r = 1; docs/math.md section 6),
// used by `nwgf analytic --family line` (and by any study cell of the family):
//   dirac:x                       delta_x
//   diracs:x1;x2;...              equal-weight atoms (the `nwgf flow` syntax in one dimension)
//   diracs:x1@w1;x2@w2;...        weighted atoms: weights positive and finite, normalised by
//                                 their sum (all atoms weighted, or none)
//   uniform:a,b                   uniform on [a, b], a < b
//   gaussian:m,s                  N(m, s^2), s > 0 (targets only: a start must have a bounded
//                                 support, which the exact scores need)
// Every number of a spec is 0 or of magnitude 1e-100 to 1e100 (analytic/line/scales.h); one that
// double precision holds only as a subnormal, 0 or infinity is out of range, not a non-number.
// Every parse error throws std::invalid_argument (the program's usage error: exit status 2) with
// one line naming the option, the value (quoted up to 80 characters) and what is allowed. Levels: "s1,s2,..." with every s in
// (0, 1). No I/O, no LibTorch: the Python module parses the same specs.
#include <string>
#include <vector>

#include "analytic/line/measure.h"

namespace nwgf::analytic::line {

enum class LineRole { kStart, kTarget };

// `option` names the flag in messages ("--start", "--target", or a config key).
LineMeasure parse_line_measure(const std::string& spec, LineRole role,
                                               const std::string& option);

// "s1,s2,..." -> levels, each in (0, 1); at least one.
std::vector<double> parse_line_levels(const std::string& list, const std::string& option);

}  // namespace nwgf::analytic::line
