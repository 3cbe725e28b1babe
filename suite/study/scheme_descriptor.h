#pragma once
// The one description of each scheme a cell or an external solver can declare (docs/math.md
// sections 2, 3.3, 6.3, 7.4): its name in configs, results and run.json, the exact iterate its
// results are compared with (backward -> JKO; forward and the particle flow -> explicit Euler;
// an external solver's "other" -> none), its label in reports and its colour in plots. Every
// part of the suite that maps a scheme to its exact iterate, label or colour asks here.
#include <optional>
#include <string>

#include "analytic/flow.h"  // ExactScheme
#include "neural/scheme_settings.h"

namespace nwgf::suite {

struct SchemeDescriptor {
  const char* name;                            // "backward", "forward", "particle", "other"
  std::optional<analytic::ExactScheme> exact;  // the exact iterate its steps are scored against
  const char* label;                           // words for reports
  const char* colour;                          // its curves' colour in plots ("#rrggbb")
};

const SchemeDescriptor& scheme_descriptor(neural::Scheme scheme);
// The descriptor of a scheme name ("backward", "forward", "particle", "other"); nullptr otherwise.
const SchemeDescriptor* scheme_descriptor(const std::string& name);
// The exact iterate of a scheme name: backward -> JKO, forward and particle -> explicit Euler,
// anything else (an external solver's "other") -> none.
std::optional<analytic::ExactScheme> exact_scheme_of(const std::string& name);
inline analytic::ExactScheme exact_scheme_of(neural::Scheme scheme) { return *scheme_descriptor(scheme).exact; }

}  // namespace nwgf::suite
