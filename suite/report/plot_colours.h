#pragma once
// Curve colours of a report's plots (suite/report/report.cc): one colour per curve key -- a
// scheme or solver label in a study's report, a (results file, label) pair in a comparison --,
// distinct as long as the palette lasts, so that two files' "backward" curves are told apart by
// colour as well as by point shape.
#include <string>
#include <vector>

namespace nwgf::suite {

// Colours for curves without one of their own, after the built-in schemes' blue, red and green
// (suite/study/scheme_descriptor.h) and distinct from them and from each other (the Tableau
// palette's other seven, then darker and lighter companions of all ten).
extern const std::vector<std::string> kCurvePalette;

// One colour per key, in order: the key's preferred colour ("" for none) when no earlier key has
// it, else the first colour of kCurvePalette that neither an earlier key nor a later key's
// preferred colour uses. The colours are distinct while the keys number at most the distinct
// preferred colours plus kCurvePalette's size; beyond that the palette repeats in order.
std::vector<std::string> assign_colours(const std::vector<std::string>& preferred);

}  // namespace nwgf::suite
