// Curve colours of a report's plots (suite/report/plot_colours.h).
#include "suite/report/plot_colours.h"

#include <algorithm>
#include <set>

namespace nwgf::suite {

const std::vector<std::string> kCurvePalette{
    "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",   // Tableau's other seven
    "#0b3d91", "#8b0000", "#006400", "#4b0082", "#b35900", "#5c3a21", "#a0105a",   // darker
    "#6baed6", "#fc8d8d", "#98df8a", "#c5b0d5", "#ffbb78", "#9edae5", "#dbdb8d"};  // lighter

std::vector<std::string> assign_colours(const std::vector<std::string>& preferred) {
  std::vector<std::string> colours(preferred.size());
  std::set<std::string> taken;
  // First every key that keeps its preferred colour (the first to ask for it), so that a later
  // key's palette colour cannot take a scheme's own colour from the key it belongs to.
  for (std::size_t i = 0; i < preferred.size(); ++i)
    if (!preferred[i].empty() && taken.insert(preferred[i]).second) colours[i] = preferred[i];
  std::size_t next = 0, handed = 0;
  for (std::size_t i = 0; i < preferred.size(); ++i) {
    if (!colours[i].empty()) continue;
    while (next < kCurvePalette.size() && taken.count(kCurvePalette[next])) ++next;
    if (next < kCurvePalette.size()) {
      colours[i] = kCurvePalette[next];
      taken.insert(colours[i]);
    } else {
      colours[i] = kCurvePalette[handed++ % kCurvePalette.size()];  // the palette is spent: repeat it
    }
  }
  return colours;
}

}  // namespace nwgf::suite
