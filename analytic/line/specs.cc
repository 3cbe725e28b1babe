// Start and target specs of the line family (analytic/line/specs.h).
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

// Characters of a spec or token a message quotes; the rule of suite/common/message_limits.h
// (one line, whatever the input's length), which analytic/ cannot link.
constexpr std::size_t kShownChars = 80;

// `text` as a message quotes it: control characters as \xNN, cut after kShownChars characters
// with "... (N characters)".
std::string shown(const std::string& text) {
  std::string out;
  const std::size_t n = std::min(text.size(), kShownChars);
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (n < text.size()) out += "... (" + std::to_string(text.size()) + " characters)";
  return out;
}


std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// A decimal number; `allowed` states the range in the message of one that double precision
// holds only as 0 or infinity, or as a subnormal (strtod's ERANGE).
double number(const std::string& token, const std::string& what, const std::string& allowed) {
  const std::string t = trim(token);
  if (t.empty()) throw std::invalid_argument(what + ": empty number");
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) throw std::invalid_argument(what + ": '" + shown(t) + "' is not a number");
  if (errno == ERANGE)
    throw std::invalid_argument(what + ": '" + shown(t) + "' is out of range (beyond double precision); allowed: " + allowed);
  if (!std::isfinite(v)) throw std::invalid_argument(what + ": '" + shown(t) + "' is not finite (NaN or infinite)");
  return v;
}

// A coordinate, length or weight of a spec: 0 or a magnitude in [kMinMagnitude, kMaxMagnitude]
// (analytic/line/scales.h).
double spec_number(const std::string& token, const std::string& what) {
  const std::string allowed = "0 or magnitudes from " + format_shortest(kMinMagnitude) + " to " +
                              format_shortest(kMaxMagnitude);
  const double v = number(token, what, allowed);
  if (v != 0.0 && !(std::abs(v) >= kMinMagnitude && std::abs(v) <= kMaxMagnitude))
    throw std::invalid_argument(what + ": '" + shown(trim(token)) + "' is out of range; allowed: " + allowed);
  return v;
}

std::vector<double> numbers(const std::string& list, std::size_t count, const std::string& what,
                            const std::string& form) {
  const auto parts = split(list, ',');
  if (parts.size() != count)
    throw std::invalid_argument(what + ": '" + shown(list) + "' has " + std::to_string(parts.size()) +
                     " numbers; allowed: " + form);
  std::vector<double> out;
  for (const auto& p : parts) out.push_back(spec_number(p, what));
  return out;
}

const char* allowed_specs(LineRole role) {
  return role == LineRole::kTarget
             ? "dirac:x, diracs:x1;x2;... (weights: diracs:x1@w1;x2@w2;...), uniform:a,b, gaussian:m,s"
             : "dirac:x, diracs:x1;x2;... (weights: diracs:x1@w1;x2@w2;...), uniform:a,b";
}

}  // namespace

LineMeasure parse_line_measure(const std::string& spec_in, LineRole role, const std::string& option) {
  const std::string spec = trim(spec_in);
  const auto colon = spec.find(':');
  const std::string kind = colon == std::string::npos ? spec : spec.substr(0, colon);
  const std::string rest = colon == std::string::npos ? "" : spec.substr(colon + 1);
  const std::string what = option + " " + shown(spec);
  if (colon == std::string::npos ||
      (kind != "dirac" && kind != "diracs" && kind != "uniform" && kind != "gaussian") ||
      (kind == "gaussian" && role == LineRole::kStart))
    throw std::invalid_argument(option + " '" + shown(spec) + "' is not a " +
                     (role == LineRole::kTarget ? "target" : "start") +
                     " of the line family; allowed: " + allowed_specs(role));
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
  const auto atoms = split(rest, ';');
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    const std::string atom_what = what + ", atom " + std::to_string(i + 1);
    const auto at = atoms[i].find('@');
    if (at == std::string::npos) {
      if (atoms[i].find(',') != std::string::npos)
        throw std::invalid_argument(atom_what + ": '" + shown(trim(atoms[i])) +
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

std::vector<double> parse_line_levels(const std::string& list, const std::string& option) {
  std::vector<double> out;
  for (const auto& part : split(list, ',')) {
    const double s = number(part, option + " " + shown(list), "(0, 1)");
    if (!(s > 0.0 && s < 1.0))
      throw std::invalid_argument(option + " level " + format_double(s) + " is outside the allowed range (0, 1)");
    out.push_back(s);
  }
  return out;
}

}  // namespace nwgf::analytic::line
