#pragma once
// Probability measures on the real line known through their quantile functions, for the exact
// line family (d = 1, r = 1; docs/math.md section 6).
//
// Conventions (docs/math.md section 6.1):
//   CDF F(x) = mu((-inf, x]) (right-continuous), left limit F(x-) = mu((-inf, x));
//   quantile Q(s) = inf{x : F(x) >= s} for s in (0, 1) (left-continuous, nondecreasing).
//   W2^2(mu, rho) = ∫_0^1 (Q_mu - Q_rho)^2 ds.
//
// LineLaw is the interface every measure of the family offers (closed-form measures here,
// the exact flow and the exact scheme iterates in analytic/line/flow.h): a quantile function,
// the CDF, the support, and the levels / points where Q / F may jump or have a kink (the
// quadratures of analytic/line/errors.h split there).
//
// LineMeasure is the closed-form value type: a piecewise linear CDF with jumps (Diracs,
// weighted atoms, uniform on [a, b], a CDF or a quantile function given on a grid, and mixtures
// of those), a Gaussian N(m, sigma^2), or a weighted mixture with at least one Gaussian
// component (kind kMixture: CDF = Σ_k w_k F_k, the piecewise linear components summed into one
// piecewise linear part, the quantile by a bracketed root find). Bad input throws
// std::invalid_argument naming the value and the allowed range.
#include <cstdint>
#include <utility>
#include <vector>

namespace nwgf::analytic::line {

class LineLaw {
 public:
  virtual ~LineLaw() = default;
  // Q(s), s in (0, 1).
  virtual double quantile(double s) const = 0;
  // F(x). The default inverts the quantile by bisection on s (to 2^-60, or to adjacent
  // doubles near 1):
  // F(x) = sup{s in (0, 1) : Q(s) <= x}.
  virtual double cdf(double x) const;
  // Smallest closed interval holding the measure; an end may be -inf / +inf.
  virtual std::pair<double, double> support() const = 0;
  // Levels in (0, 1), sorted, at which Q may jump or have a kink (may be incomplete: the
  // quadratures are adaptive; listing a jump here makes them exact across it).
  virtual std::vector<double> level_breaks() const { return {}; }
  // Points, sorted, at which F may jump or have a kink (atoms, knots).
  virtual std::vector<double> point_breaks() const { return {}; }
};

class LineMeasure final : public LineLaw {
 public:
  // kPiecewiseLinear: knots with the CDF's left limits and values, linear in between.
  // kGaussian: N(mean, sigma^2).
  // kMixture: F = P + Σ_g w_g Phi((x - m_g)/sigma_g), P a piecewise linear part of total mass
  //   1 - Σ_g w_g (knots(), left(), right() hold P itself, values from 0 to that mass; empty when
  //   every component is Gaussian), at least one Gaussian with weight > 0.
  enum class Kind { kPiecewiseLinear, kGaussian, kMixture };

