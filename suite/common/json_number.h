#pragma once
// Numbers written into result JSON: a number that is not finite (NaN from a diverged step, an
// infinite ratio) is written as null, never as an invalid token (docs/architecture.md, "Numbers
// that are not finite are written as null"); a value that does not exist (no exact iterate) too.
#include <cmath>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

inline nlohmann::json number_or_null(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }
inline nlohmann::json optional_number(std::optional<double> v) { return v ? number_or_null(*v) : nlohmann::json(nullptr); }
// A list of numbers, each not finite as null.
inline nlohmann::json numbers_or_null(const std::vector<double>& values) {
  nlohmann::json list = nlohmann::json::array();
  for (double v : values) list.push_back(number_or_null(v));
  return list;
}

}  // namespace nwgf::suite
