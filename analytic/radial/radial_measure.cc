// Radial laws of the radial family: components, mixtures and their specs
// (analytic/radial/radial_measure.h).
#include "analytic/measure_spec.h"
#include "analytic/spec_text.h"
#include "analytic/radial/radial_measure.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>

#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/tools/roots.hpp>

#include "analytic/flow.h"
#include "analytic/format_value.h"
#include "analytic/radial/sphere_kernel.h"

namespace nwgf::analytic::radial {

namespace {

using Kind = RadialComponent::Kind;

// Tail mass beyond a Gaussian's reported upper end: below it nothing a double computation of the
// law can see (support() must be finite, RadialLaw).
constexpr double kGaussianTail = 1e-300;

// Spec numbers: positive, within [kMinMagnitude, kMaxMagnitude] (squares of radii stay normal
// doubles).
constexpr double kMinMagnitude = 1e-100;
constexpr double kMaxMagnitude = 1e100;

void check_positive(double v, const char* what) {
  if (!(v > 0.0 && std::isfinite(v)))
    throw std::invalid_argument(std::string("radial measure: ") + what + " = " + format_double(v) +
                                " is outside the allowed range (0, inf)");
}

void check_dimension(int d) {
  if (d < 2 || d > 1024)
    throw std::invalid_argument("radial measure: dimension d = " + std::to_string(d) +
                                " is outside the allowed range [2, 1024]");
}

// log(R1 / R2) for 0 < R1 < R2 without the rounding of the quotient near 1.
double log_ratio(double r1, double r2) { return std::log1p((r1 - r2) / r2); }
// L = d log(R2 / R1) > 0 of a shell, and the L beyond which (R2/R1)^d is not formed
// (e^700 = 1e304 < the largest double).
double shell_log_ratio(int d, double r1, double r2) { return d * std::log1p((r2 - r1) / r1); }
constexpr double kShellLogRatio = 700.0;

// Bisection steps of a mixture quantile's final polish in rho (to adjacent doubles).
constexpr int kMaxPolishSteps = 200;

}  // namespace

bool RadialComponent::is_atom() const {
  return kind == Kind::kSphere || (kind == Kind::kGamma && profile.regime == Regime::Sphere);
}

std::pair<double, double> RadialComponent::support() const {
  switch (kind) {
    case Kind::kSphere:
      return {a, a};
    case Kind::kBall:
      return {0.0, a};
    case Kind::kShell:
      return {a, b};
    case Kind::kGaussian:
      return {0.0, a * std::sqrt(2.0 * boost::math::gamma_q_inv(0.5 * profile.d, kGaussianTail))};
    case Kind::kGamma:
      if (profile.regime == Regime::Sphere) return {scale * profile.radius, scale * profile.radius};
      return {0.0, scale * profile.radius};
  }
  return {0.0, 0.0};
}

double RadialComponent::quantile(int d, double s) const {
  switch (kind) {
    case Kind::kSphere:
      return a;
    case Kind::kBall:
      return a * std::pow(s, 1.0 / d);
    case Kind::kShell: {
      // R^d = R1^d + s (R2^d - R1^d). With L = d log(R2/R1): R = R1 (1 + s expm1(L))^(1/d)
      // (no cancellation for thin shells nor small s); for L >= kShellLogRatio (expm1(L)
      // would overflow) R = R2 (f + s (1 - f))^(1/d) with f = e^-L < 1e-304, 1 - f = 1.
      const double L = shell_log_ratio(d, a, b);
      if (L < kShellLogRatio) return a * std::exp(std::log1p(s * std::expm1(L)) / d);
      return b * std::exp(std::log(std::exp(-L) + s) / d);
    }
    case Kind::kGaussian:
      return a * std::sqrt(2.0 * boost::math::gamma_p_inv(0.5 * d, s));
    case Kind::kGamma:
      return scale * radial_quantile(profile, s);
  }
  return 0.0;
}

double RadialComponent::cdf(int d, double rho) const {
  if (is_atom()) return rho >= support().first ? 1.0 : 0.0;
  if (rho <= 0.0) return 0.0;
  if (kind == Kind::kGaussian) {
    const double z = rho / a;  // F = P(d/2, z^2 / 2); beyond z = 1e150 (z^2 overflows) F = 1
    return z > 1e150 ? 1.0 : boost::math::gamma_p(0.5 * d, 0.5 * z * z);
  }
  const auto [lo, hi] = support();
  if (rho <= lo) return 0.0;
  if (rho >= hi) return 1.0;
  switch (kind) {
    case Kind::kBall:
      return std::pow(rho / a, d);
    case Kind::kShell: {
      // F = ((rho/R1)^d - 1) / ((R2/R1)^d - 1), or (rho/R2)^d - f for L >= kShellLogRatio.
      const double L = shell_log_ratio(d, a, b);
      if (L < kShellLogRatio) return std::clamp(std::expm1(d * std::log1p((rho - a) / a)) / std::expm1(L), 0.0, 1.0);
      return std::clamp(std::pow(rho / b, d) - std::exp(-L), 0.0, 1.0);
    }
    case Kind::kGamma:
      return radial_cdf(profile, rho / scale);
    default:
      return 0.0;
  }
}

double RadialComponent::cdf_left(int d, double rho) const {
  if (is_atom()) return rho > support().first ? 1.0 : 0.0;
  return cdf(d, rho);  // continuous
}

double RadialComponent::second_moment(int d) const {
  switch (kind) {
    case Kind::kSphere:
      return a * a;
    case Kind::kBall:
      return a * a * d / (d + 2.0);
    case Kind::kShell: {
      // E R^2 = d/(d+2) (R2^(d+2) - R1^(d+2)) / (R2^d - R1^d)
      //       = R2^2 d/(d+2) (1 - (R1/R2)^(d+2)) / (1 - (R1/R2)^d).
      const double l = log_ratio(a, b);
      return b * b * d / (d + 2.0) * (std::expm1((d + 2.0) * l) / std::expm1(d * l));
    }
    case Kind::kGaussian:
      return a * a * d;
    case Kind::kGamma:
      return scale * scale * profile.m2;
  }
  return 0.0;
}

RadialMeasure::RadialMeasure(int d, std::vector<RadialComponent> components)
    : d_(d), components_(std::move(components)) {
  lo_ = std::numeric_limits<double>::infinity();
  hi_ = 0.0;
  for (const auto& c : components_) {
    const auto [l, h] = c.support();
    lo_ = std::min(lo_, l);
    hi_ = std::max(hi_, h);
  }
}

RadialMeasure RadialMeasure::sphere(int d, double R) {
  check_dimension(d);
  check_positive(R, "sphere radius R");
  RadialComponent c;
  c.kind = Kind::kSphere;
  c.a = R;
  c.profile.d = d;
  return RadialMeasure(d, {c});
}

RadialMeasure RadialMeasure::ball(int d, double R) {
  check_dimension(d);
  check_positive(R, "ball radius R");
  RadialComponent c;
  c.kind = Kind::kBall;
  c.a = R;
  c.profile.d = d;
  return RadialMeasure(d, {c});
}

RadialMeasure RadialMeasure::shell(int d, double R1, double R2) {
  check_dimension(d);
  check_positive(R1, "shell inner radius R1");
  check_positive(R2, "shell outer radius R2");
  if (!(R1 < R2))
    throw std::invalid_argument("radial measure: shell R1 = " + format_double(R1) + ", R2 = " + format_double(R2) +
                                "; allowed 0 < R1 < R2");
  RadialComponent c;
  c.kind = Kind::kShell;
  c.a = R1;
  c.b = R2;
  c.profile.d = d;
  return RadialMeasure(d, {c});
}

RadialMeasure RadialMeasure::gaussian(int d, double s) {
  check_dimension(d);
  check_positive(s, "gaussian standard deviation s");
  RadialComponent c;
  c.kind = Kind::kGaussian;
  c.a = s;
  c.profile.d = d;  // the component's dimension, for support()
  return RadialMeasure(d, {c});
}

RadialMeasure RadialMeasure::gamma(int d, double r, double t0) {
  check_radial_domain(d, r);
  check_positive(t0, "gamma start time t0");
  RadialComponent c;
  c.kind = Kind::kGamma;
  c.a = t0;
  c.profile = make_profile(d, r);
  check_flow_resolved(c.profile, t0, t0);
  c.scale = flow_scale(r, t0);
  return RadialMeasure(d, {c});
}

RadialMeasure RadialMeasure::mixture(const std::vector<RadialMeasure>& parts, const std::vector<double>& weights) {
  if (parts.empty()) throw std::invalid_argument("radial measure: a mixture needs at least one component");
  if (parts.size() != weights.size())
    throw std::invalid_argument("radial measure: " + std::to_string(weights.size()) + " weights for " +
                                std::to_string(parts.size()) + " components; allowed: one weight per component");
  double total = 0.0;
  for (double w : weights) {
    check_positive(w, "mixture weight");
    total += w;
  }
  if (!std::isfinite(total))
    throw std::invalid_argument("radial measure: total mixture weight " + format_double(total) + " is not finite");
  const int d = parts.front().d();
  std::vector<RadialComponent> flat;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (parts[k].d() != d)
      throw std::invalid_argument("radial measure: mixture components of dimensions " + std::to_string(d) + " and " +
                                  std::to_string(parts[k].d()) + "; allowed: one dimension");
    for (RadialComponent c : parts[k].components()) {
      c.weight *= weights[k] / total;
      flat.push_back(c);
    }
  }
  return RadialMeasure(d, std::move(flat));
}

