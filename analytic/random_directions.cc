#include "analytic/random_directions.h"

#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace nwgf::analytic {

std::vector<double> uniform_unit_directions(int d, int count, std::mt19937_64& gen) {
  if (d < 1)
    throw std::invalid_argument("random directions: dimension d = " + std::to_string(d) +
                                " must be >= 1");
  if (count < 0)
    throw std::invalid_argument("random directions: count " + std::to_string(count) +
                                " must be >= 0");
  std::vector<double> theta(static_cast<std::size_t>(count) * static_cast<std::size_t>(d));
  std::normal_distribution<double> normal(0.0, 1.0);
  for (int p = 0; p < count; ++p) {
    double* row = theta.data() + static_cast<std::size_t>(p) * d;
    double norm2 = 0.0;
    do {
      norm2 = 0.0;
      for (int k = 0; k < d; ++k) {
        row[k] = normal(gen);
        norm2 += row[k] * row[k];
      }
    } while (norm2 == 0.0);
    const double norm = std::sqrt(norm2);
    for (int k = 0; k < d; ++k) row[k] /= norm;
  }
  return theta;
}

}  // namespace nwgf::analytic
