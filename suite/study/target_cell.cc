// What a cell of every family toward a target shares (suite/study/target_cell.h).
#include "suite/study/target_cell.h"

namespace nwgf::suite {

std::vector<double> row_major_points(const torch::Tensor& x) {
  const torch::Tensor c = x.detach().to(torch::kCPU, torch::kFloat64).contiguous().reshape({-1});
  return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

}  // namespace nwgf::suite
