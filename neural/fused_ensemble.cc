#include "neural/fused_ensemble.h"

#include <stdexcept>

namespace nwgf::neural {

template <typename T>
FusedEnsemble<T>::FusedEnsemble(const FusedTrainerOptions& options, const std::vector<std::uint64_t>& seeds) {
  if (seeds.empty()) throw std::invalid_argument("fused ensemble: at least one member (seed) is needed");
  members_.reserve(seeds.size());
  for (std::uint64_t s : seeds) members_.push_back(std::make_unique<FusedTrainer<T>>(options, s));
}

template <typename T>
void FusedEnsemble<T>::iterate(double tau, double* losses) {
  for (std::size_t i = 0; i < members_.size(); ++i) losses[i] = members_[i]->iterate(tau);
}

template class FusedEnsemble<float>;
template class FusedEnsemble<double>;

}  // namespace nwgf::neural
