#pragma once
// What a fused kernel translation unit includes from outside the kernels, BEFORE its
// #pragma GCC target (analytic/kernels/kernel_prelude.h explains why).
#include "analytic/kernels/kernel_prelude.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>

#include "neural/fused/fused_loss.h"
#include "neural/fused/fused_mlp.h"
#include "neural/fused/kernels/fused_kernels.h"

// glibc's libmvec has SIMD variants of exp, log and cos (SSE2/AVX2/AVX-512, within 4 ulp);
// declaring them lets `#pragma omp simd` loops call them (glibc declares them only under
// -ffast-math). Which variant a loop calls follows the calling function's target, so it is part of the path.
extern "C" double exp(double) noexcept __attribute__((simd("notinbranch")));
extern "C" double log(double) noexcept __attribute__((simd("notinbranch")));
extern "C" double cos(double) noexcept __attribute__((simd("notinbranch")));
extern "C" float expf(float) noexcept __attribute__((simd("notinbranch")));
extern "C" float logf(float) noexcept __attribute__((simd("notinbranch")));

