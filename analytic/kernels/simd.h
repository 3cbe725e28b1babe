#pragma once
// (pragma once is per translation unit: each kernel unit includes this once, for its own ISA.)
// Eight-lane double (and sixteen-lane float) vectors for the per-ISA kernel translation units
// (analytic/kernels/riesz_kernels_{avx512,avx2,generic}.cc). Every kernel works on 64-byte
// vectors whatever the ISA: one zmm register with AVX-512, two ymm with AVX2, four xmm with
// SSE2. The lanes, the order of every reduction and every fused multiply-add are therefore the
// same on the AVX-512 and AVX2 paths (bit-identical results); the generic path has no FMA
// (x86-64 baseline) and rounds the products separately.
// The kernel translation units are compiled with -ffp-contract=off, so an FMA appears exactly
// where fmadd / fnmadd is written.
// Include only from a kernel translation unit (kernels/README in riesz_kernels.inc): it selects
// the instructions by NWGF_KERNEL_LEVEL, which that unit defines next to its #pragma GCC target.
#include <immintrin.h>

#ifndef NWGF_KERNEL_LEVEL
#error "define NWGF_KERNEL_LEVEL (4: AVX-512, 3: AVX2 + FMA, 1: x86-64 baseline) first"
#endif
#if NWGF_KERNEL_LEVEL == 4
// GCC 12 warns about _mm512_undefined_pd inside avx512fintrin.h (a false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <cstring>

#define NWGF_INLINE inline __attribute__((always_inline))

#ifndef NWGF_KERNEL_NAMESPACE
#error "define NWGF_KERNEL_NAMESPACE (avx512, avx2 or generic) first: each ISA has its own copy"
#endif

