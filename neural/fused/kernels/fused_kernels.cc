#include "neural/fused/kernels/fused_kernels.h"

#include "analytic/kernel_isa.h"

namespace nwgf::neural::fused_kernels {

const Tables& active() {
  switch (analytic::active_kernel_isa()) {
    case analytic::KernelIsa::Avx512: return avx512::tables;
    case analytic::KernelIsa::Avx2: return avx2::tables;
    case analytic::KernelIsa::Generic: break;
  }
  return generic::tables;
}

}  // namespace nwgf::neural::fused_kernels
