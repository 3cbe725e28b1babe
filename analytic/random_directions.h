#pragma once
// Independent directions uniform on the unit sphere S^{d-1}: each the normalised vector of d
// standard normals (the Gaussian law is rotation invariant, so its direction is uniform; a zero
// vector, probability 0, is redrawn). Shared by the sliced estimates (analytic/sliced_riesz.h,
// analytic/point_set_w2.h), so a given generator state gives the same directions in both.
#include <random>
#include <vector>

namespace nwgf::analytic {

// count x d row-major unit vectors drawn from gen (d >= 1, count >= 0).
std::vector<double> uniform_unit_directions(int d, int count, std::mt19937_64& gen);

}  // namespace nwgf::analytic
