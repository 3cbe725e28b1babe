// The Riesz kernels for the avx512 path: riesz_kernels.inc compiled for this path's instruction
// set (the features of x86-64-v4), after the system headers (kernel_prelude.h).
#include "analytic/kernels/kernel_prelude.h"
#include "analytic/kernels/riesz_kernels.h"

#pragma GCC target("avx2,fma,bmi,bmi2,lzcnt,movbe,f16c,popcnt,avx512f,avx512bw,avx512cd,avx512dq,avx512vl")
#define NWGF_KERNEL_NAMESPACE avx512
#define NWGF_KERNEL_LEVEL 4
#include "analytic/kernels/riesz_kernels.inc"