std::pair<double, double> RadialMeasure::support() const { return {lo_, hi_}; }

double RadialMeasure::cdf(double rho) const {
  if (std::isnan(rho)) throw std::invalid_argument("radial measure cdf: rho is NaN");
  if (components_.size() == 1) return components_.front().cdf(d_, rho);
  if (rho >= hi_) return 1.0;  // exactly, whatever the rounding of the weights' sum
  double f = 0.0;
  for (const auto& c : components_) f += c.weight * c.cdf(d_, rho);
  return std::clamp(f, 0.0, 1.0);
}

double RadialMeasure::cdf_left(double rho) const {
  if (std::isnan(rho)) throw std::invalid_argument("radial measure cdf_left: rho is NaN");
  if (components_.size() == 1) return components_.front().cdf_left(d_, rho);
  if (rho > hi_) return 1.0;
  double f = 0.0;
  for (const auto& c : components_) f += c.weight * c.cdf_left(d_, rho);
  return std::clamp(f, 0.0, 1.0);
}

double RadialMeasure::quantile(double s) const {
  if (!(s > 0.0 && s < 1.0))
    throw std::invalid_argument("radial measure quantile: level s = " + format_double(s) +
                                " is outside the allowed range (0, 1)");
  if (components_.size() == 1) return components_.front().quantile(d_, s);
  // An atom a holds the levels (F(a-), F(a)]: Q = a there, exactly.
  for (const auto& [a, w] : atoms())
    if (cdf_left(a) < s && s <= cdf(a)) return a;
  // Q(s) lies between the smallest and the largest component quantile (at rho below every Q_k(s)
  // every F_k < s, at rho above all of them every F_k >= s).
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  for (const auto& c : components_) {
    const double q = c.quantile(d_, s);
    lo = std::min(lo, q);
    hi = std::max(hi, q);
  }
  const auto f = [&](double rho) { return cdf(rho) - s; };
  double root;
  if (f(lo) >= 0.0 || lo == hi) {
    root = lo;
  } else if (f(hi) < 0.0) {
    root = hi;  // only the rounding of the weights' sum: F(hi) = 1 - ulp < s
  } else {
    // TOMS 748 on the monotone F(e^t) - s in t = log rho (lo > 0: every component quantile at
    // s > 0 is positive), bracket [log lo, log hi] with f < 0 at the left end and f >= 0 at the
    // right: in t the bracket of a tiny level (ball:1@1;shell:2,3@1 at s = 1e-276: rho from
    // 1e-92 to 2) is 212 wide instead of 2 in rho, where halving would take 300 steps. Stops
    // when the bracket is 4 ulps of rho wide (4 eps in t).
    const auto g = [&](double t) { return f(std::exp(t)); };
    const auto tight = [](double a, double b) { return std::abs(b - a) <= 4.0 * std::numeric_limits<double>::epsilon(); };
    std::uintmax_t iterations = kMaxRootIterations;
    const double tlo = std::log(lo), thi = std::log(hi);
    const auto bracket = boost::math::tools::toms748_solve(g, tlo, thi, f(lo), f(hi), tight, iterations);
    if (iterations >= static_cast<std::uintmax_t>(kMaxRootIterations) && !(bracket.second - bracket.first <= 1e-13))
      throw std::runtime_error("radial measure quantile: the root of F(rho) = " + format_double(s) +
                               " was not bracketed to 1e-13 within " + std::to_string(kMaxRootIterations) +
                               " iterations (bracket [" + format_double(std::exp(bracket.first)) + ", " +
                               format_double(std::exp(bracket.second)) + "])");
    // Polish in rho: a bracket in t is only as fine as an ulp of t (8.9e-16 at |t| ~ 5, 2.8e-14
    // at rho ~ 1e100), times the slope of F (up to d F per unit of t). Re-establish
    // f(ra) < 0 <= f(rb) around the exponentials, then bisect to adjacent doubles (a bracket of
    // relative width 1e-13 takes about 10 halvings; at most kMaxPolishSteps).
    double ra = std::max(lo, std::exp(bracket.first)), rb = std::min(hi, std::exp(bracket.second));
    if (!(ra < rb)) ra = lo;  // the exponentials crossed: fall back to the component bracket
    if (f(ra) >= 0.0) {
      rb = ra;
      ra = std::max(lo, ra * (1.0 - 1e-12));
      if (f(ra) >= 0.0) ra = lo;
    }
    if (f(rb) < 0.0) {
      ra = rb;
      rb = std::min(hi, rb * (1.0 + 1e-12));
      if (f(rb) < 0.0) rb = hi;
    }
    for (int step = 0; step < kMaxPolishSteps && std::nextafter(ra, rb) < rb; ++step) {
      const double mid = ra + 0.5 * (rb - ra);
      (f(mid) >= 0.0 ? rb : ra) = mid;
    }
    root = rb;
  }
  // F is flat only between components' supports: Q(s) = inf{F >= s} is then the gap's left end.
  double gap_left = 0.0;
  for (const auto& c : components_) {
    const double h = c.support().second;
    if (h < root && h > gap_left) gap_left = h;
  }
  if (gap_left > 0.0 && cdf(gap_left) >= s) {
    bool inside = false;  // is gap_left..root free of every component's support?
    for (const auto& c : components_) {
      const auto [l, h] = c.support();
      if (l < root && h > gap_left) inside = true;
    }
    if (!inside) root = gap_left;
  }
  return root;
}

