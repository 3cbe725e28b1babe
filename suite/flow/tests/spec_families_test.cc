// The one spec grammar (analytic/measure_spec.h) across families: the same text gives the same
// measure in nwgf flow (suite/flow/targets.h), the line family (analytic/line/specs.h) and the
// radial family (analytic/radial/radial_measure.h) wherever the family takes it. Exact where flow
// is deterministic (Diracs, d = 1 Gaussian targets' midpoint quantiles); for flow's seeded draws,
// the Kolmogorov-Smirnov distance of a fixed sample to the other family's CDF against the 0.1%
// critical value 1.95 / sqrt(n) (the draws are seeded: the test is deterministic, and a wrong law
// would be off by far more: a scale wrong by 10% moves it by about 0.04 at n = 20000).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "analytic/line/specs.h"
#include "analytic/radial/radial_measure.h"
#include "suite/common/errors.h"
#include "suite/flow/targets.h"
#include "testing/refusal.h"

namespace line = nwgf::analytic::line;
namespace radial = nwgf::analytic::radial;
using nwgf::suite::load_target;
using nwgf::suite::parse_start_spec;
using nwgf::suite::sample_start;
using nwgf::suite::UsageError;
using nwgf::testing::refusal_message;

namespace {

constexpr std::size_t kDraws = 20000;

line::LineMeasure line_law(const std::string& spec) {
  return line::parse_line_measure(spec, line::LineRole::kStart, "--start");
}

// sup_x |F_n(x) - F(x)| of the sample `xs` against `cdf` (checked on both sides of each jump).
template <class Cdf>
double ks_distance(std::vector<double> xs, Cdf cdf) {
  std::sort(xs.begin(), xs.end());
  const double n = static_cast<double>(xs.size());
  double worst = 0.0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const double f = cdf(xs[i]);
    worst = std::max({worst, std::abs(f - static_cast<double>(i + 1) / n), std::abs(f - static_cast<double>(i) / n)});
  }
  return worst;
}

double ks_critical(std::size_t n) { return 1.95 / std::sqrt(static_cast<double>(n)); }

}  // namespace

TEST_CASE("Dirac specs: the same atoms and weights in nwgf flow and the line family") {
  nwgf::suite::TargetOptions options;
  options.image_samples = 1000;
  for (const std::string spec : {"diracs:-1;1", "diracs:-1@0.2;0.25@0.5;1.5@0.3", "dirac:0.75"}) {
    CAPTURE(spec);
    const auto l = line_law(spec);
    // A flow start of m particles without jitter: the particles at each atom are its weight's share.
    const auto start = sample_start(parse_start_spec(spec), 1, options.image_samples, 1, 0.0);
    const auto target = load_target(spec, options, 1);
    for (const nwgf::suite::PointCloud* cloud : {&start, &target.points}) {
      const std::vector<double>& x = cloud->coords;
      for (double a : x) CHECK(l.cdf(a) - l.cdf_left(a) > 0.0);  // every point is an atom of the line law
      if (x.size() < options.image_samples) continue;           // unweighted targets keep one point per atom
      for (double a : x) {
        const double share = static_cast<double>(std::count(x.begin(), x.end(), a)) / static_cast<double>(x.size());
        CHECK(std::abs(share - (l.cdf(a) - l.cdf_left(a))) <= 1.0 / static_cast<double>(x.size()));
      }
    }
  }
  // dirac (no point) is the origin in both.
  CHECK(line_law("dirac").quantile(0.5) == 0.0);
  CHECK(sample_start(parse_start_spec("dirac"), 1, 3, 1, 0.0).coords == std::vector<double>(3, 0.0));
}

TEST_CASE("gaussian:m,s and gaussian:s: the same law in nwgf flow, the line and the radial family") {
  nwgf::suite::TargetOptions options;
  options.image_samples = 8;
  // A flow target in d = 1: the line law's quantiles at the midpoint levels (i - 1/2)/m.
  const auto t = load_target("gaussian:1,2", options, 1);
  const auto l = line_law("gaussian:1,2");
  for (std::size_t i = 0; i < 8; ++i)
    CHECK(std::abs(t.points.coords[i] - l.quantile((static_cast<double>(i) + 0.5) / 8.0)) < 1e-13);
  // A flow start gaussian:s in d = 1 against the line law N(0, s^2); gaussian:m,s against N(m, s^2).
  for (const std::string spec : {"gaussian:0.3", "gaussian:-2,0.3"}) {
    CAPTURE(spec);
    const auto x = sample_start(parse_start_spec(spec), 1, kDraws, 7, 0.0).coords;
    const auto law = line_law(spec);
    CHECK(ks_distance(x, [&](double v) { return law.cdf(v); }) < ks_critical(kDraws));
  }
  // gaussian:s in d = 3: the radii of flow's start against the radial family's radius law.
  const auto p = sample_start(parse_start_spec("gaussian:0.3"), 3, kDraws, 7, 0.0);
  std::vector<double> radii;
  for (std::size_t i = 0; i < p.size(); ++i)
    radii.push_back(std::hypot(p.row(i)[0], p.row(i)[1], p.row(i)[2]));
  const auto rg = radial::parse_radial_measure("gaussian:0.3", 3, 1.0, radial::RadialRole::kStart, "--start");
  CHECK(ks_distance(radii, [&](double v) { return rg.cdf(v); }) < ks_critical(kDraws));
}

TEST_CASE("uniform:a,b: the same law in nwgf flow and the line family") {
  const auto x = sample_start(parse_start_spec("uniform:-1,3"), 1, kDraws, 5, 0.0).coords;
  const auto law = line_law("uniform:-1,3");
  CHECK(ks_distance(x, [&](double v) { return law.cdf(v); }) < ks_critical(kDraws));
}

TEST_CASE("nwgf flow refuses the forms it lacks in one line naming the value and the allowed forms") {
  nwgf::suite::TargetOptions options;
  for (const auto& [message, value] : std::vector<std::pair<std::string, std::string>>{
           {refusal_message<UsageError>([&] { load_target("mix:dirac:0@1|dirac:1@1", options, 1); }),
            "'mix:dirac:0@1|dirac:1@1' is not a target of nwgf flow; allowed: image:PATH"},
           {refusal_message<UsageError>([&] { load_target("sphere:1", options, 1); }),
            "'sphere:1' is not a target of nwgf flow"},
           {refusal_message<UsageError>([&] { load_target("gaussian:0.5", options, 1); }),
            "leaves a target's dimension open; allowed as a target: gaussian:m1,...,md,s"},
           {refusal_message<UsageError>([] { parse_start_spec("cdf:table.txt"); }),
            "'cdf:table.txt' is not a start of nwgf flow; allowed: dirac"},
           {refusal_message<UsageError>([] { parse_start_spec("uniform:0,1@2"); }),
            "has several points or a weight"},
           {refusal_message<UsageError>([] { sample_start(parse_start_spec("gaussian:1,2,0.5"), 3, 4, 0, 0.0); }),
            "has a mean of dimension 2 but the target has dimension 3"},
       }) {
    CAPTURE(message);
    CHECK(message.find(value) != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
  }
  CHECK(refusal_message<UsageError>([&] { load_target("cube:1", options, 1); }).find("docs/specs.md") !=
        std::string::npos);
}
