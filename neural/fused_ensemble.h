#pragma once
// An ensemble of K independent fused trainers (neural/fused_trainer.h) advanced together: cells
// of a study that differ only in their seed (same scheme, d, r, tau, network and batch sizes).
// Each member keeps its own parameters, Adam state, random stream, particles and target, so
// member i after any sequence of iterate() calls is bit-for-bit the FusedTrainer that a
// separate run with the same seed and inputs would hold (same code, same order of floating-point
// operations; tested in neural/tests/fused_ensemble_test.cc).
// One call of iterate() runs the K members' iterations back to back in one loop. This is the
// batching API only: the members' layer products are not fused into one kernel call. Measured
// (suite/bench/bench_ensemble.cc, 2-core AMD EPYC) the per-cell cost equals K separate
// iterations within 2 %, for K = 1..8: the fused engine has no per-operator dispatch to
// amortise, and one member's working set at the reference size (about 22 KB of parameters, the
// same again for gradients and each Adam moment, about 200 KB of activations for 200 rows)
// stays in a core's L2 cache, so sharing a kernel call would save little.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "neural/fused_trainer.h"

namespace nwgf::neural {

template <typename T>
class FusedEnsemble {
 public:
  // One member per seed (seeds.size() >= 1), all with the same options.
  FusedEnsemble(const FusedTrainerOptions& options, const std::vector<std::uint64_t>& seeds);

  int size() const { return static_cast<int>(members_.size()); }
  FusedTrainer<T>& member(int i) { return *members_.at(static_cast<std::size_t>(i)); }
  const FusedTrainer<T>& member(int i) const { return *members_.at(static_cast<std::size_t>(i)); }

  // One Adam iteration of every member at step size tau; losses[i] (size() entries) receives
  // member i's loss before its update.
  void iterate(double tau, double* losses);

 private:
  std::vector<std::unique_ptr<FusedTrainer<T>>> members_;
};

}  // namespace nwgf::neural
