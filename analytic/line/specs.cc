// Start and target specs of the line family (analytic/line/specs.h).
#include "analytic/line/specs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "analytic/format_value.h"
#include "analytic/measure_spec.h"
#include "analytic/spec_text.h"
#include "analytic/line/scales.h"

namespace nwgf::analytic::line {

namespace {

// A decimal number (the grammar's reader, analytic/measure_spec.h).
double number(const std::string& token, const std::string& what, const std::string& allowed) {
  return parse_spec_number(token, what, allowed);
}

// A coordinate, length or weight of a spec: 0 or a magnitude in [kMinMagnitude, kMaxMagnitude]
// (analytic/line/scales.h).
double spec_number(const std::string& token, const std::string& what) {
  const std::string allowed = "0 or magnitudes from " + format_shortest(kMinMagnitude) + " to " +
                              format_shortest(kMaxMagnitude);
  const double v = number(token, what, allowed);
  if (v != 0.0 && !(std::abs(v) >= kMinMagnitude && std::abs(v) <= kMaxMagnitude))
    throw std::invalid_argument(what + ": '" + quoted_spec(trim_spec(token)) + "' is out of range; allowed: " + allowed);
  return v;
}

const char* allowed_specs() {
  return "dirac[:x], diracs:x1;x2;... (weights: diracs:x1@w1;x2@w2;...), uniform:a,b, gaussian:s, gaussian:m,s, "
         "cdf:PATH, quantile:PATH, mix:A@w|B@w|...";
}

// A table's rows: two numbers per line (whitespace or one comma between), '#' comments and
// blank lines skipped; bounded by kMaxTableRows.
// xs: positions (spec numbers), ps: probabilities in [0, 1]; the file's column order depends on
// the kind (cdf: x F; quantile: s Q). Each row is checked against the previous one here, so a
// refusal names its line.
void table_rows(const std::string& text, LineTableKind kind, const std::string& what, std::vector<double>& xs,
                std::vector<double>& ps) {
  std::size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string t = trim_spec(line);
    if (t.empty() || t[0] == '#') continue;
    std::string norm = t;
    std::replace(norm.begin(), norm.end(), ',', ' ');
    std::replace(norm.begin(), norm.end(), '\t', ' ');
    std::vector<std::string> cols;
    for (const auto& c : split_spec(norm, ' '))
      if (!c.empty()) cols.push_back(c);
    const std::string where = what + " line " + std::to_string(line_no);
    if (cols.size() != 2)
      throw std::invalid_argument(where + ": '" + quoted_spec(t) + "' has " + std::to_string(cols.size()) +
                                  " columns; allowed: two numbers");
    if (xs.size() == kMaxTableRows)
      throw std::invalid_argument(what + ": more than " + std::to_string(kMaxTableRows) +
                                  " points; allowed: at most " + std::to_string(kMaxTableRows));
    const bool cdf = kind == LineTableKind::kCdf;
    const char* p_name = cdf ? "F" : "s";
    const char* x_name = cdf ? "x" : "Q";
    const double x = spec_number(cols[cdf ? 0 : 1], where + " " + x_name);
    const double p = number(cols[cdf ? 1 : 0], where + " " + p_name, "[0, 1]");
    if (!(p >= 0.0 && p <= 1.0))
      throw std::invalid_argument(where + ": " + p_name + " = " + format_double(p) +
                                  " is outside the allowed range [0, 1]");
    if (!xs.empty() && x < xs.back())
      throw std::invalid_argument(where + ": " + x_name + " = " + format_double(x) + " is below the previous " +
                                  x_name + " = " + format_double(xs.back()) + "; allowed: nondecreasing");
    if (!ps.empty() && p < ps.back())
      throw std::invalid_argument(where + ": " + p_name + " = " + format_double(p) + " is below the previous " +
                                  p_name + " = " + format_double(ps.back()) + "; allowed: nondecreasing");
    if (xs.empty() && p != 0.0)
      throw std::invalid_argument(where + ": the first point's " + p_name + " = " + format_double(p) +
                                  "; allowed: 0");
    xs.push_back(x);
    ps.push_back(p);
  }
  if (!ps.empty() && ps.back() != 1.0)
    throw std::invalid_argument(what + ": the last point's " + std::string(kind == LineTableKind::kCdf ? "F" : "s") +
                                " = " + format_double(ps.back()) + "; allowed: 1");
}

LineMeasure line_measure(const MeasureSpec& spec, LineRole role, const std::string& option,
                         const LineSpecFiles* files);

LineMeasure line_mixture(const MeasureSpec& spec, LineRole role, const std::string& option,
                         const LineSpecFiles* files) {
  std::vector<LineMeasure> parts;
  std::vector<double> weights;
  for (std::size_t i = 0; i < spec.components.size(); ++i) {
    const std::string item_what = spec.where + ", component " + std::to_string(i + 1);
    const double w = spec_number(spec.component_weights[i], item_what + " weight");
    if (!(w > 0.0))
      throw std::invalid_argument(item_what + ": weight " + format_double(w) + " is outside the allowed range (0, inf)");
    parts.push_back(line_measure(spec.components[i], role, option, files));
    weights.push_back(w);
  }
  double total = 0.0;
  for (double w : weights) total += w;
  if (!(total > 0.0 && std::isfinite(total)))
    throw std::invalid_argument(spec.where + ": total weight " + format_double(total) +
                                " is outside the allowed range (0, inf)");
  // A component lighter than kMinMixtureShare of the total changes the CDF by less than 1e4
  // roundings of it: its knots and pieces would be resolved by nothing downstream (a uniform of
  // mass 7e-17 under an atom made a CDF piece rising by one rounding, and flow levels crossed).
  for (std::size_t i = 0; i < weights.size(); ++i)
    if (weights[i] < kMinMixtureShare * total)
      throw std::invalid_argument(spec.where + ", component " + std::to_string(i + 1) + ": weight " +
                                  format_double(weights[i]) + " is " + format_g(weights[i] / total, 3) +
                                  " of the total; allowed: at least " + format_shortest(kMinMixtureShare) + " of it");
  try {
    return LineMeasure::mixture(parts, weights);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(spec.where + ": " + e.what());
  }
}

// The numbers of a single-point kind, `count` of them, each a spec number.
std::vector<double> numbers(const MeasureSpec& spec, std::size_t count, const std::string& form) {
  const auto& tokens = spec.numbers(form);
  if (tokens.size() != count)
    throw std::invalid_argument(spec.where + ": '" + quoted_spec(spec.args) + "' has " +
                                std::to_string(tokens.size()) + " numbers; allowed: " + form);
  std::vector<double> out;
  for (const auto& t : tokens) out.push_back(spec_number(t, spec.where));
  return out;
}

LineMeasure line_measure(const MeasureSpec& spec, LineRole role, const std::string& option,
                         const LineSpecFiles* files) {
  const std::string& kind = spec.kind;
  const std::string& what = spec.where;
  const bool known = kind == "dirac" || kind == "diracs" || kind == "uniform" || kind == "gaussian" ||
                     kind == "cdf" || kind == "quantile" || kind == "mix";
  if (!known || (!spec.has_args && kind != "dirac"))
    throw std::invalid_argument(option + " '" + quoted_spec(spec.text) + "' is not a " +
                                (role == LineRole::kTarget ? "target" : "start") +
                                " of the line family; allowed: " + allowed_specs() + " (" + kMeasureSpecDoc + ")");
  if (kind == "mix") return line_mixture(spec, role, option, files);
  if (kind == "cdf" || kind == "quantile") {
    const std::string& path = spec.path;
    if (path.empty()) throw std::invalid_argument(what + ": no file named; allowed: " + kind + ":PATH");
    if (!files)
      throw std::invalid_argument(what + ": a file spec is not read here (no file reader; the suite's commands "
                                         "and study configs read them)");
    std::string text;
    try {
      text = files->read(path);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(what + ": " + e.what());
    }
    return parse_line_table(text, kind == "cdf" ? LineTableKind::kCdf : LineTableKind::kQuantile,
                            option + " file " + quoted_spec(path));
  }
  // dirac (no point: the origin) and dirac:x.
  if (kind == "dirac") {
    if (!spec.has_args) return LineMeasure::dirac(0.0);
    const auto& tokens = spec.numbers("dirac:x");
    if (tokens.size() != 1)
      throw std::invalid_argument(what + ": '" + quoted_spec(spec.args) + "' has " + std::to_string(tokens.size()) +
                                  " coordinates; the line family is one-dimensional (dirac:x)");
    return LineMeasure::dirac(spec_number(tokens[0], what));
  }
  if (kind == "uniform") {
    const auto v = numbers(spec, 2, "uniform:a,b");
    if (!(v[0] < v[1]))
      throw std::invalid_argument(what + ": a = " + format_double(v[0]) + ", b = " + format_double(v[1]) +
                       "; allowed a < b");
    return LineMeasure::uniform(v[0], v[1]);
  }
  if (kind == "gaussian") {
    // gaussian:s is N(0, s^2), gaussian:m,s is N(m, s^2) (the grammar's two forms in d = 1).
    const auto& tokens = spec.numbers("gaussian:s or gaussian:m,s");
    const auto v = numbers(spec, tokens.size() == 1 ? 1 : 2, "gaussian:s or gaussian:m,s");
    const double m = v.size() == 2 ? v[0] : 0.0;
    const double s = v.back();
    if (!(s > 0.0))
      throw std::invalid_argument(what + ": standard deviation s = " + format_double(s) +
                       " is outside the allowed range (0, inf)");
    return LineMeasure::gaussian(m, s);
  }
  // diracs: x1;x2;... or x1@w1;x2@w2;...
  if (spec.points.empty())
    throw std::invalid_argument(what + ": no atoms; allowed: diracs:x1;x2;... or diracs:x1@w1;x2@w2;...");
  std::vector<double> xs, ws;
  std::size_t weighted = 0;
  for (std::size_t i = 0; i < spec.points.size(); ++i) {
    const SpecPoint& p = spec.points[i];
    const std::string atom_what = what + ", atom " + std::to_string(i + 1);
    if (p.numbers.size() != 1)
      throw std::invalid_argument(atom_what + ": has " + std::to_string(p.numbers.size()) +
                                  " coordinates; the line family is one-dimensional (x or x@w)");
    xs.push_back(spec_number(p.numbers[0], atom_what));
    if (!p.weighted) continue;
    ++weighted;
    const double w = spec_number(p.weight, atom_what + " weight");
    if (!(w > 0.0))
      throw std::invalid_argument(atom_what + ": weight " + format_double(w) +
                       " is outside the allowed range (0, inf)");
    ws.push_back(w);
  }
  if (weighted != 0 && weighted != spec.points.size())
    throw std::invalid_argument(what + ": " + std::to_string(weighted) + " of " + std::to_string(spec.points.size()) +
                     " atoms have a weight; allowed: all atoms weighted (x@w) or none");
  double total = 0.0;
  for (double w : ws) total += w;
  if (weighted != 0 && !(total > 0.0 && std::isfinite(total)))
    throw std::invalid_argument(what + ": total weight " + format_double(total) +
                     " is outside the allowed range (0, inf)");
  try {
    return LineMeasure::atoms(xs, ws);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(what + ": " + e.what());
  }
}

}  // namespace

