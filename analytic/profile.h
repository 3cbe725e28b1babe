#pragma once
// The profile eta* of the interaction-energy flow from a Dirac (docs/math.md section 3.1):
//   eta* = argmin_eta 1/2 ∫ ||x||^2 deta + E(eta),  E(eta) = -1/2 ∫∫ ||x - y||^r deta deta,
// for the Riesz kernel K(x, y) = -||x - y||^r, r in (0, 2), on R^d, d >= 1.
// eta* is radial and centred at 0. Two regimes:
//   ball   (d + r < 4):  density ∝ (s^2 - ||x||^2)_+^gamma, gamma = 1 - (d + r)/2,
//                        s^(2-r) = r Γ(2 - r/2) Γ((d + r)/2) / Γ(d/2 + 1);
//                        ||X|| = s sqrt(U), U ~ Beta(d/2, gamma + 1).
//   sphere (d + r >= 4): uniform on the sphere of radius R, R^(2-r) = (r/2) I,
//                        I = 2^r Γ((d-1+r)/2) Γ(d-1) / (Γ(d-1+r/2) Γ((d-1)/2)).
// M2 = ∫ ||x||^2 deta* (ball: s^2 d / (4 - r); sphere: R^2), E(eta*) = -M2 / r.
// Potential phi(x) = ∫ ||x - y||^r deta*(y) = ||x||^2/2 - C on the support, C = M2 (1/2 - 2/r).
//
// Conventions: points are row-major arrays of n x d doubles. Functions throw
// std::invalid_argument (message names the value and the allowed range) on bad input.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace nwgf::analytic {

enum class Regime { Ball, Sphere };

const char* regime_name(Regime regime);  // "ball" or "sphere"

// Throw std::invalid_argument (naming the value and the allowed range) unless 0 < r < 2,
// resp. d >= 1 and 0 < r < 2.
void check_riesz_exponent(double r);
void check_dimension_and_exponent(int d, double r);

struct Profile {
  int d = 2;
  double r = 1.0;
  Regime regime = Regime::Ball;
  double radius = 0.0;     // s (ball) or R (sphere): the support radius of eta*
  double exponent = 0.0;   // gamma = 1 - (d + r)/2 in the ball regime; NaN in the sphere regime
  double m2 = 0.0;         // ∫ ||x||^2 deta*
  double energy = 0.0;     // E(eta*) = -m2 / r
  double potential_constant = 0.0;  // C with ||x||^2/2 - phi(x) = C on the support
};

// eta* for (d, r), every field filled from the closed forms above. As r -> 2 the radius grows
// like 2^(1/(2 - r)); an r whose M2 is not a finite double (r > 1.998 for every d) is refused
// with std::invalid_argument naming the largest r that is (docs/math.md 3.1, "Near r = 2").
Profile make_profile(int d, double r);

// Radial law of eta*: P(||X|| <= rho). Sphere regime: a step at R.
double radial_cdf(const Profile& p, double rho);
// Inverse of radial_cdf on (0, 1) (ball: s sqrt(ibeta_inv(d/2, gamma+1, u)); sphere: R).
double radial_quantile(const Profile& p, double u);
// Lebesgue density of ||X|| at rho (ball regime only; throws in the sphere regime).
double radial_density(const Profile& p, double rho);
// Lebesgue density of eta* on R^d at a point of norm rho (ball regime only).
double density(const Profile& p, double rho);

// n exact samples of eta*, reproducible for a given seed (std::mt19937_64 + Boost.Math
// quantiles, independent of the platform's std distributions). Row-major n x d.
std::vector<double> sample_profile(const Profile& p, std::size_t n, std::uint64_t seed);

// phi(rho) = ∫ ||x - y||^r deta*(y) at ||x|| = rho for the profile's own exponent r:
// closed form on the support, quadrature (Boost.Math) off it.
// Quadrature: phi_q(rho) = E_Q g(rho, Q), g the average of |x - y|^q over the sphere of radius
// Q (closed form for d = 1, and d = 3 unless Q/rho or rho/Q < 1e-3; tanh-sinh in
// V = (1 - T)/2 ~ Beta((d-1)/2, (d-1)/2) otherwise); ball regime: outer tanh-sinh over
// U = Q^2/s^2 ~ Beta(d/2, gamma + 1), split at the kink Q = rho; the piece ending at U = 1 in
// w with 1 - U = (1 - U_lo) w^(1/b) when b = gamma + 1 < 0.2 (docs/math.md 8.1). Measured against closed forms
// (d = 1; d = 2, r = 1 at rho = 0; d = 3 at R; the Euler-Lagrange identity on the support) to
// <= 2e-16 relative; against independent polar-coordinate quadratures to < 1e-10 (the
// references' own accuracy). Cost off the support (highest for d = 2, the nested quadrature):
// nwgf_bench BM_AnalyticPotentialOffSupport, results/bench-baseline.json (docs/performance.md).
double potential(const Profile& p, double rho);
// ∫ ||x - y||^q deta*(y) at ||x|| = rho for another kernel exponent q in (0, 2]: quadrature
// of the radial integral E_Q E_T (rho^2 + Q^2 - 2 rho Q T)^(q/2) (docs/math.md 3.1).
double potential(const Profile& p, double rho, double kernel_exponent);

// Batch evaluation: out[i] = potential(p, rho[i]) for many radii, fast (interpolates or
// caches the off-support quadrature, so the number of quadratures does not grow with the
// number of radii) and accurate to about 1e-12 relative.
// Method: closed form on the support; off it, Chebyshev interpolation (25 nodes) on geometric
// panels |rho - s| in [h, 2h] built only where radii fall (the edge singularity then lies one
// panel width away); radii within 1e-9 s of the edge, or all of them when at most 32 are off
// the support, are evaluated directly. Measured: worst relative deviation from the pointwise
// quadrature 7e-15 over radii 1e-10 s .. 0.2 s from the edge (six (d, r) pairs, both sides in
// the sphere regime). Cost: nwgf_bench BM_AnalyticPotentialAtRadii (docs/performance.md).
std::vector<double> potential_at_radii(const Profile& p, const std::vector<double>& rho);

}  // namespace nwgf::analytic
