// The Riesz kernels for the generic path: riesz_kernels.inc compiled for this path's instruction
// set (the features of x86-64-v1), after the system headers (kernel_prelude.h).
#include "analytic/kernels/kernel_prelude.h"
#include "analytic/kernels/riesz_kernels.h"

// no target pragma: the x86-64 baseline (-march=x86-64, analytic/CMakeLists.txt)
#define NWGF_KERNEL_NAMESPACE generic
#define NWGF_KERNEL_LEVEL 1
#include "analytic/kernels/riesz_kernels.inc"
