#pragma once
// The one grammar of start and target specs, shared by every command and family (docs/specs.md):
// `nwgf flow` (suite/flow/targets.h), the line family (analytic/line/specs.h: `nwgf analytic
// --family line`, `nwgf run --family line`, study configs, the Python module) and the radial
// family (analytic/radial/radial_measure.h). This header reads the text into its parts; each
// family then says which kinds it supports, reads the numbers within its own range and builds
// its measure, so the same text means the same measure wherever a family accepts it.
//
//   SPEC       := KIND | KIND ':' ARGS | 'mix:' COMPONENT ('|' COMPONENT)*
//   COMPONENT  := SPEC '@' WEIGHT        (a mix: component is any SPEC but mix:; the weight is
//                                          the text after the component's last '@')
//   ARGS       := PATH                   for the file kinds cdf, quantile, points, image
//               | POINT (';' POINT)*     for every other kind
//   POINT      := NUMBER (',' NUMBER)* ['@' WEIGHT]
// Spaces and tabs around every piece are ignored; an empty POINT (nothing between two ';', or
// after the last one) is skipped. Only diracs: has several points or weighted points; every other
// numeric kind has one list of numbers. KIND is a word of letters, digits and '-'.
//
// Kinds and what they mean (the family that takes each is in docs/specs.md):
//   dirac[:x1,...,xd]          delta_x (no point: the origin)
//   diracs:x1,..;x2,..         equal-weight atoms; diracs:x1,..@w1;... weighted (normalised)
//   uniform:a,b                uniform on [a, b]^d
//   gaussian:s                 N(0, s^2 I)
//   gaussian:m1,...,md,s       N(m, s^2 I)
//   sphere:R, ball:R, shell:R1,R2, gamma:t0   the radial family's laws
//   cdf:PATH, quantile:PATH    a line law through a table
//   points:FILE, image:PATH, fashion-mnist[:K], two-points   point sets of nwgf flow
//   mix:A@w1|B@w2|...          the weighted mixture
// Alias kept for committed configs: the radial family's mixture A@w1;B@w2;... (no 'mix:'), which
// is mix:A@w1|B@w2|... (parse_measure_spec with kSemicolonMixture).
// Refusals: std::invalid_argument, one line naming the option, the value (quoted_spec) and the
// allowed forms.
#include <string>
#include <vector>

namespace nwgf::analytic {

// Every form of the grammar, for messages that list what is allowed (one line).
inline constexpr const char* kMeasureSpecForms =
    "dirac[:x1,...,xd], diracs:x1,...;x2,... (weighted: x1,...@w1;...), uniform:a,b, gaussian:s, "
    "gaussian:m1,...,md,s, sphere:R, ball:R, shell:R1,R2, gamma:t0, cdf:PATH, quantile:PATH, points:FILE, "
    "image:PATH, fashion-mnist[:K], two-points, mix:A@w|B@w|...";

// Where the grammar is documented (every --help names it).
inline constexpr const char* kMeasureSpecDoc = "docs/specs.md";

struct SpecPoint {
  std::vector<std::string> numbers;  // the tokens between ',' (trimmed; an empty one stays empty)
  std::string weight;                // the token after '@' (trimmed); empty: unweighted
  bool weighted = false;             // an '@' was given
};

struct MeasureSpec {
  std::string text;   // the spec as given, trimmed
  std::string where;  // how messages name it: "OPTION 'TEXT'" (a component: "OPTION 'WHOLE', component K")
  std::string kind;   // the word before ':' (the whole text when there is no ':')
  bool has_args = false;  // a ':' follows the kind
  std::string args;   // the text after ':', trimmed
  std::string path;   // file kinds: args
  std::vector<SpecPoint> points;  // numeric kinds: the points of args (empty points skipped)
  // mix: (or the alias): the components and their weight tokens, in order.
  std::vector<MeasureSpec> components;
  std::vector<std::string> component_weights;

  bool is_mixture() const { return kind == "mix"; }
  // The one list of numbers of a single-point kind (uniform:a,b, gaussian:..., sphere:R, ...);
  // refuses none, several points or a weight, naming the spec and the allowed `form`.
  const std::vector<std::string>& numbers(const std::string& form) const;
};

enum class MixtureAlias {
  kNone,             // mixtures only as mix:A@w|B@w
  kSemicolonMixture  // also A@w;B@w (the radial family's older form): a spec that does not
                     // start with mix: and has an '@' or a ';'
};

// Reads `text` into its parts; `option` names the flag or config key in messages.
MeasureSpec parse_measure_spec(const std::string& text, const std::string& option,
                               MixtureAlias alias = MixtureAlias::kNone);

// True for the kinds whose argument is a file path (cdf, quantile, points, image).
bool is_file_kind(const std::string& kind);

// A number token: a whole decimal, finite, not beyond double precision (strtod's ERANGE: a
// subnormal, 0 or infinity in place of the written value). `what` prefixes the message and
// `allowed` ends it ("... ; allowed: <allowed>"); a family checks its own range after.
double parse_spec_number(const std::string& token, const std::string& what, const std::string& allowed);

}  // namespace nwgf::analytic
