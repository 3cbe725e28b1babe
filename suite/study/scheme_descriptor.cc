// The one description of each scheme (suite/study/scheme_descriptor.h).
#include "suite/study/scheme_descriptor.h"

namespace nwgf::suite {

namespace {

using analytic::ExactScheme;

// Colours: the report's palette (matplotlib's first three), kept for every committed plot.
const SchemeDescriptor kBackward{"backward", ExactScheme::Jko, "backward (JKO)", "#1f77b4"};
const SchemeDescriptor kForward{"forward", ExactScheme::Euler, "forward (Euler)", "#d62728"};
const SchemeDescriptor kParticle{"particle", ExactScheme::Euler, "particle flow", "#2ca02c"};
const SchemeDescriptor kOther{"other", std::nullopt, "other", "#7f7f7f"};

}  // namespace

const SchemeDescriptor& scheme_descriptor(neural::Scheme scheme) {
  switch (scheme) {
    case neural::Scheme::Backward: return kBackward;
    case neural::Scheme::Forward: return kForward;
    case neural::Scheme::Particle: return kParticle;
  }
  return kOther;
}

const SchemeDescriptor* scheme_descriptor(const std::string& name) {
  for (const SchemeDescriptor* d : {&kBackward, &kForward, &kParticle, &kOther})
    if (name == d->name) return d;
  return nullptr;
}

std::optional<analytic::ExactScheme> exact_scheme_of(const std::string& name) {
  const SchemeDescriptor* d = scheme_descriptor(name);
  return d ? d->exact : std::nullopt;
}

}  // namespace nwgf::suite