namespace nwgf::analytic::kernels::NWGF_KERNEL_NAMESPACE::simd {

#if NWGF_KERNEL_LEVEL == 4
constexpr int kParts = 1;
typedef __m512d ND;
typedef __m512 NF;
typedef __m512i NI;
#define NWGF_P(name) _mm512_##name
#define NWGF_SI(name) _mm512_##name##_si512
#elif NWGF_KERNEL_LEVEL == 3
constexpr int kParts = 2;
typedef __m256d ND;
typedef __m256 NF;
typedef __m256i NI;
#define NWGF_P(name) _mm256_##name
#define NWGF_SI(name) _mm256_##name##_si256
#else
constexpr int kParts = 4;
typedef __m128d ND;
typedef __m128 NF;
typedef __m128i NI;
#define NWGF_P(name) _mm_##name
#define NWGF_SI(name) _mm_##name##_si128
#endif
constexpr int kLanes = 8;        // doubles per V
constexpr int kFloatLanes = 16;  // floats per VF
constexpr int kPartLanes = kLanes / kParts;

#define NWGF_EACH for (int q = 0; q < kParts; ++q)

struct V {
  ND p[kParts];
};
struct VF {
  NF p[kParts];
};
struct VU {  // eight unsigned 64-bit lanes
  NI p[kParts];
};

NWGF_INLINE V splat(double a) {
  V r;
  NWGF_EACH r.p[q] = NWGF_P(set1_pd)(a);
  return r;
}
NWGF_INLINE VF splat(float a) {
  VF r;
  NWGF_EACH r.p[q] = NWGF_P(set1_ps)(a);
  return r;
}
NWGF_INLINE VU splat_u(unsigned long long a) {
  VU r;
#if NWGF_KERNEL_LEVEL == 4
  NWGF_EACH r.p[q] = _mm512_set1_epi64(static_cast<long long>(a));
#else
  NWGF_EACH r.p[q] = NWGF_P(set1_epi64x)(static_cast<long long>(a));
#endif
  return r;
}
NWGF_INLINE V load(const double* ptr) {
  V r;
  NWGF_EACH r.p[q] = NWGF_P(loadu_pd)(ptr + q * kPartLanes);
  return r;
}
NWGF_INLINE void store(double* ptr, V v) { NWGF_EACH NWGF_P(storeu_pd)(ptr + q * kPartLanes, v.p[q]); }

#define NWGF_BINARY(T, op, fn)                      \
  NWGF_INLINE T operator op(T a, T b) {             \
    T r;                                            \
    NWGF_EACH r.p[q] = fn(a.p[q], b.p[q]);          \
    return r;                                       \
  }
NWGF_BINARY(V, +, NWGF_P(add_pd))
NWGF_BINARY(V, -, NWGF_P(sub_pd))
NWGF_BINARY(V, *, NWGF_P(mul_pd))
NWGF_BINARY(V, /, NWGF_P(div_pd))
NWGF_BINARY(VU, +, NWGF_P(add_epi64))
NWGF_BINARY(VU, -, NWGF_P(sub_epi64))
#if NWGF_KERNEL_LEVEL == 4
NWGF_BINARY(VU, &, _mm512_and_si512)
NWGF_BINARY(VU, |, _mm512_or_si512)
#else
NWGF_BINARY(VU, &, NWGF_SI(and))
NWGF_BINARY(VU, |, NWGF_SI(or))
#endif
#undef NWGF_BINARY
NWGF_INLINE V operator+(V a, double b) { return a + splat(b); }
NWGF_INLINE V operator-(V a, double b) { return a - splat(b); }
NWGF_INLINE V operator*(V a, double b) { return a * splat(b); }
NWGF_INLINE V operator*(double a, V b) { return splat(a) * b; }
NWGF_INLINE V operator-(V a) { return splat(0.0) - a; }
NWGF_INLINE V& operator+=(V& a, V b) { return a = a + b; }
NWGF_INLINE VU operator>>(VU a, int s) {
  VU r;
  NWGF_EACH r.p[q] = NWGF_P(srli_epi64)(a.p[q], s);
  return r;
}
NWGF_INLINE VU operator<<(VU a, int s) {
  VU r;
  NWGF_EACH r.p[q] = NWGF_P(slli_epi64)(a.p[q], s);
  return r;
}

NWGF_INLINE V as_double(VU i) {
  V r;
#if NWGF_KERNEL_LEVEL == 4
  NWGF_EACH r.p[q] = _mm512_castsi512_pd(i.p[q]);
#elif NWGF_KERNEL_LEVEL == 3
  NWGF_EACH r.p[q] = _mm256_castsi256_pd(i.p[q]);
#else
  NWGF_EACH r.p[q] = _mm_castsi128_pd(i.p[q]);
#endif
  return r;
}

NWGF_INLINE VU as_uint(V v) {
  VU r;
#if NWGF_KERNEL_LEVEL == 4
  NWGF_EACH r.p[q] = _mm512_castpd_si512(v.p[q]);
#elif NWGF_KERNEL_LEVEL == 3
  NWGF_EACH r.p[q] = _mm256_castpd_si256(v.p[q]);
#else
  NWGF_EACH r.p[q] = _mm_castpd_si128(v.p[q]);
#endif
  return r;
}

// a * b + c with one rounding (AVX2, AVX-512); two roundings on the generic path.
NWGF_INLINE V fmadd(V a, V b, V c) {
  V r;
#if NWGF_KERNEL_LEVEL >= 3
  NWGF_EACH r.p[q] = NWGF_P(fmadd_pd)(a.p[q], b.p[q], c.p[q]);
#else
  NWGF_EACH r.p[q] = _mm_add_pd(_mm_mul_pd(a.p[q], b.p[q]), c.p[q]);
#endif
  return r;
}
// c - a * b with one rounding (AVX2, AVX-512).
NWGF_INLINE V fnmadd(V a, V b, V c) {
  V r;
#if NWGF_KERNEL_LEVEL >= 3
  NWGF_EACH r.p[q] = NWGF_P(fnmadd_pd)(a.p[q], b.p[q], c.p[q]);
#else
  NWGF_EACH r.p[q] = _mm_sub_pd(c.p[q], _mm_mul_pd(a.p[q], b.p[q]));
#endif
  return r;
}
NWGF_INLINE VF fmadd(VF a, VF b, VF c) {
  VF r;
#if NWGF_KERNEL_LEVEL >= 3
  NWGF_EACH r.p[q] = NWGF_P(fmadd_ps)(a.p[q], b.p[q], c.p[q]);
#else
  NWGF_EACH r.p[q] = _mm_add_ps(_mm_mul_ps(a.p[q], b.p[q]), c.p[q]);
#endif
  return r;
}
// Correctly rounded square root, lane by lane.
NWGF_INLINE V sqrt(V a) {
  V r;
  NWGF_EACH r.p[q] = NWGF_P(sqrt_pd)(a.p[q]);
  return r;
}
NWGF_INLINE V max(V a, V b) {
  V r;
  NWGF_EACH r.p[q] = NWGF_P(max_pd)(a.p[q], b.p[q]);
  return r;
}
NWGF_INLINE V min(V a, V b) {
  V r;
  NWGF_EACH r.p[q] = NWGF_P(min_pd)(a.p[q], b.p[q]);
  return r;
}
// x == y ? a : b, lane by lane.
NWGF_INLINE V select_equal(V x, V y, V a, V b) {
  V r;
#if NWGF_KERNEL_LEVEL == 4
  NWGF_EACH r.p[q] = _mm512_mask_mov_pd(b.p[q], _mm512_cmp_pd_mask(x.p[q], y.p[q], _CMP_EQ_OQ), a.p[q]);
#elif NWGF_KERNEL_LEVEL == 3
  NWGF_EACH r.p[q] = _mm256_blendv_pd(b.p[q], a.p[q], _mm256_cmp_pd(x.p[q], y.p[q], _CMP_EQ_OQ));
#else
  NWGF_EACH {
    const __m128d m = _mm_cmpeq_pd(x.p[q], y.p[q]);
    r.p[q] = _mm_or_pd(_mm_and_pd(m, a.p[q]), _mm_andnot_pd(m, b.p[q]));
  }
#endif
  return r;
}
// a where a > 0, else 0 (a >= 0 and not NaN in every use: squared distances).
NWGF_INLINE V where_positive(V test, V a) {
  V r;
#if NWGF_KERNEL_LEVEL == 4
  NWGF_EACH r.p[q] = _mm512_maskz_mov_pd(_mm512_cmp_pd_mask(test.p[q], _mm512_setzero_pd(), _CMP_GT_OQ), a.p[q]);
#elif NWGF_KERNEL_LEVEL == 3
  NWGF_EACH r.p[q] = _mm256_and_pd(_mm256_cmp_pd(test.p[q], _mm256_setzero_pd(), _CMP_GT_OQ), a.p[q]);
#else
  NWGF_EACH r.p[q] = _mm_and_pd(_mm_cmpgt_pd(test.p[q], _mm_setzero_pd()), a.p[q]);
#endif
  return r;
}

NWGF_INLINE void store_lanes(double* out, V v) { store(out, v); }
// Sum of the eight lanes in a fixed order (the same on every path).
NWGF_INLINE double horizontal_sum(V v) {
  double l[kLanes];
  store(l, v);
  return ((l[0] + l[4]) + (l[1] + l[5])) + ((l[2] + l[6]) + (l[3] + l[7]));
}
NWGF_INLINE double horizontal_sum(VF v) {
  float l[kFloatLanes];
  NWGF_EACH NWGF_P(storeu_ps)(l + q * (kFloatLanes / kParts), v.p[q]);
  double s = 0.0;
  for (float x : l) s += x;
  return s;
}

}  // namespace nwgf::analytic::kernels::NWGF_KERNEL_NAMESPACE::simd