LineMeasure parse_line_table(const std::string& text, LineTableKind kind, const std::string& what) {
  std::vector<double> xs, ps;
  table_rows(text, kind, what, xs, ps);
  if (xs.size() < 2)
    throw std::invalid_argument(what + ": " + std::to_string(xs.size()) +
                                " points; allowed: at least 2 (the first at " +
                                (kind == LineTableKind::kCdf ? "F = 0, the last at F = 1)" : "s = 0, the last at s = 1)"));
  try {
    return kind == LineTableKind::kCdf ? LineMeasure::cdf_points(xs, ps) : LineMeasure::quantile_grid(ps, xs);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(what + ": " + e.what());
  }
}

LineMeasure parse_line_measure(const std::string& spec, LineRole role, const std::string& option,
                               const LineSpecFiles* files) {
  return line_measure(parse_measure_spec(spec, option), role, option, files);
}

std::vector<double> parse_line_levels(const std::string& list, const std::string& option) {
  std::vector<double> out;
  for (const auto& part : split_spec(list, ',')) {
    const double s = number(part, option + " " + quoted_spec(list), "(0, 1)");
    if (!(s > 0.0 && s < 1.0))
      throw std::invalid_argument(option + " level " + format_double(s) + " is outside the allowed range (0, 1)");
    out.push_back(s);
  }
  return out;
}

}  // namespace nwgf::analytic::line
