// Tests of analytic/measure_spec.h, the one grammar of start and target specs: the parts it reads
// (kinds, points, weights, paths, mixture components, the radial alias), its refusals (one line
// naming the option and the value), and that the line and radial families read the same text as
// the same measure where both take it (quantiles compared at levels written here).
#include "analytic/measure_spec.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "analytic/line/specs.h"
#include "analytic/radial/radial_measure.h"
#include "testing/refusal.h"
#include "testing/tolerances.h"

using nwgf::analytic::MeasureSpec;
using nwgf::analytic::MixtureAlias;
using nwgf::analytic::parse_measure_spec;
using nwgf::testing::refusal_message;
namespace line = nwgf::analytic::line;
namespace radial = nwgf::analytic::radial;

namespace {

const std::vector<double> kLevels = {0.01, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99};

line::LineMeasure line_target(const std::string& spec) {
  return line::parse_line_measure(spec, line::LineRole::kTarget, "--target");
}

radial::RadialMeasure radial_target(const std::string& spec, int d) {
  return radial::parse_radial_measure(spec, d, 1.0, radial::RadialRole::kTarget, "--target");
}

}  // namespace

TEST_CASE("a spec reads into its kind, points with their weights, a path or mixture components") {
  const MeasureSpec d = parse_measure_spec(" diracs: 1, 2 ; 3,4 @ 0.5 ; ", "--target");
  CHECK(d.kind == "diracs");
  CHECK(d.has_args);
  REQUIRE(d.points.size() == 2);  // the empty point after the last ';' is skipped
  CHECK(d.points[0].numbers == std::vector<std::string>{"1", "2"});
  CHECK_FALSE(d.points[0].weighted);
  CHECK(d.points[1].numbers == std::vector<std::string>{"3", "4"});
  CHECK(d.points[1].weighted);
  CHECK(d.points[1].weight == "0.5");

  const MeasureSpec origin = parse_measure_spec("dirac", "--start");
  CHECK(origin.kind == "dirac");
  CHECK_FALSE(origin.has_args);
  CHECK(origin.points.empty());

  const MeasureSpec file = parse_measure_spec("cdf: tables/a;b@c.txt", "--target");
  CHECK(file.path == "tables/a;b@c.txt");  // a path is not split
  CHECK(file.points.empty());

  // A component's weight follows its last '@': diracs keep their own weights.
  const MeasureSpec mix = parse_measure_spec("mix:diracs:0@1;1@3@0.25|gaussian:0,1@0.75", "--target");
  REQUIRE(mix.is_mixture());
  REQUIRE(mix.components.size() == 2);
  CHECK(mix.components[0].text == "diracs:0@1;1@3");
  CHECK(mix.components[0].points.size() == 2);
  CHECK(mix.component_weights == std::vector<std::string>{"0.25", "0.75"});
  CHECK(mix.components[1].where == "--target 'mix:diracs:0@1;1@3@0.25|gaussian:0,1@0.75', component 2");
}

TEST_CASE("the radial family's older mixture A@w;B@w is an alias of mix:A@w|B@w") {
  const MeasureSpec alias = parse_measure_spec("sphere:1@1;ball:2@3", "--target", MixtureAlias::kSemicolonMixture);
  const MeasureSpec mix = parse_measure_spec("mix:sphere:1@1|ball:2@3", "--target", MixtureAlias::kSemicolonMixture);
  REQUIRE(alias.is_mixture());
  REQUIRE(mix.is_mixture());
  CHECK(alias.component_weights == mix.component_weights);
  CHECK(alias.components[1].text == mix.components[1].text);
  // Without the alias, ';' separates points (and sphere: has one list of numbers).
  const MeasureSpec plain = parse_measure_spec("sphere:1@1;ball:2@3", "--target");
  CHECK(plain.kind == "sphere");
  CHECK_FALSE(refusal_message([&] { plain.numbers("sphere:R"); }).empty());
  for (int d : {2, 3, 10}) {
    const auto a = radial_target("sphere:1@1;ball:2@3", d);
    const auto b = radial_target("mix:sphere:1@1|ball:2@3", d);
    for (double s : kLevels) CHECK(a.quantile(s) == b.quantile(s));
  }
}