std::vector<double> RadialMeasure::level_breaks() const {
  if (components_.size() == 1) return {};
  std::vector<double> out;
  const auto add = [&](double v) {
    if (v > 0.0 && v < 1.0) out.push_back(v);
  };
  for (const auto& c : components_) {
    const auto [l, h] = c.support();
    if (c.is_atom()) {
      add(cdf_left(l));
      add(cdf(l));
      continue;
    }
    if (l > 0.0) add(cdf(l));
    if (c.kind != Kind::kGaussian) add(cdf(h));  // a Gaussian's upper end is nominal
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::pair<double, double>> RadialMeasure::atoms() const {
  std::vector<std::pair<double, double>> out;
  for (const auto& c : components_)
    if (c.is_atom()) out.emplace_back(c.support().first, c.weight);
  std::sort(out.begin(), out.end());
  std::vector<std::pair<double, double>> merged;
  for (const auto& p : out) {
    if (!merged.empty() && merged.back().first == p.first)
      merged.back().second += p.second;
    else
      merged.push_back(p);
  }
  return merged;
}

double RadialMeasure::start_time() const {
  return components_.size() == 1 && components_.front().kind == Kind::kGamma ? components_.front().a : 0.0;
}

bool RadialMeasure::has_gamma() const {
  for (const auto& c : components_)
    if (c.kind == Kind::kGamma) return true;
  return false;
}

double RadialMeasure::second_moment() const {
  double m2 = 0.0;
  for (const auto& c : components_) m2 += c.weight * c.second_moment(d_);
  return m2;
}

// ---- specs ----

namespace {





const char* kAllowedNumbers = "positive numbers from 1e-100 to 1e100";

// A decimal number (the grammar's reader, analytic/measure_spec.h).
double number(const std::string& token, const std::string& what, const std::string& allowed) {
  return parse_spec_number(token, what, allowed);
}

// A radius, scale, time or weight of a spec: positive, within [1e-100, 1e100]. `zero_reason` is
// what a 0 would mean (said instead of the bare range).
double spec_number(const std::string& token, const std::string& what, const std::string& zero_reason) {
  const double v = number(token, what, kAllowedNumbers);
  if (v == 0.0 && !zero_reason.empty())
    throw std::invalid_argument(what + ": '" + quoted_spec(trim_spec(token)) + "' " + zero_reason + "; allowed: " +
                                kAllowedNumbers);
  if (!(v >= kMinMagnitude && v <= kMaxMagnitude))
    throw std::invalid_argument(what + ": '" + quoted_spec(trim_spec(token)) + "' is out of range; allowed: " + kAllowedNumbers);
  return v;
}

const char* kOrigin = "which the radial family excludes (every radius > 0, docs/math.md 7.2)";

// The numbers of a single-point kind, `count` of them (the grammar's one list).
std::vector<double> spec_numbers(const MeasureSpec& spec, std::size_t count, const std::string& what,
                                 const std::string& form, const std::string& zero_reason) {
  const auto& parts = spec.numbers(form);
  if (parts.size() != count)
    throw std::invalid_argument(what + ": '" + quoted_spec(spec.args) + "' has " + std::to_string(parts.size()) +
                                " numbers; allowed: " + form);
  std::vector<double> out;
  for (const auto& p : parts) out.push_back(spec_number(p, what, zero_reason));
  return out;
}

const char* allowed_specs(RadialRole role) {
  return role == RadialRole::kStart
             ? "sphere:R, ball:R, shell:R1,R2, gaussian:s, gamma:t0, or a weighted mixture mix:A@w|B@w|... "
               "(alias A@w;B@w;...)"
             : "sphere:R, ball:R, shell:R1,R2, gaussian:s, or a weighted mixture mix:A@w|B@w|... (alias A@w;B@w;...; "
               "gamma:t0 is a start only)";
}

RadialMeasure radial_component(const MeasureSpec& spec, int d, double r, RadialRole role,
                               const std::string& option) {
  const std::string& kind = spec.kind;
  const bool known = kind == "sphere" || kind == "ball" || kind == "shell" || kind == "gaussian" || kind == "gamma";
  if (!spec.has_args || !known)
    throw std::invalid_argument(option + " '" + quoted_spec(spec.text) + "' is not a radial " +
                                (role == RadialRole::kTarget ? "target" : "start") + "; allowed: " +
                                allowed_specs(role) + " (" + kMeasureSpecDoc + ")");
  if (kind == "gamma" && role == RadialRole::kTarget)
    throw std::invalid_argument(option + " '" + quoted_spec(spec.text) +
                                "': gamma:t0 (the exact flow from a Dirac) is a start only; allowed targets: " +
                                allowed_specs(role));
  const std::string& cwhat = spec.where;
  if (kind == "sphere")
    return RadialMeasure::sphere(d, spec_numbers(spec, 1, cwhat, "sphere:R", std::string("is a sphere of radius 0: mass at the origin, ") + kOrigin)[0]);
  if (kind == "ball")
    return RadialMeasure::ball(d, spec_numbers(spec, 1, cwhat, "ball:R", std::string("is a ball of radius 0: mass at the origin, ") + kOrigin)[0]);
  if (kind == "gaussian") {
    // The grammar's gaussian:m1,...,md,s with a mean is not radial: only the centred gaussian:s.
    if (!spec.points.empty() && spec.points[0].numbers.size() > 1)
      throw std::invalid_argument(cwhat + ": '" + quoted_spec(spec.args) + "' has " +
                                  std::to_string(spec.points[0].numbers.size()) +
                                  " numbers; allowed: gaussian:s (a radial law is centred at the origin; " + kMeasureSpecDoc + ")");
    return RadialMeasure::gaussian(
        d, spec_numbers(spec, 1, cwhat, "gaussian:s", std::string("is a Gaussian of standard deviation 0: mass at the origin, ") + kOrigin)[0]);
  }
  if (kind == "gamma") {
    const double t0 =
        spec_numbers(spec, 1, cwhat, "gamma:t0", std::string("is the Dirac at the origin (gamma at t0 = 0), ") + kOrigin)[0];
    try {
      return RadialMeasure::gamma(d, r, t0);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(cwhat + ": " + e.what());
    }
  }
  // shell:R1,R2
  const auto v = spec_numbers(spec, 2, cwhat, "shell:R1,R2",
                              "is not a shell radius (shell:0,R is the ball ball:R)");
  if (!(v[0] < v[1]))
    throw std::invalid_argument(cwhat + ": R1 = " + format_double(v[0]) + ", R2 = " + format_double(v[1]) +
                                "; allowed 0 < R1 < R2");
  return RadialMeasure::shell(d, v[0], v[1]);
}

}  // namespace

RadialMeasure parse_radial_measure(const std::string& spec_in, int d, double r, RadialRole role,
                                   const std::string& option) {
  try {
    check_radial_domain(d, r);
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(option + ": " + e.what());
  }
  if (trim_spec(spec_in).empty())
    throw std::invalid_argument(option + " is empty; allowed: " + std::string(allowed_specs(role)));
  // The grammar's mix:A@w|B@w|..., and its alias A@w;B@w;... that committed configs use.
  const MeasureSpec spec = parse_measure_spec(spec_in, option, MixtureAlias::kSemicolonMixture);
  if (!spec.is_mixture()) return radial_component(spec, d, r, role, option);
  std::vector<RadialMeasure> parts;
  std::vector<double> weights;
  for (std::size_t i = 0; i < spec.components.size(); ++i) {
    parts.push_back(radial_component(spec.components[i], d, r, role, option));
    weights.push_back(spec_number(spec.component_weights[i], spec.components[i].where + " weight", "is a zero weight"));
  }
  return RadialMeasure::mixture(parts, weights);
}

std::vector<double> parse_radial_levels(const std::string& list, const std::string& option) {
  std::vector<double> out;
  for (const auto& part : split_spec(list, ',')) {
    const double s = number(part, option + " '" + quoted_spec(list) + "'", "levels in (0, 1)");
    if (!(s > 0.0 && s < 1.0))
      throw std::invalid_argument(option + " level " + format_double(s) + " is outside the allowed range (0, 1)");
    out.push_back(s);
  }
  return out;
}

}  // namespace nwgf::analytic::radial
