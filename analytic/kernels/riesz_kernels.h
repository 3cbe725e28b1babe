#pragma once
// The per-ISA kernels behind analytic/riesz_sums.h, analytic/sliced_riesz.h and the machine
// limit benchmarks: one table of function pointers per instruction set, compiled from the same
// source (riesz_kernels.inc) by riesz_kernels_{avx512,avx2,generic}.cc with -march=x86-64-v4,
// -march=x86-64-v3 and the x86-64 baseline. analytic/kernel_isa.h chooses the table at run
// time. Internal to analytic/: callers use riesz_sums.h and sliced_riesz.h.
#include <cstddef>
#include <cstdint>

namespace nwgf::analytic::kernels {

struct KernelTable {
  // Σ_i Σ_j ||x_i - y_j||^p, y as d coordinate arrays of m doubles (ysoa); upper_only: x and y
  // are the same set and only j > i is summed. Row blocks of 32 summed in block order.
  double (*pair_sum)(const double* x, std::size_t n, const double* ysoa, std::size_t m, int d,
                     double p, bool upper_only);
  // out_i = (1/m) Σ_j p ||x_i - y_j||^(p-2) (x_i - y_j), coinciding pairs omitted.
  void (*field)(const double* x, std::size_t n, const double* ysoa, std::size_t m, int d,
                double p, double* out);
  // One direction of the sliced field (analytic/sliced_riesz.cc): proj_i = <theta, x_i>,
  // sorted ranks, field_i += (#{s_j < s_i} - #{s_j > s_i}) theta. Scratch arrays of n entries.
  void (*sliced_direction)(const double* x, std::size_t n, int d, const double* theta,
                           double* proj, std::uint64_t* words, std::uint64_t* tmp,
                           std::int32_t* weight, double* field);
  // Machine limits (one core): `rounds` rounds of independent dependency chains; each returns
  // a value that depends on every operation, and the number of operations it did.
  double (*fma_chains_f64)(long rounds, double* flops);
  double (*fma_chains_f32)(long rounds, double* flops);
  double (*sqrt_chains_f64)(long rounds, double* sqrts);
  double (*div_chains_f64)(long rounds, double* divides);
};

// The table of analytic::active_kernel_isa() (analytic/kernel_isa.h).
const KernelTable& active_table();

namespace avx512 {
extern const KernelTable table;
}
namespace avx2 {
extern const KernelTable table;
}
namespace generic {
extern const KernelTable table;
}

}  // namespace nwgf::analytic::kernels
