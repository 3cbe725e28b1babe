#pragma once
// Vectorised 1/sqrt(x) and x^a (two variants) for the Riesz kernels (include after simd.h, from a kernel
// translation unit). Accuracy statements: analytic/riesz_sums.h.
#include <cmath>
#include <cstdint>
#include <cstring>

#include "analytic/kernels/simd.h"

#ifndef NWGF_KERNEL_NAMESPACE
#error "define NWGF_KERNEL_NAMESPACE (avx512, avx2 or generic) first: each ISA has its own copy"
#endif

namespace nwgf::analytic::kernels::NWGF_KERNEL_NAMESPACE::simd {

// Smallest positive normal double: squared distances below it are raised to it (a distance
// below 1.5e-154); both functions below assume normal arguments.
constexpr double kMinNormal = 2.2250738585072014e-308;

// 1/sqrt(x) for normal x > 0: the integer initial estimate y0 = bits^-1(K - bits(x) / 2)
// (K = 0x5FE6EB50C7B537A9, relative error below 3.5% for every normal x; C. Lomont, "Fast
// inverse square root", 2003, for the constant's derivation) and four Newton steps
// y <- y + y (1/2 - (x/2) y^2), each squaring the relative error (times 3/2): 3.5e-2, 1.8e-3,
// 4.9e-6, 3.6e-11, then rounding only. The same operations on every lane and path (no
// hardware estimate, whose tables differ between CPU vendors).
NWGF_INLINE V rsqrt(V x) {
  const VU magic = splat_u(0x5FE6EB50C7B537A9ULL);
  V y = as_double(magic - (as_uint(x) >> 1));
  const V h = x * 0.5;
  const V half = splat(0.5);
  for (int step = 0; step < 4; ++step) y = fmadd(y, fnmadd(h * y, y, half), y);
  return y;
}

// The exponent a of pow_positive and pow_positive_moderate, with the splits each needs.
//   pow_positive: a ln 2 = a_ln2_hi + a_ln2_lo, a_ln2_hi with at most 40 significant bits (so
//     k a_ln2_hi is exact for |k| < 2^11), the sum a ln 2 to ~2^-90.
//   pow_positive_moderate: a = a_hi + a_lo, a_hi with at most 42 significant bits (k a_hi exact
//     for |k| < 2^11); a_log2 = a (2 / ln 2); a_lg[i] = a Lg_(i+1) / ln 2 (fdlibm's log
//     polynomial below, divided by ln 2: coefficients of log2).
struct PowExponent {
  double a, a_ln2_hi, a_ln2_lo;
  double a_hi, a_lo, a_log2, a_lg[7];
  explicit PowExponent(double exponent) : a(exponent) {
    const double ln2 = 0.69314718055994530942, ln2_tail = 2.3190468138462996154e-17;
    double hi = exponent * ln2;
    std::uint64_t bits;
    std::memcpy(&bits, &hi, sizeof bits);
    bits &= ~std::uint64_t{0x1fff};  // keep 40 significant bits
    std::memcpy(&hi, &bits, sizeof bits);
    a_ln2_hi = hi;
    a_ln2_lo = std::fma(exponent, ln2, -hi) + exponent * ln2_tail;
    double ahi = exponent;
    std::memcpy(&bits, &ahi, sizeof bits);
    bits &= ~std::uint64_t{0x7ff};  // keep 42 significant bits
    std::memcpy(&ahi, &bits, sizeof bits);
    a_hi = ahi;
    a_lo = exponent - ahi;  // exact
    a_log2 = exponent * 2.8853900817779268147;  // 2 / ln 2
    // Lg1 ... Lg7 of fdlibm's e_log.c divided by ln 2 (rounded from the exact quotients)
    const double lg_over_ln2[7] = {0.9617966939259854,  0.5770780163470651,  0.4121985855959412,
                                   0.3205985547571299,  0.26233349383212967, 0.22093197705627815,
                                   0.21349287741691675};
    for (int i = 0; i < 7; ++i) a_lg[i] = exponent * lg_over_ln2[i];
  }
};

// Largest |a| for pow_positive_moderate: |a log2 x| < 1014 for every normal x, so 2^n with
// n = round(a log2 x) and the result are normal doubles without any clamping.
constexpr double kModerateExponent = 0.99;

// x^a = exp(a ln x) for normal x > 0, x = 2^k m with m in [sqrt(1/2), sqrt(2)):
//   a ln x = k (a ln 2) + a ln m = yhi + ylo, yhi = k a_ln2_hi exact, ylo = k a_ln2_lo + a ln m,
// so the only large term is exact and the result's relative error stays a few ulp whatever the
// size of a ln x (analytic/riesz_sums.h gives the measured bound).
// ln m = 2 atanh(s) = 2s + s R(s^2), f = m - 1, s = f / (2 + f), R the degree-7 minimax
//   polynomial of fdlibm's e_log.c (Sun Microsystems, 1993; |error| < 2^-58.45 on this range).
// exp(yhi + ylo): j = round(y0 / ln 2) with y0 = yhi + 2 a s (within 0.0035 |a| of a ln x),
//   r = (yhi - j ln 2) + ylo (ln 2 in two parts, Cody-Waite), |r| <= ln(2)/2 + 0.016 for
//   |a| <= 4; e^r by a degree-11 polynomial (Chebyshev fit on that interval, relative error
//   1.5e-17 with these double coefficients; Estrin's scheme), times
//   2^j through the exponent bits. a ln x outside [-708, 709] saturates (results outside the
//   normal range: only for |a| > 1 near the ends of the double range).
NWGF_INLINE V pow_positive(V x, const PowExponent& e) {
  const VU bits = as_uint(x) + splat_u(0x00095f6200000000ULL);  // moves m's range to [sqrt(1/2), sqrt(2))
  const V k = as_double((bits >> 52) | splat_u(0x4330000000000000ULL)) - splat(4503599627370496.0 + 1023.0);
  const V m = as_double((bits & splat_u(0x000fffffffffffffULL)) + splat_u(0x3fe6a09e00000000ULL));
  const V f = m - 1.0;
  const V s = f / (f + 2.0);
  // R(z) = Lg1 z + Lg2 z^2 + ... + Lg7 z^7 in Estrin's scheme (short dependency chains)
  const V z = s * s;
  const V w = z * z;
  const V w2 = w * w;
  const V e12 = fmadd(z, splat(3.999999999940941908e-01), splat(6.666666666666735130e-01));
  const V e34 = fmadd(z, splat(2.222219843214978396e-01), splat(2.857142874366239149e-01));
  const V e56 = fmadd(z, splat(1.531383769920937332e-01), splat(1.818357216161805012e-01));
  const V e57 = fmadd(w, splat(1.479819860511658591e-01), e56);
  const V R = z * fmadd(e57, w2, fmadd(e34, w, e12));
  const V s2 = s + s;
  const V ln_m = fmadd(s, R, s2);
  const V yhi = k * e.a_ln2_hi;                           // exact
  const V ylo = fmadd(k, splat(e.a_ln2_lo), ln_m * e.a);  // small against yhi unless k = 0
  // j from y0 = yhi + a 2s, which differs from a ln x by |a| (ln m - 2s) <= 0.0035 |a|: ready
  // before R, so the reduction runs beside the log polynomial (a shorter dependency chain).
  const V y0 = fmadd(s2, splat(e.a), yhi);
  const V yc = min(max(y0, splat(-708.0)), splat(709.0));
  const V shifter = splat(6755399441055744.0);  // 1.5 * 2^52: t's low bits hold round(y0 / ln 2)
  const V t = fmadd(yc, splat(1.4426950408889634074), shifter);
  const V j = t - shifter;
  const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
  // r = (yhi + ylo) - j ln 2, or yc - j ln 2 where y0 was clamped
  const V r_exact = fnmadd(j, splat(ln2_lo), fnmadd(j, splat(ln2_hi), yhi) + ylo);
  const V r = select_equal(y0, yc, r_exact, fnmadd(j, splat(ln2_lo), fnmadd(j, splat(ln2_hi), yc)));
  const V r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
  const V p01 = r + 1.0;
  const V p23 = fmadd(r, splat(0.16666666666666688), splat(0.5000000000000029));
  const V p45 = fmadd(r, splat(0.008333333333313625), splat(0.0416666666664104));
  const V p67 = fmadd(r, splat(0.00019841269905226624), splat(0.0013888888972054853));
  const V p89 = fmadd(r, splat(2.7557225413196597e-06), splat(2.480146531841373e-05));
  const V p1011 = fmadd(r, splat(2.5115516245604478e-08), splat(2.7639764331418007e-07));
  const V q03 = fmadd(p23, r2, p01), q47 = fmadd(p67, r2, p45), q811 = fmadd(p1011, r2, p89);
  const V p = fmadd(q811, r8, fmadd(q47, r4, q03));
  const VU scale = (as_uint(t) - as_uint(shifter)) << 52;
  return as_double(as_uint(p) + scale);
}

// x^a for normal x > 0 and |a| <= kModerateExponent, in base 2 with no range clamping (the
// exponent path of the Riesz kernels whenever |a| allows it: the sums for p <= 1.98, the field
// weights for p >= 0.02). x = 2^k m with m in [sqrt(1/2), sqrt(2)), s = (m - 1) / (m + 1),
// z = s^2, ln m = 2s + s z P(z) with P fdlibm's degree-6 polynomial Lg1 + Lg2 z + ... + Lg7 z^6
// (as in pow_positive), so
//   a log2 x = a_hi k + [a_lo k + a (2/ln 2) s] + s z (a/ln 2) P(z).
// n = round(y0), y0 = a_hi k + a (2/ln 2) s: ready before the polynomial (|a log2 x - y0| <=
//   |a| (ln m - 2s) / ln 2 <= 0.0051 |a|), so the reduction runs beside it.
// g = (a_hi k - n) + ((a (2/ln 2) s + a_lo k) + s z (a/ln 2) P(z)), |g| <= 0.506: a_hi k is
//   exact (42 significant bits times |k| < 2^11) and so is a_hi k - n (|a_hi k - n| <= 1, both
//   multiples of ulp(a_hi k)); the only roundings are those of terms below 1. The exact part
//   a_hi k - n is added last, so the log polynomial runs beside the rounding to n instead of
//   waiting for it (one addition after the polynomial on the dependency chain).
// s = f / (m + 1), f = m - 1: m - 1 is exact (Sterbenz) and m + 1 rounds like f + 2 (the same
//   real number), one addition off the chain to the division.
// 2^g = e^(g ln 2) by pow_positive's degree-11 polynomial in r = g ln 2 (|r| <= 0.351, inside
//   its fitted range), written in g: coefficients c_i ln2^i rounded from the exact products;
//   times 2^n through the exponent bits: t = y0 + 1.5 * 2^52 holds n in its low 12 bits and
//   the shifter's own low 12 bits are 0, so bits(t) << 52 is n << 52 (mod 2^64).
// Full double accuracy (polynomials of pow_positive's degrees, a few ulp per term): the exact MMD
// (analytic/empirical_error.h) subtracts pair sums of similar size, so a per-term error appears
// magnified by their ratio to the MMD; 2.4e-16 more from a degree-10 exp polynomial was not taken.
// Against pow_positive: no clamp and no second reduction (about ten operations fewer per lane)
// and a dependency chain about 17 cycles shorter; the same accuracy (analytic/riesz_sums.h).
NWGF_INLINE V pow_positive_moderate(V x, const PowExponent& e) {
  const VU bits = as_uint(x) + splat_u(0x00095f6200000000ULL);  // moves m's range to [sqrt(1/2), sqrt(2))
  const V k = as_double((bits >> 52) | splat_u(0x4330000000000000ULL)) - splat(4503599627370496.0 + 1023.0);
  const V m = as_double((bits & splat_u(0x000fffffffffffffULL)) + splat_u(0x3fe6a09e00000000ULL));
  const V f = m - 1.0;
  const V s = f / (m + 1.0);
  // reduction, from s alone
  const V hi = k * e.a_hi;  // exact
  const V shifter = splat(6755399441055744.0);  // 1.5 * 2^52: t's low bits hold round(y0)
  const V t = fmadd(s, splat(e.a_log2), hi) + shifter;
  const V n = t - shifter;
  const V l0 = fmadd(s, splat(e.a_log2), k * splat(e.a_lo));
  // the log polynomial (Estrin's scheme), a s z P(z) / ln 2
  const V z = s * s;
  const V w = z * z;
  const V w2 = w * w;
  const V sz = s * z;
  const V e01 = fmadd(z, splat(e.a_lg[1]), splat(e.a_lg[0]));
  const V e23 = fmadd(z, splat(e.a_lg[3]), splat(e.a_lg[2]));
  const V e45 = fmadd(z, splat(e.a_lg[5]), splat(e.a_lg[4]));
  const V e46 = fmadd(w, splat(e.a_lg[6]), e45);
  const V g = (hi - n) + fmadd(sz, fmadd(e46, w2, fmadd(e23, w, e01)), l0);
  // 2^g
  const V g2 = g * g, g4 = g2 * g2, g8 = g4 * g4;
  const V p01 = fmadd(g, splat(0.6931471805599453), splat(1.0));
  const V p23 = fmadd(g, splat(0.05550410866482165), splat(0.2402265069591021));
  const V p45 = fmadd(g, splat(0.001333355814639691), splat(0.009618129107569321));
  const V p67 = fmadd(g, splat(1.5252733853225836e-05), splat(0.0001540353048561717));
  const V p89 = fmadd(g, splat(1.0178051360939033e-07), splat(1.3215421791602105e-06));
  const V p1011 = fmadd(g, splat(4.4567901020463026e-10), splat(7.076018280043753e-09));
  const V q03 = fmadd(p23, g2, p01), q47 = fmadd(p67, g2, p45), q811 = fmadd(p1011, g2, p89);
  const V p = fmadd(q811, g8, fmadd(q47, g4, q03));
  return as_double(as_uint(p) + (as_uint(t) << 52));
}

}  // namespace nwgf::analytic::kernels::NWGF_KERNEL_NAMESPACE::simd
