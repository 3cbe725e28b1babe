#include "analytic/orders.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

#include "analytic/format_value.h"

namespace nwgf::analytic {

namespace {

// Usable (tau, error) pairs sorted by decreasing tau; counts the skipped ones.
std::vector<std::pair<double, double>> usable_pairs(const std::vector<double>& taus,
                                                    const std::vector<double>& errors,
                                                    std::size_t* skipped) {
  if (taus.size() != errors.size())
    throw std::invalid_argument("order estimation: " + std::to_string(taus.size()) +
                                " step sizes but " + std::to_string(errors.size()) + " errors");
  std::vector<std::pair<double, double>> pairs;
  std::size_t bad = 0;
  for (std::size_t i = 0; i < taus.size(); ++i) {
    if (!(taus[i] > 0.0) || !std::isfinite(taus[i]))
      throw std::invalid_argument("order estimation: step size " + format_double(taus[i]) +
                                  " must be finite and > 0");
    if (errors[i] > 0.0 && std::isfinite(errors[i])) {
      pairs.emplace_back(taus[i], errors[i]);
    } else {
      ++bad;
    }
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 1; i < pairs.size(); ++i)
    if (pairs[i].first == pairs[i - 1].first)
      throw std::invalid_argument("order estimation: step size " +
                                  format_double(pairs[i].first) + " appears twice");
  if (skipped) *skipped = bad;
  return pairs;
}

}  // namespace

std::vector<double> successive_orders(const std::vector<double>& taus,
                                      const std::vector<double>& errors) {
  const auto pairs = usable_pairs(taus, errors, nullptr);
  std::vector<double> orders;
  for (std::size_t i = 0; i + 1 < pairs.size(); ++i)
    orders.push_back(std::log(pairs[i].second / pairs[i + 1].second) /
                     std::log(pairs[i].first / pairs[i + 1].first));
  return orders;
}

OrderFit least_squares_order(const std::vector<double>& taus, const std::vector<double>& errors) {
  OrderFit fit;
  const auto pairs = usable_pairs(taus, errors, &fit.skipped);
  const std::size_t k = pairs.size();
  fit.points = k;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  if (k < 2) {
    fit.order = fit.order_stderr = fit.log_constant = nan;
    return fit;
  }
  double mean_x = 0.0, mean_y = 0.0;
  for (const auto& [tau, e] : pairs) {
    mean_x += std::log(tau);
    mean_y += std::log(e);
  }
  mean_x /= static_cast<double>(k);
  mean_y /= static_cast<double>(k);
  double sxx = 0.0, sxy = 0.0;
  for (const auto& [tau, e] : pairs) {
    const double dx = std::log(tau) - mean_x;
    sxx += dx * dx;
    sxy += dx * (std::log(e) - mean_y);
  }
  fit.order = sxy / sxx;
  fit.log_constant = mean_y - fit.order * mean_x;
  if (k == 2) {
    fit.order_stderr = nan;
    return fit;
  }
  double rss = 0.0;
  for (const auto& [tau, e] : pairs) {
    const double res = std::log(e) - (fit.log_constant + fit.order * std::log(tau));
    rss += res * res;
  }
  fit.order_stderr = std::sqrt(rss / static_cast<double>(k - 2) / sxx);
  return fit;
}

}  // namespace nwgf::analytic
