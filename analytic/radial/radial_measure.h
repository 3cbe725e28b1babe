#pragma once
// Radial probability measures in R^d (d >= 2), given by the law of the radius R = ||X||
// (docs/math.md section 7.1: X = R U, U uniform on S^(d-1) independent of R), for the radial
// family's starts and targets.
//
// Conventions: F(rho) = P(R <= rho) (right-continuous); Q(s) = inf{rho : F(rho) >= s},
// s in (0, 1) (left-continuous, nondecreasing). Components (quantile / CDF):
//   sphere:R        an atom of R at R                     Q = R
//   ball:R          uniform in the ball of radius R       Q(s) = R s^(1/d), F = (rho/R)^d
//   shell:R1,R2     uniform in the annulus R1 < |x| < R2  R^d uniform in [R1^d, R2^d]:
//                   Q(s) = (R1^d + s (R2^d - R1^d))^(1/d), computed as
//                   R1 exp(log1p(s expm1(L)) / d), L = d log(R2/R1) (no cancellation for thin
//                   shells or small s), or R2 (e^-L + s)^(1/d) when L >= 700: no power of a
//                   radius is formed, so large d does not overflow
//   gaussian:s      N(0, s^2 I)                           R = s chi_d: Q(u) = s sqrt(2 P^-1(d/2, u)),
//                   P^-1 Boost.Math's gamma_p_inv; F(rho) = P(d/2, rho^2 / (2 s^2)); its
//                   support()'s upper end is the radius with tail mass 1e-300 (support() is finite)
//   gamma:t0        the exact flow from delta_0 at t0 > 0 (docs/math.md sections 3.1, 3.2):
//                   a(t0) eta*, a(t0) = ((2 - r) t0)^(1/(2 - r)); eta*'s radius law from
//                   analytic/profile.h (ball regime: s_ball sqrt(BetaInv(u; d/2, gamma + 1)),
//                   sphere regime: an atom at R); needs d and r; a start only.
// A mixture Σ_k w_k mu_k (weights normalised to sum 1) has F = Σ w_k F_k; its quantile is
// exact on an atom's levels (F(a-), F(a)], elsewhere the root of F(rho) = s bracketed between the
// components' quantiles: Boost.Math TOMS 748 in log rho (at most kMaxRootIterations iterations,
// else std::runtime_error), then bisection in rho to adjacent doubles (at most 200 steps), and
// the left end of a gap between components where F is flat at s. level_breaks() lists the
// levels where Q jumps or is flat (atoms' level intervals) and where a component begins or ends
// (Q's slope jumps), for quadratures to split at.
// Bad input throws std::invalid_argument with one line naming the value and the allowed range.
#include <string>
#include <utility>
#include <vector>

#include "analytic/profile.h"

namespace nwgf::analytic::radial {

// A radial law in R^d, given by the law of its radius R = ||X|| (MATH.md 7.1).
class RadialLaw {
 public:
  virtual ~RadialLaw() = default;
  virtual double quantile(double s) const = 0;            // Q(s), s in (0, 1)
  virtual double cdf(double rho) const = 0;               // F(rho) = P(R <= rho)
  virtual std::pair<double, double> support() const = 0;  // [lo, hi] of R, 0 <= lo <= hi < inf
  // Levels in (0, 1), sorted, where Q jumps (between mixture components) or is flat (atoms:
  // a sphere occupies a level interval); quadratures split there.
  virtual std::vector<double> level_breaks() const { return {}; }
};

enum class RadialRole { kStart, kTarget };

// One component of a RadialMeasure.
struct RadialComponent {
  enum class Kind { kSphere, kBall, kShell, kGaussian, kGamma };
  Kind kind = Kind::kSphere;
  double weight = 1.0;  // normalised: the weights of a measure sum to 1
  // sphere: a = R; ball: a = R; shell: a = R1, b = R2; gaussian: a = s; gamma: a = t0,
  // scale = a(t0) (the profile's radii are multiplied by it).
  double a = 0.0;
  double b = 0.0;
  double scale = 1.0;
  Profile profile;  // gamma only: eta* for (d, r)

  double quantile(int d, double s) const;  // this component's own Q(s)
  double cdf(int d, double rho) const;     // this component's own F(rho)
  double cdf_left(int d, double rho) const;  // P(R < rho): differs from cdf at an atom
  std::pair<double, double> support() const;
  bool is_atom() const;  // a sphere, or gamma in the sphere regime
  double second_moment(int d) const;  // E R^2 (closed forms)
};

// Value type: a weighted mixture of components (see the header comment).
class RadialMeasure final : public RadialLaw {
 public:
  // Single components (d >= 2, every radius and scale positive and finite; else
  // std::invalid_argument naming the value and the allowed range).
  static RadialMeasure sphere(int d, double R);
  static RadialMeasure ball(int d, double R);
  static RadialMeasure shell(int d, double R1, double R2);  // 0 < R1 < R2
  static RadialMeasure gaussian(int d, double s);
  static RadialMeasure gamma(int d, double r, double t0);  // check_radial_domain(d, r), t0 > 0
  // Σ_k w_k parts[k] / Σ w: parts of one dimension, weights positive and finite (nested
  // mixtures are flattened).
  static RadialMeasure mixture(const std::vector<RadialMeasure>& parts,
                               const std::vector<double>& weights);

  double quantile(double s) const override;  // s in (0, 1), else std::invalid_argument
  double cdf(double rho) const override;
  double cdf_left(double rho) const;  // P(R < rho)
  std::pair<double, double> support() const override;
  std::vector<double> level_breaks() const override;

  int d() const { return d_; }
  const std::vector<RadialComponent>& components() const { return components_; }
  // Atoms of the radius law (spheres, gamma in the sphere regime), sorted, with their weights.
  std::vector<std::pair<double, double>> atoms() const;
  bool has_gamma() const;  // a gamma component: valid only as a start
  // The time of this law on the Dirac family's flow when it is one: t0 for a single gamma:t0
  // component, 0 otherwise. A start's own time: a run from it has t0 equal to it, and its flow's
  // times are the Dirac family's (docs/math.md 7.3).
  double start_time() const;
  // E||X||^2 = ∫_0^1 Q(s)^2 ds = Σ w_k E R_k^2 (closed forms; for M2 errors).
  double second_moment() const;

  static constexpr int kMaxRootIterations = 200;  // TOMS 748 budget of one mixture quantile

 private:
  RadialMeasure(int d, std::vector<RadialComponent> components);
  int d_ = 2;
  std::vector<RadialComponent> components_;
  double lo_ = 0.0, hi_ = 0.0;  // support(), computed once (a Gaussian's end is a quantile)
};

// Spec grammar: one component `sphere:R`, `ball:R`, `shell:R1,R2`, `gaussian:s`, `gamma:t0`,
// or a weighted mixture `A@w;B@w;...` (every component weighted, weights positive finite).
// Numbers positive and finite, within [1e-100, 1e100]. gamma only as a start. Mass at the
// origin is impossible by construction (every radius > 0), say so for `sphere:0`.
// One-line std::invalid_argument naming `option`, the value (quoted, <= 80 chars) and what is
// allowed. Checks the domain first: d >= 2, r + d >= 3 (check_radial_domain).
RadialMeasure parse_radial_measure(const std::string& spec, int d, double r, RadialRole role,
                                   const std::string& option);
// "s1,s2,..." -> levels in (0, 1), at least one (as analytic/line/specs.h parse_line_levels).
std::vector<double> parse_radial_levels(const std::string& list, const std::string& option);

}  // namespace nwgf::analytic::radial