TEST_CASE("the same text is the same law in the line and radial families") {
  // gaussian:s is N(0, s^2 I) everywhere: in d = 1 the line family's gaussian:0,s.
  const auto g = line_target("gaussian:0.5");
  const auto g2 = line_target("gaussian:0,0.5");
  for (double s : kLevels) CHECK(g.quantile(s) == g2.quantile(s));
  // Its radius in d = 2 is 0.5 sqrt(-2 log(1 - u)) (Rayleigh), in the radial family.
  const auto rg = radial_target("gaussian:0.5", 2);
  for (double u : kLevels)
    CHECK(std::abs(rg.quantile(u) - 0.5 * std::sqrt(-2.0 * std::log1p(-u))) <=
          1e-12 * (1.0 + rg.quantile(u)));
  // dirac (no point) is the origin: the line family's dirac:0.
  CHECK(line::parse_line_measure("dirac", line::LineRole::kStart, "--start").quantile(0.5) == 0.0);
  // mix: means the same in both families: weights normalised, components in order.
  const auto lm = line_target("mix:uniform:0,1@1|uniform:2,3@3");
  CHECK(std::abs(lm.quantile(0.125) - 0.5) < nwgf::tolerance::kClosedForm);
  CHECK(std::abs(lm.quantile(0.625) - 2.5) < nwgf::tolerance::kClosedForm);
  const auto rm = radial_target("mix:sphere:1@1|sphere:2@3", 3);
  CHECK(rm.quantile(0.125) == 1.0);
  CHECK(rm.quantile(0.625) == 2.0);
}

TEST_CASE("refusals are one line naming the option, the value and the allowed forms") {
  struct Bad {
    std::string what;
    std::string message;
    std::string mentions;
  };
  const std::vector<Bad> bad = {
      {"empty", refusal_message([] { parse_measure_spec("  ", "--start"); }), "--start is empty; allowed: dirac"},
      {"not a kind", refusal_message([] { parse_measure_spec("1,2;3", "--target"); }),
       "--target '1,2;3' is not KIND or KIND:ARGS; allowed:"},
      {"nested mix", refusal_message([] { parse_measure_spec("mix:mix:dirac:0@1@1", "--target"); }),
       "a mixture inside a mixture"},
      {"unweighted component", refusal_message([] { parse_measure_spec("mix:dirac:0|dirac:1@1", "--target"); }),
       "component 1: 'dirac:0' has no weight"},
      {"weighted single list", refusal_message([] { parse_measure_spec("uniform:0,1@2", "--t").numbers("uniform:a,b"); }),
       "has several points or a weight (only diracs: has them); allowed: uniform:a,b"},
      {"no numbers", refusal_message([] { parse_measure_spec("ball:", "--t").numbers("ball:R"); }),
       "--t 'ball:': no numbers; allowed: ball:R"},
      {"line lacks sphere", refusal_message([] { line_target("sphere:1"); }),
       "--target 'sphere:1' is not a target of the line family; allowed: dirac"},
      {"radial lacks uniform", refusal_message([] { radial_target("uniform:0,1", 3); }),
       "--target 'uniform:0,1' is not a radial target; allowed: sphere:R"},
      {"radial gaussian is centred", refusal_message([] { radial_target("gaussian:1,0.5", 3); }),
       "a radial law is centred at the origin"},
      {"number", refusal_message([] { nwgf::analytic::parse_spec_number("1e400", "--t", "finite"); }),
       "'1e400' is out of range (beyond double precision); allowed: finite"},
  };
  for (const auto& b : bad) {
    CAPTURE(b.what);
    CAPTURE(b.message);
    CHECK(b.message.find(b.mentions) != std::string::npos);
    CHECK(b.message.find('\n') == std::string::npos);
  }
  // Every family's refusal of a form it lacks points to the one documentation of the grammar.
  CHECK(refusal_message([] { line_target("points:x.csv"); }).find("docs/specs.md") != std::string::npos);
  CHECK(refusal_message([] { radial_target("dirac:1", 3); }).find("docs/specs.md") != std::string::npos);
}
