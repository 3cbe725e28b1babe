// The Riesz kernels for the avx2 path: riesz_kernels.inc compiled for this path's instruction
// set (the features of x86-64-v3), after the system headers (kernel_prelude.h).
#include "analytic/kernels/kernel_prelude.h"
#include "analytic/kernels/riesz_kernels.h"

#pragma GCC target("avx2,fma,bmi,bmi2,lzcnt,movbe,f16c,popcnt")
#define NWGF_KERNEL_NAMESPACE avx2
#define NWGF_KERNEL_LEVEL 3
#include "analytic/kernels/riesz_kernels.inc"
