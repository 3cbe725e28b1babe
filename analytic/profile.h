#pragma once
// The profile eta* of the interaction-energy flow from a Dirac (MATH.md section 3.1):
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

// Throws std::invalid_argument unless d >= 1 and 0 < r < 2 (and both finite).
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

// eta* for (d, r), every field filled from the closed forms above.
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
double potential(const Profile& p, double rho);
// ∫ ||x - y||^q deta*(y) at ||x|| = rho for another kernel exponent q in (0, 2]: quadrature
// of the radial integral E_Q E_T (rho^2 + Q^2 - 2 rho Q T)^(q/2) (MATH.md 3.1).
double potential(const Profile& p, double rho, double kernel_exponent);

// Batch evaluation: out[i] = potential(p, rho[i]) for many radii, fast (interpolates or
// caches the off-support quadrature so that 1e5 radii take well under a second) and accurate
// to about 1e-12 relative.
std::vector<double> potential_at_radii(const Profile& p, const std::vector<double>& rho);

}  // namespace nwgf::analytic
