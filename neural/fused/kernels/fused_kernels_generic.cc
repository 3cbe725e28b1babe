// The fused engine's kernels for the generic path: fused_kernels.inc compiled for this path's
// instruction set, after the headers it needs (fused_kernel_prelude.h).
#include "neural/fused/kernels/fused_kernel_prelude.h"

// no target pragma: the x86-64 baseline (-march=x86-64, analytic/CMakeLists.txt)
#define NWGF_FUSED_KERNEL_NAMESPACE generic
#define NWGF_KERNEL_LEVEL 1
#include "neural/fused/kernels/fused_kernels.inc"