  // delta_x.
  static LineMeasure dirac(double x);
  // Σ_k w_k delta_{x_k} / Σ w: any number >= 1 of atoms, weights positive and finite (empty
  // weights: equal weights). Equal positions are merged.
  static LineMeasure atoms(std::vector<double> positions, std::vector<double> weights = {});
  // Uniform on [a, b], a < b.
  static LineMeasure uniform(double a, double b);
  // N(mean, sigma^2), sigma > 0.
  static LineMeasure gaussian(double mean, double sigma);
  // Continuous CDF given at grid points x_0 < ... < x_K (K >= 1), linear in between:
  // values F_0 = 0 <= F_1 <= ... <= F_K = 1.
  static LineMeasure cdf_grid(std::vector<double> xs, std::vector<double> values);
  // General piecewise linear CDF with jumps: knots x_0 < ... < x_K, left limits
  // F(x_k-) = left[k] and values F(x_k) = right[k], linear between x_k and x_(k+1)
  // (from right[k] to left[k+1]); left[0] = 0, right[K] = 1, 0 <= left[k] <= right[k] <= left[k+1].
  static LineMeasure piecewise_linear(std::vector<double> knots, std::vector<double> left,
                                      std::vector<double> right);
  // The law through points (x_i, F_i) of its CDF, both nondecreasing in i, (x_0, 0) first and
  // (x_K, 1) last, linear between consecutive points: a run of equal x is an atom (the CDF jumps
  // from the run's first F to its last), a run of equal F a gap (the CDF is flat). The reading
  // of a `cdf:PATH` file (docs/math.md 6.1).
  static LineMeasure cdf_points(const std::vector<double>& xs, const std::vector<double>& values);
  // The law whose quantile is linear between points (s_i, Q_i), both nondecreasing in i, s_0 = 0
  // and s_K = 1 (Q_0 and Q_K the ends of the support): a run of equal Q is an atom, a run of
  // equal s a gap. It is the law of cdf_points with the roles of the coordinates swapped.
  static LineMeasure quantile_grid(const std::vector<double>& levels, const std::vector<double>& values);
  // Σ_k w_k mu_k / Σ w: weights positive and finite, one per component (>= 1), components of
  // any kind (mixtures are flattened). Without a Gaussian component the result is piecewise
  // linear (CDF values Σ w_k F_k at the merged knots, left limits likewise); a single Gaussian
  // is kGaussian; otherwise kMixture.
  static LineMeasure mixture(const std::vector<LineMeasure>& components, std::vector<double> weights);

  Kind kind() const { return kind_; }
  double quantile(double s) const override;
  double cdf(double x) const override;
  // F(x-).
  double cdf_left(double x) const;
  std::pair<double, double> support() const override;
  std::vector<double> level_breaks() const override;
  std::vector<double> point_breaks() const override;

  // Piecewise linear kind: knots and the CDF's left limits and values there.
  const std::vector<double>& knots() const { return knots_; }
  const std::vector<double>& left() const { return left_; }
  const std::vector<double>& right() const { return right_; }
  // Gaussian kind.
  double mean() const { return mean_; }
  double sigma() const { return sigma_; }
  // Mixture kind: the Gaussian components' weights (normalised with the whole mixture), means
  // and standard deviations, and the piecewise linear part's mass 1 - Σ weights.
  const std::vector<double>& gaussian_weights() const { return gw_; }
  const std::vector<double>& gaussian_means() const { return gm_; }
  const std::vector<double>& gaussian_sigmas() const { return gs_; }
  double piecewise_mass() const { return pl_mass_; }
  // True when the measure is a finite sum of atoms (CDF flat between knots).
  bool is_atomic() const;

 private:
  LineMeasure() = default;
  double mixture_quantile(double s) const;
  Kind kind_ = Kind::kPiecewiseLinear;
  std::vector<double> knots_, left_, right_;
  double mean_ = 0.0, sigma_ = 1.0;
  std::vector<double> gw_, gm_, gs_;
  double pl_mass_ = 1.0;
  double scale_ = 1.0;  // mixture: 1e-16 min sigma_g, the absolute tolerance of its quantile's roots
};

// ∫ F (1 - F) dx = E|X - X'| / 2 (X, X' independent draws): closed forms for LineMeasure
// (piecewise: ∫ of a quadratic in F; Gaussian: sigma / sqrt(pi)), a mixture by adaptive
// quadrature in x over its knots and m_g ± 40 sigma_g (beyond, F (1 - F) < 1e-300), ∫_0^1
// (2s - 1) Q(s) ds by adaptive quadrature for any other law. The noise floor of N i.i.d. samples is this over N
// (docs/math.md section 6.1).
double half_mean_distance(const LineLaw& law);

// n samples Q(U_i), U_i uniform on (0, 1) from splitmix64(seed) (53-bit mantissas, offset by
// half a unit so that U is never 0 or 1): the same numbers on every platform.
std::vector<double> sample(const LineLaw& law, std::size_t n, std::uint64_t seed);

}  // namespace nwgf::analytic::line
