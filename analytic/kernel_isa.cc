#include "analytic/kernel_isa.h"

#include <atomic>
#include <stdexcept>

#include "analytic/kernels/riesz_kernels.h"

namespace nwgf::analytic {

namespace {

bool cpu_supports(KernelIsa isa) {
  switch (isa) {
    case KernelIsa::Generic: return true;
    case KernelIsa::Avx2:
      return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case KernelIsa::Avx512:
      return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
             __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
             __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  }
  return false;
}

std::atomic<int>& chosen() {
  static std::atomic<int> isa{static_cast<int>(detected_kernel_isa())};
  return isa;
}

}  // namespace

const char* kernel_isa_name(KernelIsa isa) {
  switch (isa) {
    case KernelIsa::Avx512: return "avx512";
    case KernelIsa::Avx2: return "avx2";
    case KernelIsa::Generic: return "generic";
  }
  return "generic";
}

KernelIsa parse_kernel_isa(const std::string& name) {
  if (name == "avx512") return KernelIsa::Avx512;
  if (name == "avx2") return KernelIsa::Avx2;
  if (name == "generic") return KernelIsa::Generic;
  throw std::invalid_argument("kernel ISA '" + name + "' must be one of avx512, avx2, generic");
}

KernelIsa detected_kernel_isa() {
  __builtin_cpu_init();
  if (cpu_supports(KernelIsa::Avx512)) return KernelIsa::Avx512;
  if (cpu_supports(KernelIsa::Avx2)) return KernelIsa::Avx2;
  return KernelIsa::Generic;
}

std::vector<KernelIsa> supported_kernel_isas() {
  __builtin_cpu_init();
  std::vector<KernelIsa> out;
  for (KernelIsa isa : {KernelIsa::Generic, KernelIsa::Avx2, KernelIsa::Avx512})
    if (cpu_supports(isa)) out.push_back(isa);
  return out;
}

KernelIsa active_kernel_isa() { return static_cast<KernelIsa>(chosen().load(std::memory_order_relaxed)); }

const char* kernel_isa() { return kernel_isa_name(active_kernel_isa()); }

void set_kernel_isa(KernelIsa isa) {
  __builtin_cpu_init();
  if (!cpu_supports(isa))
    throw std::invalid_argument(std::string("kernel ISA '") + kernel_isa_name(isa) +
                                "' is not supported by this CPU");
  chosen().store(static_cast<int>(isa), std::memory_order_relaxed);
}

namespace kernels {

const KernelTable& active_table() {
  switch (active_kernel_isa()) {
    case KernelIsa::Avx512: return avx512::table;
    case KernelIsa::Avx2: return avx2::table;
    case KernelIsa::Generic: break;
  }
  return generic::table;
}

}  // namespace kernels

}  // namespace nwgf::analytic
