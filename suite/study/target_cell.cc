// What a cell of every family toward a target shares (suite/study/target_cell.h).
#include "suite/study/target_cell.h"

namespace nwgf::suite {

std::vector<double> row_major_points(const torch::Tensor& x) {
  const torch::Tensor c = x.detach().to(torch::kCPU, torch::kFloat64).contiguous().reshape({-1});
  return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

nlohmann::json final_points_json(const torch::Tensor& x, std::size_t max_rows) {
  const torch::Tensor c = x.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  const std::size_t rows = std::min(static_cast<std::size_t>(c.size(0)), max_rows);
  const std::size_t d = static_cast<std::size_t>(c.size(1));
  const double* p = c.data_ptr<double>();
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < rows; ++i) out.push_back(std::vector<double>(p + i * d, p + (i + 1) * d));
  return out;
}

}  // namespace nwgf::suite
