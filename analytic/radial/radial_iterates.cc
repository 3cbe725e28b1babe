#include "analytic/radial/radial_iterates.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "analytic/format_value.h"

namespace nwgf::analytic::radial {

namespace {

using State = std::vector<double>;

// Explicit Euler step of the whole state; returns true when the levels were rearranged.
bool euler_step(const detail::Discretisation& disc, detail::Velocity& velocity, double tau,
                State& x, State& u) {
  velocity(x, u);
  for (std::size_t i = 0; i < x.size(); ++i) x[i] += tau * u[i];
  const int n = disc.n(), m = disc.tracers();
  // Levels of one atom move by the same velocity up to the rounding of the pair sums (summed
  // in different orders): a drop of at most 1e-12 of the scale is rounding, sorted silently.
  double drop = 0.0;
  for (int i = 1; i < n; ++i) drop = std::max(drop, x[i - 1] - x[i]);
  if (drop <= 0.0) return false;
  std::sort(x.begin(), x.begin() + n);
  if (drop <= 1e-12 * disc.scale) return false;
  LevelLaw law;
  law.levels = disc.rule.levels;
  law.radii.assign(x.begin(), x.begin() + n);
  law.lo = std::max(0.0, std::min(x[n + m], law.radii.front()));
  law.hi = std::max(x[n + m + 1], law.radii.back());
  for (int j = 0; j < m; ++j) x[n + j] = law.quantile(disc.tracer_levels[j]);
  x[n + m] = law.lo;
  x[n + m + 1] = law.hi;
  return true;
}

// Least squares min ||f - F gamma||_2 over the columns F (each of size x.size()) by modified
// Gram-Schmidt; columns whose remaining norm falls below 1e-10 of their own norm (dependent
// on the others) are dropped from the front. Returns the columns kept (from the back).
int anderson_coefficients(std::vector<State>& dF, const State& f, std::vector<double>& gamma) {
  while (!dF.empty()) {
    const int k = static_cast<int>(dF.size());
    std::vector<State> q = dF;
    std::vector<std::vector<double>> R(k, std::vector<double>(k, 0.0));
    bool dependent = false;
    for (int j = 0; j < k && !dependent; ++j) {
      double norm0 = 0.0;
      for (double v : q[j]) norm0 += v * v;
      norm0 = std::sqrt(norm0);
      for (int i = 0; i < j; ++i) {
        double dot = 0.0;
        for (std::size_t l = 0; l < f.size(); ++l) dot += q[i][l] * q[j][l];
        R[i][j] = dot;
        for (std::size_t l = 0; l < f.size(); ++l) q[j][l] -= dot * q[i][l];
      }
      double norm = 0.0;
      for (double v : q[j]) norm += v * v;
      norm = std::sqrt(norm);
      if (!(norm > 1e-10 * norm0)) {
        dependent = true;
        break;
      }
      R[j][j] = norm;
      for (double& v : q[j]) v /= norm;
    }
    if (dependent) {
      dF.erase(dF.begin());
      continue;
    }
    std::vector<double> qtf(k, 0.0);
    for (int i = 0; i < k; ++i)
      for (std::size_t l = 0; l < f.size(); ++l) qtf[i] += q[i][l] * f[l];
    gamma.assign(k, 0.0);
    for (int i = k - 1; i >= 0; --i) {
      double s = qtf[i];
      for (int j = i + 1; j < k; ++j) s -= R[i][j] * gamma[j];
      gamma[i] = s / R[i][i];
    }
    return k;
  }
  gamma.clear();
  return 0;
}

// JKO step: X = x_n + tau u_X(X) by Anderson acceleration; returns the iterations taken.
int jko_step(const detail::Discretisation& disc, detail::Velocity& velocity, double tau,
             const ReferenceOptions& options, const detail::Budget& budget, int step, State& x) {
  const State xn = x;
  const std::size_t size = x.size();
  // The tolerance scales with the larger of the problem's scale and the current iterate's
  // largest radius (a law that grows by orders of magnitude in one step, as from a Dirac-family
  // start at small t0, is resolved relative to its own size).
  double tol = options.jko_tolerance * disc.scale;
  const int depth = options.anderson_depth;
  std::vector<State> dF, dG;
  State g(size), f(size), u(size), f_prev, g_prev, gamma;
  double residual = 0.0;
  // Stagnation guard: when the residual has not halved within depth + 2 iterations, the
  // history is dropped (its least-squares problem has turned ill-conditioned) and the
  // acceleration restarts from the current iterate.
  double best = std::numeric_limits<double>::infinity();
  int since_best = 0;
  for (int it = 1; it <= options.jko_max_iterations; ++it) {
    budget.check("JKO iterate", (step + 1) * tau, step + 1);
    velocity(x, u);
    residual = 0.0;
    bool negative = false;
    for (std::size_t i = 0; i < size; ++i) {
      g[i] = xn[i] + tau * u[i];
      f[i] = g[i] - x[i];
      residual = std::max(residual, std::abs(f[i]));
      negative = negative || !(g[i] >= 0.0);
    }
    if (!std::isfinite(residual) || negative)
      throw std::runtime_error("JKO iterate: step " + std::to_string(step + 1) + " (t = " +
                               format_double((step + 1) * tau) +
                               "): the fixed-point map puts a radius below 0 or at a non-finite "
                               "value (tau = " +
                               format_double(tau) + " is beyond what the iteration resolves)");
    double largest = 0.0;
    for (std::size_t i = 0; i < size; ++i) largest = std::max(largest, std::abs(g[i]));
    tol = options.jko_tolerance * std::max(disc.scale, largest);
    if (residual <= tol) return it;
    if (residual < 0.5 * best) {
      best = residual;
      since_best = 0;
    } else if (++since_best > depth + 2) {
      dF.clear();
      dG.clear();
      f_prev.clear();
      best = residual;
      since_best = 0;
    }
    if (!f_prev.empty() && depth > 0) {
      State df(size), dg(size);
      for (std::size_t i = 0; i < size; ++i) {
        df[i] = f[i] - f_prev[i];
        dg[i] = g[i] - g_prev[i];
      }
      dF.push_back(std::move(df));
      dG.push_back(std::move(dg));
      if (static_cast<int>(dF.size()) > depth) {
        dF.erase(dF.begin());
        dG.erase(dG.begin());
      }
    }
    f_prev = f;
    g_prev = g;
    const int kept = anderson_coefficients(dF, f, gamma);
    // anderson_coefficients drops dependent columns from the front: keep dG aligned.
    while (static_cast<int>(dG.size()) > kept) dG.erase(dG.begin());
    State next = g;
    for (int j = 0; j < kept; ++j)
      for (std::size_t i = 0; i < size; ++i) next[i] -= gamma[j] * dG[j][i];
    bool usable = true;
    for (double v : next) usable = usable && v >= 0.0 && std::isfinite(v);
    if (usable) {
      x = std::move(next);
    } else {
      x = g;  // plain step, history restarted
      dF.clear();
      dG.clear();
    }
  }
  throw std::runtime_error("JKO iterate: step " + std::to_string(step + 1) + " (t = " +
                           format_double((step + 1) * tau) + ") did not converge in " +
                           std::to_string(options.jko_max_iterations) +
                           " iterations: fixed-point residual " + format_double(residual) +
                           " above the tolerance " + format_double(tol) + " (tau = " +
                           format_double(tau) + ")");
}

void run_scheme(const detail::Discretisation& disc, RadialScheme scheme, double tau,
                const std::vector<int>& output_steps, const ReferenceOptions& options,
                const detail::Budget& budget, RadialSolveStats& stats, std::vector<State>& states) {
  const double started = budget.elapsed();
  detail::Velocity velocity(disc);
  State x = disc.state0, u, previous = x;
  const char* what = scheme == RadialScheme::kJko ? "JKO iterate" : "explicit Euler iterate";
  int n = 0;
  for (int target_step : output_steps) {
    while (n < target_step) {
      budget.check(what, n * tau, n);
      if (n + 1 > options.max_steps)
        throw std::runtime_error(std::string(what) + ": step " + std::to_string(n + 1) +
                                 " is beyond the budget max_steps = " +
                                 std::to_string(options.max_steps));
      if (scheme == RadialScheme::kExplicitEuler) {
        if (euler_step(disc, velocity, tau, x, u)) ++stats.rearranged_steps;
      } else {
        const int its = jko_step(disc, velocity, tau, options, budget, n, x);
        stats.max_jko_iterations = std::max(stats.max_jko_iterations, its);
      }
      ++n;
      ++stats.steps;
      try {
        detail::check_state(disc, x, n * tau, what, &previous, (n - 1) * tau);
      } catch (const std::runtime_error& e) {
        // An explicit step can overshoot the origin without any mass going there in the flow.
        if (scheme != RadialScheme::kExplicitEuler) throw;
        throw std::runtime_error(std::string(e.what()) + "; or the step tau = " +
                                 format_double(tau) + " is too large for the law's scale");
      }
      previous = x;
    }
    states.push_back(x);
  }
  stats.levels = disc.n();
  stats.velocity_evaluations = velocity.evaluations();
  stats.seconds = budget.elapsed() - started;
}

}  // namespace

const char* radial_scheme_name(RadialScheme scheme) {
  return scheme == RadialScheme::kJko ? "jko" : "explicit_euler";
}

RadialReference radial_iterates(const RadialProblem& problem, RadialScheme scheme, double tau,
                                const std::vector<int>& output_steps,
                                const std::vector<double>& tracer_levels,
                                const ReferenceOptions& options) {
  options.validate();
  const std::string where = std::string(radial_scheme_name(scheme)) + " iterates: ";
  if (!(tau > 0.0 && std::isfinite(tau)))
    throw std::invalid_argument(where + "tau = " + format_double(tau) +
                                " is outside the allowed range (0, inf)");
  if (output_steps.empty() || output_steps.size() > 100000)
    throw std::invalid_argument(where + std::to_string(output_steps.size()) +
                                " output steps requested (allowed: 1 to 100000)");
  for (std::size_t k = 0; k < output_steps.size(); ++k) {
    const int s = output_steps[k];
    if (s < 0 || s > 10000000 || (k > 0 && s < output_steps[k - 1]))
      throw std::invalid_argument(where + "output step " + std::to_string(s) +
                                  " is outside [0, 10000000] or below the step before it");
  }
  if (!(output_steps.back() * tau <= 1e12))
    throw std::invalid_argument(where + "the last time n tau = " +
                                format_double(output_steps.back() * tau) +
                                " is outside the allowed range [0, 1e12]");
  const detail::Budget budget(options);
  const int n = options.levels;
  const int tn = options.target_levels > 0 ? options.target_levels : n;
  const detail::Discretisation coarse =
      detail::discretise(problem, n, tn, tracer_levels, {}, options);
  RadialReference out;
  std::vector<State> coarse_states;
  run_scheme(coarse, scheme, tau, output_steps, options, budget, out.coarse, coarse_states);
  SphereKernel kernel(problem.d, problem.r);
  const int m = static_cast<int>(tracer_levels.size());
  for (std::size_t k = 0; k < output_steps.size(); ++k)
    out.snapshots.push_back(detail::make_snapshot(coarse, kernel, coarse_states[k], m,
                                                  output_steps[k] * tau, output_steps[k]));
  if (!options.estimate_errors) return out;
  const detail::Discretisation fine =
      detail::discretise(problem, 2 * n, 2 * tn, tracer_levels, coarse.rule.levels, options);
  std::vector<State> fine_states;
  run_scheme(fine, scheme, tau, output_steps, options, budget, out.fine, fine_states);
  for (std::size_t k = 0; k < output_steps.size(); ++k) {
    const RadialSnapshot f = detail::make_snapshot(fine, kernel, fine_states[k], m,
                                                   output_steps[k] * tau, output_steps[k]);
    detail::attach_errors(out.snapshots[k], f, fine_states[k], fine.n(),
                            options.nodes_per_panel);
  }
  return out;
}

}  // namespace nwgf::analytic::radial
