#include "analytic/radial/reference_flow.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include <boost/numeric/odeint/stepper/controlled_runge_kutta.hpp>
#include <boost/numeric/odeint/stepper/generation.hpp>
#include <boost/numeric/odeint/stepper/runge_kutta_fehlberg78.hpp>

#include "analytic/format_value.h"

namespace nwgf::analytic::radial {

namespace {

using State = std::vector<double>;

template <class T>
void check_range(const char* field, T value, T lo, T hi) {
  if (!(value >= lo && value <= hi))
    throw std::invalid_argument(std::string("ReferenceOptions.") + field + " = " +
                                format_double(static_cast<double>(value)) +
                                " is outside the allowed range [" +
                                format_double(static_cast<double>(lo)) + ", " +
                                format_double(static_cast<double>(hi)) + "]");
}

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// The rule of a law split at its level breaks, with the quantile at its levels.
void law_on_rule(const RadialLaw& law, int n, const ReferenceOptions& options, const char* what,
                 LevelRule& rule, std::vector<double>& radii) {
  try {
    rule = graded_level_rule(n, options.nodes_per_panel, options.grading, law.level_breaks());
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(std::string(what) + ": " + e.what());
  }
  radii.resize(rule.levels.size());
  for (std::size_t i = 0; i < radii.size(); ++i) {
    radii[i] = law.quantile(rule.levels[i]);
    if (!(radii[i] >= 0.0 && std::isfinite(radii[i])))
      throw std::invalid_argument(std::string(what) + ": the quantile at level s = " +
                                  format_double(rule.levels[i]) + " is " +
                                  format_double(radii[i]) + " (must be finite and >= 0)");
  }
}

void check_dimension(const RadialLaw& law, int d, const char* what) {
  if (const auto* m = dynamic_cast<const RadialMeasure*>(&law)) {
    if (m->d() != d)
      throw std::invalid_argument(std::string(what) + " is a measure in dimension d = " +
                                  std::to_string(m->d()) + ", the problem's is d = " +
                                  std::to_string(d) + " (must agree)");
  }
}

}  // namespace

void ReferenceOptions::validate() const {
  check_range("levels", levels, 16, 65536);
  check_range("nodes_per_panel", nodes_per_panel, 1, 16);
  if (levels % nodes_per_panel != 0)
    throw std::invalid_argument("ReferenceOptions.levels = " + std::to_string(levels) +
                                " is not a multiple of nodes_per_panel = " +
                                std::to_string(nodes_per_panel));
  if (target_levels != 0) {
    check_range("target_levels", target_levels, 16, 524288);  // x 2 in the estimate's solve
    if (target_levels % nodes_per_panel != 0)
      throw std::invalid_argument("ReferenceOptions.target_levels = " +
                                  std::to_string(target_levels) +
                                  " is not a multiple of nodes_per_panel = " +
                                  std::to_string(nodes_per_panel));
  }
  check_range("grading", grading, 1.0, 6.0);
  check_range("tolerance", tolerance, 1e-13, 1e-3);
  check_range("max_seconds", max_seconds, 1e-9, 1e6);
  check_range("max_steps", max_steps, 1L, 1000000000L);
  check_range("jko_tolerance", jko_tolerance, 1e-15, 1e-6);
  check_range("jko_max_iterations", jko_max_iterations, 1, 10000);
  check_range("anderson_depth", anderson_depth, 0, 50);
}

namespace detail {

Discretisation discretise(const RadialProblem& problem, int levels, int target_levels,
                          const std::vector<double>& tracer_levels,
                          const std::vector<double>& extra_tracers,
                          const ReferenceOptions& options) {
  check_radial_domain(problem.d, problem.r);
  if (!problem.start) throw std::invalid_argument("RadialProblem.start is missing (null)");
  check_dimension(*problem.start, problem.d, "the start");
  if (problem.target) check_dimension(*problem.target, problem.d, "the target");
  for (double s : tracer_levels)
    if (!(s > 0.0 && s < 1.0))
      throw std::invalid_argument("tracer level " + format_double(s) +
                                  " is outside the allowed range (0, 1)");
  Discretisation disc;
  disc.d = problem.d;
  disc.r = problem.r;
  std::vector<double> q0;
  law_on_rule(*problem.start, levels, options, "the start", disc.rule, q0);
  disc.tracer_levels = tracer_levels;
  disc.tracer_levels.insert(disc.tracer_levels.end(), extra_tracers.begin(),
                            extra_tracers.end());
  const int n = disc.n(), m = disc.tracers();
  disc.state0 = q0;
  for (double s : disc.tracer_levels) disc.state0.push_back(problem.start->quantile(s));
  double scale = *std::max_element(q0.begin(), q0.end());

  if (problem.target) {
    const RadialLaw& target = *problem.target;
    if (target.cdf(0.0) > 0.0)
      throw std::invalid_argument("the target puts mass " + format_double(target.cdf(0.0)) +
                                  " at the origin (the radial family needs none: "
                                  "docs/math.md 7.2)");
    LevelRule trule;
    std::vector<double> tq;
    law_on_rule(target, target_levels, options, "the target", trule, tq);
    // Merge equal consecutive radii (an atom occupies a level interval): one node each.
    for (std::size_t k = 0; k < tq.size(); ++k) {
      if (!(tq[k] > 0.0))
        throw std::invalid_argument("the target's quantile at level s = " +
                                    format_double(trule.levels[k]) +
                                    " is 0: mass at the origin (the radial family needs none: "
                                    "docs/math.md 7.2)");
      if (!disc.target_radii.empty() && tq[k] == disc.target_radii.back())
        disc.target_weights.back() += trule.weights[k];
      else {
        disc.target_radii.push_back(tq[k]);
        disc.target_weights.push_back(trule.weights[k]);
      }
    }
    disc.has_target = true;
    scale = std::max(scale, disc.target_radii.back());
  }
  if (!(scale > 0.0 && std::isfinite(scale)))
    throw std::invalid_argument("the start's largest level radius is " + format_double(scale) +
                                " (must be positive and finite)");
  disc.scale = scale;
  for (int i = 0; i < n + m; ++i) {
    if (!(disc.state0[i] > kOriginFraction * scale)) {
      const double s = i < n ? disc.rule.levels[i] : disc.tracer_levels[i - n];
      throw std::invalid_argument(
          "the start puts mass at the origin: its quantile at level s = " + format_double(s) +
          " is " + format_double(disc.state0[i]) + ", at most " + format_double(kOriginFraction) +
          " of the scale " + format_double(scale) + " (the radial family needs none: "
          "docs/math.md 7.2)");
    }
  }
  // The support's ends as two more tracers; an unbounded (or absurdly far) end follows the
  // outermost level instead.
  const auto support = problem.start->support();
  const double lo = support.first >= 0.0 && support.first <= q0.front() ? support.first
                                                                         : q0.front();
  const double hi = std::isfinite(support.second) && support.second >= q0.back() &&
                            support.second <= 1e3 * scale
                        ? support.second
                        : q0.back();
  disc.state0.push_back(lo);
  disc.state0.push_back(hi);
  if (disc.has_target) {
    SphereKernel kernel(disc.d, disc.r);
    std::vector<double> sums;
    kernel.value_sums(disc.target_radii, disc.target_radii, disc.target_weights, sums);
    double e = 0.0;
    for (std::size_t k = 0; k < sums.size(); ++k) e += disc.target_weights[k] * sums[k];
    disc.target_energy = -0.5 * e;
  }
  return disc;
}

Velocity::Velocity(const Discretisation& disc) : disc_(disc), kernel_(disc.d, disc.r) {}

void Velocity::operator()(const std::vector<double>& state, std::vector<double>& out) {
  ++evaluations_;
  const std::size_t n = static_cast<std::size_t>(disc_.n());
  sources_.assign(state.begin(), state.begin() + n);
  others_.assign(state.begin() + n, state.end());
  // Repulsion of the interaction energy: Σ_j w_j dA/drho(x, Q_j); the levels among themselves
  // through the same-points path of d_rho_sums (each unordered pair once), the tracers apart.
  // A Runge-Kutta stage may try a state past the origin (a level about to reach it, which
  // check_state then reports): there the field is extended oddly, u(-rho) = -u(rho), the radial
  // velocity of the point -rho e on the ray through e (continuous, as u(0) = 0).
  bool negative = false;
  for (double q : state) negative = negative || q < 0.0;
  if (floor_touched_ < 0) {
    const double floor = kOriginFraction * disc_.scale;
    const std::size_t tracked = n + disc_.tracer_levels.size();  // not the support's ends
    for (std::size_t i = 0; i < tracked && floor_touched_ < 0; ++i)
      if (!(state[i] > floor)) floor_touched_ = static_cast<int>(i);
  }
  if (negative) {
    for (double& q : sources_) q = std::abs(q);
    for (double& q : others_) q = std::abs(q);
  }
  kernel_.d_rho_sums(sources_, sources_, disc_.rule.weights, out);
  kernel_.d_rho_sums(others_, sources_, disc_.rule.weights, push_);
  out.insert(out.end(), push_.begin(), push_.end());
  if (disc_.has_target) {
    // Attraction of the target: - Σ_k v_k dA/drho(x, T_k).
    sources_.insert(sources_.end(), others_.begin(), others_.end());  // |state|
    kernel_.d_rho_sums(sources_, disc_.target_radii, disc_.target_weights, pull_);
    for (std::size_t i = 0; i < out.size(); ++i) out[i] -= pull_[i];
  }
  if (negative)
    for (std::size_t i = 0; i < out.size(); ++i)
      if (state[i] < 0.0) out[i] = -out[i];
}

Budget::Budget(const ReferenceOptions& options)
    : max_seconds_(options.max_seconds), max_steps_(options.max_steps), start_(now_seconds()) {}

double Budget::elapsed() const { return now_seconds() - start_; }

void Budget::check(const char* what, double t, long steps) const {
  const double e = elapsed();
  if (e > max_seconds_)
    throw std::runtime_error(std::string(what) + ": stopped at t = " + format_double(t) +
                             " after " + format_g(e, 3) + " s, beyond the budget max_seconds = " +
                             format_double(max_seconds_));
  if (steps > max_steps_)
    throw std::runtime_error(std::string(what) + ": stopped at t = " + format_double(t) +
                             " after " + std::to_string(steps) +
                             " steps, beyond the budget max_steps = " +
                             std::to_string(max_steps_));
}

void check_state(const Discretisation& disc, const std::vector<double>& state, double t,
                 const char* what, const std::vector<double>* previous, double t_previous) {
  const int n = disc.n(), m = disc.tracers();
  const double floor = kOriginFraction * disc.scale;
  for (int i = 0; i < n + m; ++i) {
    const double q = state[i];
    if (std::isfinite(q) && q > floor) continue;
    const double s = i < n ? disc.rule.levels[i] : disc.tracer_levels[i - n];
    if (!std::isfinite(q))
      throw std::runtime_error(std::string(what) + ": the radius of level s = " +
                               format_double(s) + " is " + format_double(q) + " at t = " +
                               format_double(t) + " (not finite)");
    std::string when = "at t = " + format_double(t);
    if (previous != nullptr && (*previous)[i] > floor) {
      // Linear in time between the two states: where the level met the floor.
      const double p = (*previous)[i];
      const double crossing = t_previous + (t - t_previous) * (p - floor) / (p - q);
      when = "at t = " + format_g(crossing, 6) + " (the step from t = " +
             format_double(t_previous) + " to " + format_double(t) + ", linearly)";
    }
    throw std::runtime_error(std::string(what) +
                             ": the flow drives mass into the origin: level s = " +
                             format_double(s) + " reached radius " + format_double(q) +
                             " <= " + format_double(kOriginFraction) + " x scale " +
                             format_double(disc.scale) + " " + when +
                             " (outside the radial family: docs/math.md 7.2)");
  }
  for (std::size_t i = n + m; i < state.size(); ++i)
    if (!std::isfinite(state[i]))
      throw std::runtime_error(std::string(what) + ": a support end is " +
                               format_double(state[i]) + " at t = " + format_double(t) +
                               " (not finite)");
}

RadialSnapshot make_snapshot(const Discretisation& disc, const SphereKernel& kernel,
                             const std::vector<double>& state, int requested_tracers, double t,
                             int step) {
  const int n = disc.n(), m = disc.tracers();
  RadialSnapshot snap;
  snap.t = t;
  snap.step = step;
  LevelLaw& law = snap.law;
  law.levels = disc.rule.levels;
  law.weights = disc.rule.weights;
  law.radii.assign(state.begin(), state.begin() + n);
  // Levels keep their order in exact arithmetic (MATH.md 7.3); the integrator may swap levels
  // that sit within its tolerance of each other (graded panels put levels 1e-13 apart in s at
  // the ends, where the quantile is flat to double precision). A swap that small is put back in
  // order; anything larger is a failure of the method.
  const double size = std::max(disc.scale, *std::max_element(law.radii.begin(), law.radii.end()));
  for (int i = 1; i < n; ++i) {
    const double drop = law.radii[i - 1] - law.radii[i];
    if (drop > 1e-9 * size)
      throw std::runtime_error("radial law at t = " + format_double(t) + ": level s = " +
                               format_double(law.levels[i]) + " fell " + format_double(drop) +
                               " below the level before it (levels must keep their order)");
  }
  std::sort(law.radii.begin(), law.radii.end());
  law.lo = std::max(0.0, std::min(state[n + m], law.radii.front()));
  law.hi = std::max(state[n + m + 1], law.radii.back());
  snap.tracer_levels.assign(disc.tracer_levels.begin(),
                            disc.tracer_levels.begin() + requested_tracers);
  snap.tracer_radii.assign(state.begin() + n, state.begin() + n + requested_tracers);

  std::vector<double> sums;
  kernel.value_sums(law.radii, law.radii, law.weights, sums);
  double e = 0.0;
  for (int i = 0; i < n; ++i) e += law.weights[i] * sums[i];
  snap.energy = -0.5 * e;
  if (disc.has_target) {
    kernel.value_sums(law.radii, disc.target_radii, disc.target_weights, sums);
    double v = 0.0;
    for (int i = 0; i < n; ++i) v += law.weights[i] * sums[i];
    // D^2 = E(mu) + V(mu) + E(nu) >= 0 exactly; a negative value is rounding or quadrature
    // error of a D^2 at that level, reported as D = 0.
    const double d2 = snap.energy + v + disc.target_energy;
    snap.mmd_to_target = std::sqrt(std::max(d2, 0.0));
  } else {
    snap.mmd_to_target = std::numeric_limits<double>::quiet_NaN();
  }
  snap.w2_error = std::numeric_limits<double>::quiet_NaN();
  snap.energy_error = std::numeric_limits<double>::quiet_NaN();
  snap.mmd_to_target_error = std::numeric_limits<double>::quiet_NaN();
  return snap;
}

void attach_errors(RadialSnapshot& coarse, const RadialSnapshot& fine,
                   const std::vector<double>& fine_state, int fine_n, int nodes_per_panel) {
  const int n = static_cast<int>(coarse.law.radii.size());
  const int m = static_cast<int>(coarse.tracer_radii.size());
  std::vector<double> diff(n);
  for (int i = 0; i < n; ++i) diff[i] = std::abs(coarse.law.radii[i] - fine_state[fine_n + m + i]);
  // A level's error estimate is the largest difference over its panel and the two levels next
  // to it: the N-level error oscillates from node to node within a panel (each node sees the
  // diagonal singularity of its own panel differently), and the bare difference of one node can
  // be far below its error where the 2N error has a different phase (measured near s = 0 in the
  // d = 2, r = 1.5 ball case: errors 2e-8 against differences 5e-10 at single nodes).
  coarse.law.errors.resize(n);
  double w2 = 0.0;
  const int k = std::max(1, nodes_per_panel);
  for (int i = 0; i < n; ++i) {
    const int first = std::max(0, (i / k) * k - 1), last = std::min(n - 1, (i / k) * k + k);
    double d = 0.0;
    for (int j = first; j <= last; ++j) d = std::max(d, diff[j]);
    coarse.law.errors[i] = kErrorFactor * d;
    w2 += coarse.law.weights[i] * diff[i] * diff[i];
  }
  // W2 between the N-level law and the exact one, estimated from the bare differences.
  coarse.w2_error = kErrorFactor * std::sqrt(w2);
  coarse.tracer_errors.resize(m);
  for (int j = 0; j < m; ++j)
    coarse.tracer_errors[j] = kErrorFactor * std::abs(coarse.tracer_radii[j] - fine.tracer_radii[j]);
  coarse.energy_error = kErrorFactor * std::abs(coarse.energy - fine.energy);
  coarse.mmd_to_target_error = kErrorFactor * std::abs(coarse.mmd_to_target - fine.mmd_to_target);
}

}  // namespace detail

namespace {

namespace odeint = boost::numeric::odeint;

// Integrates disc's state to every time of `times`, appending the states.
void integrate_flow(const detail::Discretisation& disc, double tolerance,
                    const std::vector<double>& times, const detail::Budget& budget,
                    RadialSolveStats& stats, std::vector<State>& states) {
  const double started = budget.elapsed();
  detail::Velocity velocity(disc);
  long tried = 0;
  // The budget is checked at every evaluation too: one step of a large problem takes 13 of them.
  auto system = [&](const State& x, State& dxdt, double t_stage) {
    budget.check("reference flow", t_stage, tried);
    velocity(x, dxdt);
  };
  auto stepper = odeint::make_controlled(tolerance * disc.scale, tolerance,
                                         odeint::runge_kutta_fehlberg78<State>());
  State x = disc.state0;
  double t = 0.0;
  // First step: tolerance^(1/8) of the time the fastest level needs to cross the scale (or of
  // the span), the step of an 8th-order method whose local error is the tolerance when the
  // solution varies on that time scale; the controller adjusts it from there (up to 5x per
  // step, or down on rejection).
  State u0;
  velocity(x, u0);
  double umax = 0.0;
  for (double u : u0) umax = std::max(umax, std::abs(u));
  const double span = times.back() > 0.0 ? times.back() : 1.0;
  double dt = std::pow(tolerance, 0.125) * (umax > 0.0 ? std::min(span, disc.scale / umax) : span);
  State previous = x;
  double t_previous = 0.0;
  for (double t_out : times) {
    while (t < t_out) {
      budget.check("reference flow", t, tried);
      const bool last = dt >= t_out - t;
      double h = last ? t_out - t : dt;
      const double h_tried = h;
      double tt = t;
      ++tried;
      velocity.clear_floor();
      const auto result = stepper.try_step(system, x, tt, h);
      if (velocity.floor_touched() >= 0) {
        // A stage reached the origin's floor: retry with half the step, which ends at the
        // time the level meets the floor (the flow stops there) or before it.
        x = previous;
        dt = 0.5 * h_tried;
        if (!(dt > 1e-12 * std::max(t, 1e-300))) {
          const int i = velocity.floor_touched();
          const double s = i < disc.n() ? disc.rule.levels[i] : disc.tracer_levels[i - disc.n()];
          throw std::runtime_error(
              "reference flow: the flow drives mass into the origin: level s = " +
              format_double(s) + " comes within " + format_double(kOriginFraction) +
              " x scale " + format_double(disc.scale) + " of it at t = " + format_double(t) +
              " (outside the radial family: docs/math.md 7.2)");
        }
        continue;
      }
      if (result == odeint::success) {
        ++stats.steps;
        dt = last ? std::max(h, dt) : h;
        t = last ? t_out : tt;
        detail::check_state(disc, x, t, "reference flow", &previous, t_previous);
        previous = x;
        t_previous = t;
      } else {
        ++stats.rejected_steps;
        dt = h;
        if (!(dt > 1e-14 * std::max(t_out, 1e-300)))
          throw std::runtime_error("reference flow: the step size fell to " + format_double(dt) +
                                   " at t = " + format_double(t) +
                                   " (the velocity field is not resolved)");
      }
    }
    states.push_back(x);
  }
  stats.levels = disc.n();
  stats.velocity_evaluations = velocity.evaluations();
  stats.seconds = budget.elapsed() - started;
}

}  // namespace

RadialReference reference_flow(const RadialProblem& problem, const std::vector<double>& times,
                               const std::vector<double>& tracer_levels,
                               const ReferenceOptions& options) {
  options.validate();
  if (times.empty() || times.size() > 100000)
    throw std::invalid_argument("reference flow: " + std::to_string(times.size()) +
                                " output times requested (allowed: 1 to 100000)");
  for (std::size_t k = 0; k < times.size(); ++k) {
    if (!(times[k] >= 0.0 && std::isfinite(times[k])) || (k > 0 && times[k] < times[k - 1]))
      throw std::invalid_argument("reference flow: output time " + format_double(times[k]) +
                                  " is not finite, >= 0 and >= the time before it");
  }
  const detail::Budget budget(options);
  const int n = options.levels;
  const int tn = options.target_levels > 0 ? options.target_levels : n;
  const detail::Discretisation coarse =
      detail::discretise(problem, n, tn, tracer_levels, {}, options);
  RadialReference out;
  std::vector<State> coarse_states;
  integrate_flow(coarse, options.tolerance, times, budget, out.coarse, coarse_states);
  SphereKernel kernel(problem.d, problem.r);
  const int m = static_cast<int>(tracer_levels.size());
  for (std::size_t k = 0; k < times.size(); ++k)
    out.snapshots.push_back(
        detail::make_snapshot(coarse, kernel, coarse_states[k], m, times[k], static_cast<int>(k)));
  if (!options.estimate_errors) return out;

  const detail::Discretisation fine =
      detail::discretise(problem, 2 * n, 2 * tn, tracer_levels, coarse.rule.levels, options);
  std::vector<State> fine_states;
  integrate_flow(fine, 0.1 * options.tolerance, times, budget, out.fine, fine_states);
  for (std::size_t k = 0; k < times.size(); ++k) {
    const RadialSnapshot f =
        detail::make_snapshot(fine, kernel, fine_states[k], m, times[k], static_cast<int>(k));
    detail::attach_errors(out.snapshots[k], f, fine_states[k], fine.n(), options.nodes_per_panel);
  }
  return out;
}

}  // namespace nwgf::analytic::radial
