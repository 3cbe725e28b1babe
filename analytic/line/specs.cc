// Start and target specs of the line family (analytic/line/specs.h).
#include "analytic/spec_text.h"
#include "analytic/line/specs.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "analytic/format_value.h"
#include "analytic/line/scales.h"

namespace nwgf::analytic::line {

namespace {




// A decimal number; `allowed` states the range in the message of one that double precision
// holds only as 0 or infinity, or as a subnormal (strtod's ERANGE).
double number(const std::string& token, const std::string& what, const std::string& allowed) {
  const std::string t = trim_spec(token);
  if (t.empty()) throw std::invalid_argument(what + ": empty number");
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) throw std::invalid_argument(what + ": '" + quoted_spec(t) + "' is not a number");
  if (errno == ERANGE)
    throw std::invalid_argument(what + ": '" + quoted_spec(t) + "' is out of range (beyond double precision); allowed: " + allowed);
  if (!std::isfinite(v)) throw std::invalid_argument(what + ": '" + quoted_spec(t) + "' is not finite (NaN or infinite)");
  return v;
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

std::vector<double> numbers(const std::string& list, std::size_t count, const std::string& what,
                            const std::string& form) {
  const auto parts = split_spec(list, ',');
  if (parts.size() != count)
    throw std::invalid_argument(what + ": '" + quoted_spec(list) + "' has " + std::to_string(parts.size()) +
                     " numbers; allowed: " + form);
  std::vector<double> out;
  for (const auto& p : parts) out.push_back(spec_number(p, what));
  return out;
}

const char* allowed_specs() {
  return "dirac:x, diracs:x1;x2;... (weights: diracs:x1@w1;x2@w2;...), uniform:a,b, gaussian:m,s, cdf:PATH, "
         "quantile:PATH, mix:A@w|B@w|...";
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

LineMeasure parse_component(const std::string& spec_in, LineRole role, const std::string& option,
                            const LineSpecFiles* files, bool in_mixture);

LineMeasure parse_mixture(const std::string& spec, const std::string& rest, LineRole role, const std::string& option,
                          const LineSpecFiles* files) {
  const std::string what = option + " " + quoted_spec(spec);
  std::vector<LineMeasure> parts;
  std::vector<double> weights;
  const auto items = split_spec(rest, '|');
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string item_what = what + ", component " + std::to_string(i + 1);
    const auto at = items[i].rfind('@');
    if (at == std::string::npos)
      throw std::invalid_argument(item_what + ": '" + quoted_spec(trim_spec(items[i])) +
                                  "' has no weight; allowed: SPEC@w (every component weighted)");
    const double w = spec_number(items[i].substr(at + 1), item_what + " weight");
    if (!(w > 0.0))
      throw std::invalid_argument(item_what + ": weight " + format_double(w) + " is outside the allowed range (0, inf)");
    parts.push_back(parse_component(items[i].substr(0, at), role, item_what, files, true));
    weights.push_back(w);
  }
  double total = 0.0;
  for (double w : weights) total += w;
  if (!(total > 0.0 && std::isfinite(total)))
    throw std::invalid_argument(what + ": total weight " + format_double(total) + " is outside the allowed range (0, inf)");
  // A component lighter than kMinMixtureShare of the total changes the CDF by less than 1e4
  // roundings of it: its knots and pieces would be resolved by nothing downstream (a uniform of
  // mass 7e-17 under an atom made a CDF piece rising by one rounding, and flow levels crossed).
  for (std::size_t i = 0; i < weights.size(); ++i)
    if (weights[i] < kMinMixtureShare * total)
      throw std::invalid_argument(what + ", component " + std::to_string(i + 1) + ": weight " +
                                  format_double(weights[i]) + " is " + format_g(weights[i] / total, 3) +
                                  " of the total; allowed: at least " + format_shortest(kMinMixtureShare) + " of it");
  try {
    return LineMeasure::mixture(parts, weights);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(what + ": " + e.what());
  }
}

LineMeasure parse_component(const std::string& spec_in, LineRole role, const std::string& option,
                            const LineSpecFiles* files, bool in_mixture) {
  const std::string spec = trim_spec(spec_in);
  const auto colon = spec.find(':');
  const std::string kind = colon == std::string::npos ? spec : spec.substr(0, colon);
  const std::string rest = colon == std::string::npos ? "" : spec.substr(colon + 1);
  const std::string what = option + " " + quoted_spec(spec);
  if (colon == std::string::npos ||
      (kind != "dirac" && kind != "diracs" && kind != "uniform" && kind != "gaussian" && kind != "cdf" &&
       kind != "quantile" && kind != "mix"))
    throw std::invalid_argument(option + " '" + quoted_spec(spec) + "' is not a " +
                     (role == LineRole::kTarget ? "target" : "start") +
                     " of the line family; allowed: " + allowed_specs());
  if (kind == "mix") {
    if (in_mixture)
      throw std::invalid_argument(what + ": a mixture inside a mixture; allowed: one mix: with plain components");
    return parse_mixture(spec, rest, role, option, files);
  }
  if (kind == "cdf" || kind == "quantile") {
    const std::string path = trim_spec(rest);
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
  if (kind == "dirac") return LineMeasure::dirac(spec_number(rest, what));
  if (kind == "uniform") {
    const auto v = numbers(rest, 2, what, "uniform:a,b");
    if (!(v[0] < v[1]))
      throw std::invalid_argument(what + ": a = " + format_double(v[0]) + ", b = " + format_double(v[1]) +
                       "; allowed a < b");
    return LineMeasure::uniform(v[0], v[1]);
  }
  if (kind == "gaussian") {
    const auto v = numbers(rest, 2, what, "gaussian:m,s");
    if (!(v[1] > 0.0))
      throw std::invalid_argument(what + ": standard deviation s = " + format_double(v[1]) +
                       " is outside the allowed range (0, inf)");
    return LineMeasure::gaussian(v[0], v[1]);
  }
  // diracs: x1;x2;... or x1@w1;x2@w2;...
  std::vector<double> xs, ws;
  std::size_t weighted = 0;
  const auto atoms = split_spec(rest, ';');
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    const std::string atom_what = what + ", atom " + std::to_string(i + 1);
    const auto at = atoms[i].find('@');
    if (at == std::string::npos) {
      if (atoms[i].find(',') != std::string::npos)
        throw std::invalid_argument(atom_what + ": '" + quoted_spec(trim_spec(atoms[i])) +
                         "' has several coordinates; the line family is one-dimensional (x or x@w)");
      xs.push_back(spec_number(atoms[i], atom_what));
      continue;
    }
    ++weighted;
    xs.push_back(spec_number(atoms[i].substr(0, at), atom_what));
    const double w = spec_number(atoms[i].substr(at + 1), atom_what + " weight");
    if (!(w > 0.0))
      throw std::invalid_argument(atom_what + ": weight " + format_double(w) +
                       " is outside the allowed range (0, inf)");
    ws.push_back(w);
  }
  if (weighted != 0 && weighted != atoms.size())
    throw std::invalid_argument(what + ": " + std::to_string(weighted) + " of " + std::to_string(atoms.size()) +
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
  return parse_component(spec, role, option, files, false);
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
