// The fused engine's kernels for the avx2 path: fused_kernels.inc compiled for this path's
// instruction set, after the headers it needs (fused_kernel_prelude.h).
#include "neural/fused/kernels/fused_kernel_prelude.h"

#pragma GCC target("avx2,fma,bmi,bmi2,lzcnt,movbe,f16c,popcnt,no-avx512f")
#define NWGF_FUSED_KERNEL_NAMESPACE avx2
#define NWGF_KERNEL_LEVEL 3
#include "neural/fused/kernels/fused_kernels.inc"
