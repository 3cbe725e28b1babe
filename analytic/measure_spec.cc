// The one grammar of start and target specs (analytic/measure_spec.h, docs/specs.md).
#include "analytic/measure_spec.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "analytic/spec_text.h"

namespace nwgf::analytic {

namespace {

bool is_kind_word(const std::string& kind) {
  if (kind.empty()) return false;
  for (char c : kind)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) return false;
  return true;
}

// The points of a numeric kind's ARGS: pieces between ';' (empty ones skipped), each split at its
// first '@' into the numbers (split at ',') and the weight.
std::vector<SpecPoint> points_of(const std::string& args) {
  std::vector<SpecPoint> out;
  if (trim_spec(args).empty()) return out;
  for (const std::string& piece : split_spec(args, ';')) {
    if (trim_spec(piece).empty()) continue;
    SpecPoint p;
    const auto at = piece.find('@');
    for (const std::string& n : split_spec(piece.substr(0, at), ',')) p.numbers.push_back(trim_spec(n));
    if (at != std::string::npos) {
      p.weighted = true;
      p.weight = trim_spec(piece.substr(at + 1));
    }
    out.push_back(std::move(p));
  }
  return out;
}

MeasureSpec parse_one(const std::string& text, const std::string& option, const std::string& where,
                      bool in_mixture);

// The components "A@w" of a mixture (the pieces of `items`), each weighted after its last '@'.
void components_of(MeasureSpec& spec, const std::vector<std::string>& items, const std::string& option,
                   const std::string& allowed_form) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string item = trim_spec(items[i]);
    const std::string where = spec.where + ", component " + std::to_string(i + 1);
    const auto at = item.rfind('@');
    if (item.empty() || at == std::string::npos)
      throw std::invalid_argument(where + ": '" + quoted_spec(item) + "' has no weight; allowed: " + allowed_form);
    spec.components.push_back(parse_one(item.substr(0, at), option, where, true));
    spec.component_weights.push_back(trim_spec(item.substr(at + 1)));
  }
}

MeasureSpec parse_one(const std::string& text, const std::string& option, const std::string& where,
                      bool in_mixture) {
  MeasureSpec spec;
  spec.text = trim_spec(text);
  spec.where = where.empty() ? option + " '" + quoted_spec(spec.text) + "'" : where;
  if (spec.text.empty())
    throw std::invalid_argument((where.empty() ? option : where) + " is empty; allowed: " + kMeasureSpecForms +
                                " (" + kMeasureSpecDoc + ")");
  const auto colon = spec.text.find(':');
  spec.has_args = colon != std::string::npos;
  spec.kind = trim_spec(spec.has_args ? spec.text.substr(0, colon) : spec.text);
  spec.args = spec.has_args ? trim_spec(spec.text.substr(colon + 1)) : "";
  // A word that is not a kind is left to the family, which names its own forms; a piece of text
  // that cannot be a kind at all is refused here.
  if (!is_kind_word(spec.kind))
    throw std::invalid_argument(spec.where + " is not KIND or KIND:ARGS; allowed: " + kMeasureSpecForms + " (" +
                                kMeasureSpecDoc + ")");
  if (spec.kind == "mix") {
    if (in_mixture)
      throw std::invalid_argument(spec.where + ": a mixture inside a mixture; allowed: one mix: with plain components");
    components_of(spec, split_spec(spec.args, '|'), option, "SPEC@w (every component weighted)");
  } else if (is_file_kind(spec.kind)) {
    spec.path = spec.args;
  } else {
    spec.points = points_of(spec.args);
  }
  return spec;
}

}  // namespace

const std::vector<std::string>& MeasureSpec::numbers(const std::string& form) const {
  if (points.empty()) throw std::invalid_argument(where + ": no numbers; allowed: " + form);
  if (points.size() != 1 || points[0].weighted)
    throw std::invalid_argument(where + ": '" + quoted_spec(args) +
                                "' has several points or a weight (only diracs: has them); allowed: " + form);
  return points[0].numbers;
}

bool is_file_kind(const std::string& kind) {
  return kind == "cdf" || kind == "quantile" || kind == "points" || kind == "image";
}

MeasureSpec parse_measure_spec(const std::string& text, const std::string& option, MixtureAlias alias) {
  const std::string t = trim_spec(text);
  const auto colon = t.find(':');
  const std::string kind = trim_spec(colon == std::string::npos ? t : t.substr(0, colon));
  if (alias == MixtureAlias::kSemicolonMixture && kind != "mix" &&
      (t.find('@') != std::string::npos || t.find(';') != std::string::npos)) {
    MeasureSpec spec;
    spec.text = t;
    spec.where = option + " '" + quoted_spec(t) + "'";
    spec.kind = "mix";
    spec.has_args = true;
    spec.args = t;
    components_of(spec, split_spec(t, ';'), option,
                  "every component of a mixture weighted, mix:A@w|B@w|... (or A@w;B@w;...)");
    return spec;
  }
  return parse_one(text, option, "", false);
}

double parse_spec_number(const std::string& token, const std::string& what, const std::string& allowed) {
  const std::string t = trim_spec(token);
  if (t.empty()) throw std::invalid_argument(what + ": empty number; allowed: " + allowed);
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size())
    throw std::invalid_argument(what + ": '" + quoted_spec(t) + "' is not a number; allowed: " + allowed);
  if (errno == ERANGE)
    throw std::invalid_argument(what + ": '" + quoted_spec(t) +
                                "' is out of range (beyond double precision); allowed: " + allowed);
  if (!std::isfinite(v))
    throw std::invalid_argument(what + ": '" + quoted_spec(t) + "' is not finite (NaN or infinite); allowed: " +
                                allowed);
  return v;
}

}  // namespace nwgf::analytic
