#pragma once
// The sphere-averaged Riesz kernel of the radial family (docs/math.md section 7.2):
//   A_d(rho, q) = E_U ||rho e - q U||^r     (e a unit vector, U uniform on S^(d-1))
//               = c_d ∫_{-1}^{1} (rho^2 + q^2 - 2 rho q t)^(r/2) (1 - t^2)^((d-3)/2) dt,
//   c_d = Γ(d/2) / (sqrt(pi) Γ((d-1)/2)),
// and its derivative in rho, the radial velocity's kernel. A_d is symmetric and homogeneous of
// degree r, so with M = max(rho, q), m = min(rho, q), x = m / M:
//   A_d(rho, q) = M^r h(x),  h(x) = A_d(1, x) = 2F1(-r/2, 1 - (d + r)/2; d/2; x^2)
// (the quadratic transformation of the 2F1 form of docs/math.md 7.2), and
//   rho >= q:  dA/drho = rho^(r-1) (r h(x) - x h'(x)),   x = q / rho,
//   rho <  q:  dA/drho = q^(r-1) h'(x),                  x = rho / q.
// Special values: A_d(rho, 0) = rho^r, A_d(0, 0) = 0, dA/drho(0, q) = 0 for q > 0, and on the
// diagonal dA/drho(rho, rho) = (r / 2) A_d(rho, rho) / rho (Euler's relation and symmetry).
// d = 3: A_3(rho, q) = ((rho + q)^(r+2) - |rho - q|^(r+2)) / (2 (r + 2) rho q).
// Near x = 1, h = smooth + c (1 - x)^(r + d - 1) (times log(1 - x) when r = 1): h' is continuous
// and Lipschitz for r + d >= 3, higher derivatives are singular there.
//
// Method (sphere_kernel.cc): h and g = dh/ds as functions of s = 1 - x^2 = (M - m)(M + m) / M^2,
// tabulated once per (d, r) (cached, shared by every kernel of the same (d, r)) as 12-node
// Chebyshev interpolants on panels graded geometrically toward s = 0 (each octave
// [2^-(k+1), 2^-k] split into 8 equal panels, so the singularity at s = 0 is 17 half-widths from
// every panel's centre; the last panel [0, 2^-K], K = ceil(54 / (d + r - 2)) clamped to [8, 60],
// is short enough that the singular term c s^(r+d-1) is below rounding on it), stored as
// monomials in the panel's variable u in [-1, 1] and evaluated by Horner. Node values: the Gauss
// series in y = 1 - s (summed in long double) for s >= 1/64, else 15-point Gauss-Legendre
// quadrature of the defining integral in theta (t = cos theta) on pieces graded geometrically
// from the boundary layer theta ~ 1 - x (table built in 20-100 ms of one core, d = 10 to d = 2;
// then cached). The pair sums take M^r, M^(r-1) and 1 / M once per point, not per pair, and four
// or eight pairs at a time (GCC vector extensions) when each four values of s share a panel, as
// sorted radii do away from the diagonal.
// Accuracy: 1e-13 relative for value (every 2 <= d <= 1024, r in (0, 2),
// r + d >= 3; analytic/radial/tests/sphere_kernel_test.cc against tanh-sinh quadrature written in
// the test for d = 2, 3, 4, 5, 10, 50, 200, 1024 and the d = 3 closed form), 1e-12 for d_rho.
// Measured: largest relative error of value and d_rho over 480 x in [0, 1] (down to 1 - 1e-15)
// 0.9e-15 to 2.2e-15 for d = 2 to 50 (r = 0.01 to 1.99) against tanh-sinh quadrature, and 2e-15
// for d = 200, 1024 against the Gauss series summed in long double.
// Cost, one thread (thread CPU time), r = 1, 4096 sorted radii (Rayleigh quantiles) against 4096
// sorted radii in [0.5, 1.5] (2-core Intel Xeon with AVX-512, 256-bit vectors used, other work
// beside it): d_rho_sums 3.1-3.3 ns per pair for d = 2, 3, 10; x and y the same points 1.8 ns
// per (ordered) pair, each unordered pair evaluated once; value_sums 2.1-2.2 ns per pair
// (4096 x 4096 pairs: 30 ms for the same points, 55 ms for distinct ones).
// Unsorted inner radii y (or x, for the same points) are sorted first, with their weights: the
// same cost (measured 3.3 and 1.7 ns per pair for d = 3 from golden-ratio-scrambled radii).
// Bad input throws std::invalid_argument naming the value and the allowed range.
#include <memory>
#include <vector>

namespace nwgf::analytic::radial {

// Throws std::invalid_argument unless d >= 2, r in (0, 2) and r + d >= 3 ("... the radial
// velocity is not Lipschitz there (docs/math.md 7.2)"); d <= 1024.
void check_radial_domain(int d, double r);

struct SphereKernelTable;  // the Chebyshev tables of h and dh/ds (sphere_kernel.cc)

// A_d(rho, q) = E_U ||rho e - q U||^r (MATH.md 7.2) and its derivative in rho.
class SphereKernel {
 public:
  SphereKernel(int d, double r);  // check_radial_domain; builds (or reuses) the (d, r) table
  int d() const { return d_; }
  double r() const { return r_; }
  // Radii are 0 or within [1e-150, 1e150] (so 1 / rho, rho^r, rho^(r-1) are normal doubles; else
  // std::invalid_argument naming the value and the range).
  // A_d(rho, q); 1e-13 relative.
  double value(double rho, double q) const;
  // dA_d/drho (rho, q); continuous across rho = q.
  double d_rho(double rho, double q) const;
  // h(x) = A_d(1, x) and h'(x) for x in [0, 1] (the shape of the kernel; tested against
  // quadrature and closed forms).
  double shape(double x) const;
  double shape_derivative(double x) const;

  // out[i] = sum_j w[j] * d_rho(x[i], y[j]), out resized to x.size(). The hot loop of the
  // reference flow (x, y up to ~10^4 entries each): tabulated, powers once per point, OpenMP
  // over i. Radii as above, w finite, w.size() == y.size() (else std::invalid_argument).
  void d_rho_sums(const std::vector<double>& x, const std::vector<double>& y,
                  const std::vector<double>& w, std::vector<double>& out) const;
  // out[i] = sum_j w[j] * value(x[i], y[j]).
  void value_sums(const std::vector<double>& x, const std::vector<double>& y,
                  const std::vector<double>& w, std::vector<double>& out) const;

 private:
  int d_;
  double r_;
  std::shared_ptr<const SphereKernelTable> table_;
};

}  // namespace nwgf::analytic::radial
