#include "analytic/self_convergence.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "analytic/format_value.h"

namespace nwgf::analytic {

namespace {

const std::string kWho = "self-convergence: ";

// tau_1 / tau_2 after checking k >= 3 finite, positive, decreasing step sizes with one ratio.
double nested_ratio(const std::vector<double>& taus) {
  if (taus.size() < 3)
    throw std::invalid_argument(kWho + std::to_string(taus.size()) +
                                " step sizes: at least 3 are needed for an order");
  for (std::size_t i = 0; i < taus.size(); ++i)
    if (!(taus[i] > 0.0) || !std::isfinite(taus[i]))
      throw std::invalid_argument(kWho + "step size tau_" + std::to_string(i + 1) + " = " +
                                  format_double(taus[i]) + " must be finite and > 0");
  const double ratio = taus[0] / taus[1];
  if (!(ratio > 1.0))
    throw std::invalid_argument(kWho + "step sizes must decrease: tau_1 = " +
                                format_double(taus[0]) + ", tau_2 = " + format_double(taus[1]));
  for (std::size_t i = 1; i + 1 < taus.size(); ++i) {
    const double r = taus[i] / taus[i + 1];
    if (!(std::abs(r - ratio) <= kNestedRatioTolerance * ratio))
      throw std::invalid_argument(kWho + "step sizes not nested with one ratio: tau_" +
                                  std::to_string(i + 1) + " / tau_" + std::to_string(i + 2) +
                                  " = " + format_double(r) + " but tau_1 / tau_2 = " +
                                  format_double(ratio));
  }
  return ratio;
}

void check_distance(double e, const std::string& what) {
  if (!(e >= 0.0) || !std::isfinite(e))
    throw std::invalid_argument(kWho + what + " = " + format_double(e) +
                                " must be finite and >= 0");
}

// F_i = sqrt((f_i^2 + f_{i+1}^2) / 2) for the k - 1 differences, from 1 or k same-tau floors.
std::vector<double> pair_floors(const std::vector<double>& floor, std::size_t k) {
  if (floor.size() != 1 && floor.size() != k)
    throw std::invalid_argument(kWho + std::to_string(floor.size()) +
                                " noise floors: give 1 (every tau) or " + std::to_string(k) +
                                " (one per tau)");
  for (std::size_t i = 0; i < floor.size(); ++i)
    check_distance(floor[i], "noise floor " + std::to_string(i + 1));
  std::vector<double> out(k - 1);
  for (std::size_t i = 0; i + 1 < k; ++i) {
    const double a = floor[floor.size() == 1 ? 0 : i], b = floor[floor.size() == 1 ? 0 : i + 1];
    out[i] = std::sqrt(0.5 * (a * a + b * b));
  }
  return out;
}

void check_seeds(const std::vector<std::vector<double>>& distances, std::size_t k) {
  if (distances.empty()) throw std::invalid_argument(kWho + "no seed: give the distances of at least one");
  for (std::size_t s = 0; s < distances.size(); ++s) {
    if (distances[s].size() != k - 1)
      throw std::invalid_argument(kWho + "seed " + std::to_string(s + 1) + " has " +
                                  std::to_string(distances[s].size()) + " distances; " +
                                  std::to_string(k) + " step sizes need " +
                                  std::to_string(k - 1));
    for (std::size_t i = 0; i < k - 1; ++i)
      check_distance(distances[s][i], "seed " + std::to_string(s + 1) + " distance E_" +
                                          std::to_string(i + 1));
  }
}

// One seed's E_i with the floor subtracted in quadrature where asked (0 if below it).
double treated(double e, double floor, const SelfConvergenceOptions& options) {
  if (!options.subtract_floor) return e;
  return std::sqrt(std::max(e * e - floor * floor, 0.0));
}

// The least-squares order over the differences not at floor (coarse step size of each pair).
OrderFit fit_usable(const std::vector<double>& taus, const std::vector<double>& e,
                    const std::vector<bool>& at_floor) {
  std::vector<double> t, v;
  for (std::size_t i = 0; i < e.size(); ++i)
    if (!at_floor[i]) {
      t.push_back(taus[i]);
      v.push_back(e[i]);
    }
  if (t.size() < 2) {
    OrderFit none;
    none.order = none.order_stderr = none.log_constant = std::numeric_limits<double>::quiet_NaN();
    none.points = t.size();
    return none;
  }
  return least_squares_order(t, v);
}

// Each seed's own least-squares order (its own differences against the floor); the spread of
// those that have one, if at least two do.
std::optional<SeedSpread> seed_spread(const SelfConvergenceInput& input,
                                      const std::vector<double>& floors,
                                      const SelfConvergenceOptions& options) {
  std::vector<double> orders;
  for (const auto& seed : input.distances) {
    std::vector<double> e(seed.size());
    std::vector<bool> at_floor(seed.size());
    for (std::size_t i = 0; i < seed.size(); ++i) {
      at_floor[i] = seed[i] <= options.floor_factor * floors[i];
      e[i] = treated(seed[i], floors[i], options);
    }
    const OrderFit fit = fit_usable(input.taus, e, at_floor);
    if (fit.points >= 2 && std::isfinite(fit.order)) orders.push_back(fit.order);
  }
  if (orders.size() < 2) return std::nullopt;
  SeedSpread spread;
  spread.seeds = orders.size();
  for (double p : orders) spread.mean += p;
  spread.mean /= static_cast<double>(orders.size());
  for (double p : orders) spread.sd += (p - spread.mean) * (p - spread.mean);
  spread.sd = std::sqrt(spread.sd / static_cast<double>(orders.size() - 1));
  spread.stderr = spread.sd / std::sqrt(static_cast<double>(orders.size()));
  return spread;
}

std::string describe_floor(const SelfConvergence& out, double factor) {
  std::string s;
  for (std::size_t i = 0; i < out.differences.size(); ++i) {
    if (!s.empty()) s += ", ";
    s += "E_" + std::to_string(i + 1) + " = " + format_g(out.differences[i], 4) +
         (out.at_floor[i] ? " (at floor)" : "");
  }
  return s + "; floor_factor " + format_shortest(factor) + " x F_i with F = " +
         format_g(out.floors.back(), 4) + " for the finest pair";
}

}  // namespace

const char* self_convergence_status_name(SelfConvergenceStatus status) {
  switch (status) {
    case SelfConvergenceStatus::kOrder: return "order";
    case SelfConvergenceStatus::kNotConverging: return "not converging";
    case SelfConvergenceStatus::kNoOrder: return "no order";
  }
  return "unknown";
}

SelfConvergence self_convergence(const SelfConvergenceInput& input,
                                 const SelfConvergenceOptions& options) {
  if (!(options.floor_factor >= 1.0 && options.floor_factor <= 100.0))
    throw std::invalid_argument(kWho + "floor_factor " + format_double(options.floor_factor) +
                                " must be in [1, 100]");
  SelfConvergence out;
  out.ratio = nested_ratio(input.taus);
  const std::size_t k = input.taus.size();
  check_seeds(input.distances, k);
  out.floors = pair_floors(input.noise_floor, k);

  const double seeds = static_cast<double>(input.distances.size());
  out.differences.assign(k - 1, 0.0);
  out.at_floor.assign(k - 1, false);
  for (std::size_t i = 0; i + 1 < k; ++i) {
    double raw = 0.0;
    for (const auto& seed : input.distances) {
      raw += seed[i];
      out.differences[i] += treated(seed[i], out.floors[i], options);
    }
    out.differences[i] /= seeds;
    out.at_floor[i] = raw / seeds <= options.floor_factor * out.floors[i];
  }
  const double log_ratio = std::log(out.ratio);
  for (std::size_t i = 0; i + 2 < k; ++i)
    out.successive_orders.push_back(
        out.at_floor[i] || out.at_floor[i + 1]
            ? std::numeric_limits<double>::quiet_NaN()
            : std::log(out.differences[i] / out.differences[i + 1]) / log_ratio);

  out.fit = fit_usable(input.taus, out.differences, out.at_floor);
  out.spread = seed_spread(input, out.floors, options);
  if (out.fit.points < 2) {
    out.status = SelfConvergenceStatus::kNoOrder;
    out.reason = std::to_string(out.fit.points) + " of " + std::to_string(k - 1) +
                 " differences above the noise floor, 2 needed for an order (" +
                 describe_floor(out, options.floor_factor) + ")";
    return out;
  }
  const double p = out.fit.order;
  if (!(p > 0.0)) {
    out.status = SelfConvergenceStatus::kNotConverging;
    out.reason = "observed order " + format_g(p, 4) +
                 " <= 0: the differences do not shrink with tau; no Richardson estimate or GCI";
    return out;
  }
  out.status = SelfConvergenceStatus::kOrder;
  const double denominator = std::pow(out.ratio, p) - 1.0;
  const std::size_t finest = k - 2, coarse = k - 3;
  if (!out.at_floor[finest]) {
    out.richardson_error = out.differences[finest] / denominator;
    out.gci_fine = kGciSafetyFactor * out.differences[finest] / denominator;
  }
  if (!out.at_floor[coarse]) out.gci_coarse = kGciSafetyFactor * out.differences[coarse] / denominator;
  if (out.gci_fine && out.gci_coarse)
    out.asymptotic_ratio = *out.gci_coarse / (std::pow(out.ratio, p) * *out.gci_fine);
  if (!out.gci_fine)
    out.reason = "the finest difference is at the noise floor: no Richardson estimate or GCI "
                 "for the finest solution (" + describe_floor(out, options.floor_factor) + ")";
  else if (!out.gci_coarse)
    out.reason = "the second finest difference is at the noise floor: no coarse GCI or "
                 "asymptotic-range ratio";
  return out;
}

}  // namespace nwgf::analytic
