#pragma once
// Run-time choice of the instruction set of the hot kernels (the Riesz pair sums and fields,
// the sliced field's per-direction sort; analytic/kernels/). Every kernel is compiled three
// times, for x86-64-v4 (AVX-512), x86-64-v3 (AVX2 + FMA) and the x86-64 baseline, whatever
// -march the rest of the build uses (NWGF_NATIVE), and the widest path the CPU supports is taken
// on first use. The AVX-512 and AVX2 paths do the same operations on the same eight lanes and
// give bit-identical results; the generic path has no FMA and differs in the last bits.
#include <string>
#include <vector>

namespace nwgf::analytic {

enum class KernelIsa { Generic, Avx2, Avx512 };

// "avx512" | "avx2" | "generic".
const char* kernel_isa_name(KernelIsa isa);
// Parses a name above; throws std::invalid_argument naming the value otherwise.
KernelIsa parse_kernel_isa(const std::string& name);

// The widest path this CPU supports (__builtin_cpu_supports: avx512f/dq/bw/vl for avx512,
// avx2 + fma for avx2).
KernelIsa detected_kernel_isa();
// Paths this CPU can run, narrowest first.
std::vector<KernelIsa> supported_kernel_isas();

// The path the kernels take now: detected_kernel_isa() unless set_kernel_isa chose another.
KernelIsa active_kernel_isa();
// Name of the active path, for the provenance of every result.
const char* kernel_isa();

// Selects a path (tests, benchmarks); throws std::invalid_argument if this CPU cannot run it.
// Not meant to be changed while kernels run on other threads.
void set_kernel_isa(KernelIsa isa);

}  // namespace nwgf::analytic
