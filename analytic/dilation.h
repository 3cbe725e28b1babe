#pragma once
// The exact MMD between two dilations of the profile eta* (docs/math.md sections 3.1 and 4):
// every exact scheme iterate and the exact flow are such dilations, so this is the error of the
// exact JKO or Euler iterate (a_N Id)_# eta* against gamma(T) = (a(T) Id)_# eta*, noise-free.
#include "analytic/profile.h"

namespace nwgf::analytic {

// Exact MMD D between (a Id)_# eta* and (b Id)_# eta* (b > 0, a >= 0):
//   D^2 = ∫∫ ||a x - b y||^r - (a^r + b^r) M2 / r = b^r [Q(a/b) - Q(1)] + (b^r - a^r) M2 / r,
//   Q(c) = E phi(c ||X||), X ~ eta*, with Q(1) = 2 M2 / r exactly; Q is a midpoint rule in the
//   radial quantile (kQuadratureNodes nodes; exact in the sphere regime), the same nodes for Q(c)
//   and Q(1) so the quadrature error cancels to first order in c - 1.
double dilation_mmd(const Profile& p, double a, double b);

}  // namespace nwgf::analytic
