#include "neural/fused/kernels/fused_kernels.h"

#include <atomic>

#include "analytic/kernel_isa.h"

namespace nwgf::neural::fused_kernels {

namespace {
std::atomic<Generation> g_generation{Generation::Blocked};
}  // namespace

const char* generation_name(Generation g) {
  return g == Generation::Blocked ? "blocked" : "baseline";
}

Generation generation() { return g_generation.load(std::memory_order_relaxed); }

void set_generation(Generation g) { g_generation.store(g, std::memory_order_relaxed); }

const Tables& active() {
  switch (analytic::active_kernel_isa()) {
    case analytic::KernelIsa::Avx512: return avx512::tables;
    case analytic::KernelIsa::Avx2: return avx2::tables;
    case analytic::KernelIsa::Generic: break;
  }
  return generic::tables;
}

}  // namespace nwgf::neural::fused_kernels
