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

// X = x_n + tau u_X(X) by Anderson acceleration from X = x_n; returns the iterations taken, or
// -1 with the reason in `why` (x then the last iterate, every entry >= 0).
int anderson_solve(const detail::Discretisation& disc, detail::Velocity& velocity, double tau,
                   const ReferenceOptions& options, const detail::Budget& budget, int step,
                   const State& xn, State& x, std::string& why) {
  x = xn;
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
    if (!std::isfinite(residual) || negative) {
      why = "the fixed-point map puts a radius below 0 or at a non-finite value";
      return -1;
    }
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
  why = "no convergence in " + std::to_string(options.jko_max_iterations) +
        " iterations (fixed-point residual " + format_double(residual) + " above the tolerance " +
        format_double(tol) + ")";
  return -1;
}

double max_abs(const State& v) {
  double m = 0.0;
  for (double a : v) m = std::max(m, std::abs(a));
  return m;
}
double norm2(const State& v) {
  double s = 0.0;
  for (double a : v) s += a * a;
  return std::sqrt(s);
}

// Newton-Krylov for G(X) = X - x_n - tau u_X(X) = 0 from X = x0: GMRES (one cycle of at most
// kKrylov vectors, relative residual 1e-6) on Jacobian-vector products by forward differences
// (step 1e-8 of the iterate's size along v), backtracking on ||G||_2 (Armijo 1e-4, at most 30
// halvings), at most jko_max_iterations velocity evaluations in all. The same stopping rule as
// the fixed point: max|G| <= jko_tolerance x max(scale, largest |X_i|), with X >= 0. Returns the
// velocity evaluations taken, or -1 with the reason in `why`.
int newton_solve(const detail::Discretisation& disc, detail::Velocity& velocity, double tau,
                 const ReferenceOptions& options, const detail::Budget& budget, int step,
                 const State& xn, const State& x0, State& x, std::string& why) {
  constexpr int kKrylov = 60;
  constexpr int kNewton = 50;
  const std::size_t size = xn.size();
  State u(size);
  int evaluations = 0;
  auto G = [&](const State& X, State& out) {
    budget.check("JKO iterate", (step + 1) * tau, step + 1);
    ++evaluations;
    velocity(X, u);
    out.resize(size);
    for (std::size_t i = 0; i < size; ++i) out[i] = X[i] - xn[i] - tau * u[i];
  };
  x = x0;
  State r, trial, rt, w, d(size);
  G(x, r);
  for (int newton = 0; newton < kNewton; ++newton) {
    const double scale_now = std::max(disc.scale, max_abs(x));
    const double tol = options.jko_tolerance * scale_now;
    const double res = max_abs(r);
    if (!std::isfinite(res)) {
      why = "Newton: a non-finite residual";
      return -1;
    }
    bool nonnegative = true;
    for (double v : x) nonnegative = nonnegative && v >= 0.0;
    if (res <= tol && nonnegative) {
      // The FOC has other roots whose levels are out of order (not the JKO step's minimiser).
      for (int i = 1; i < disc.n(); ++i)
        if (x[i - 1] - x[i] > 1e-9 * scale_now) {
          why = "Newton: converged to a root whose levels are out of order (level s = " +
                format_double(disc.rule.levels[i]) + "), not the JKO step";
          return -1;
        }
      return evaluations;
    }
    if (evaluations >= options.jko_max_iterations) break;
    // GMRES for J d = -r.
    const double beta = norm2(r);
    std::vector<State> V(1, State(size));
    for (std::size_t i = 0; i < size; ++i) V[0][i] = -r[i] / beta;
    std::vector<std::vector<double>> H(kKrylov + 1, std::vector<double>(kKrylov, 0.0));
    std::vector<double> cs(kKrylov, 0.0), sn(kKrylov, 0.0), g(kKrylov + 1, 0.0);
    g[0] = beta;
    int k = 0;
    for (int j = 0; j < kKrylov; ++j) {
      // w = J V_j by a forward difference.
      const double e = 1e-8 * scale_now / std::max(max_abs(V[j]), 1e-300);
      trial.resize(size);
      for (std::size_t i = 0; i < size; ++i) trial[i] = x[i] + e * V[j][i];
      G(trial, rt);
      w.resize(size);
      for (std::size_t i = 0; i < size; ++i) w[i] = (rt[i] - r[i]) / e;
      for (int i = 0; i <= j; ++i) {
        double dot = 0.0;
        for (std::size_t l = 0; l < size; ++l) dot += w[l] * V[i][l];
        H[i][j] = dot;
        for (std::size_t l = 0; l < size; ++l) w[l] -= dot * V[i][l];
      }
      H[j + 1][j] = norm2(w);
      for (int i = 0; i < j; ++i) {  // previous Givens rotations on column j
        const double a = H[i][j], b = H[i + 1][j];
        H[i][j] = cs[i] * a + sn[i] * b;
        H[i + 1][j] = -sn[i] * a + cs[i] * b;
      }
      const double a = H[j][j], b = H[j + 1][j], rho = std::hypot(a, b);
      cs[j] = rho > 0.0 ? a / rho : 1.0;
      sn[j] = rho > 0.0 ? b / rho : 0.0;
      H[j][j] = rho;
      H[j + 1][j] = 0.0;
      g[j + 1] = -sn[j] * g[j];
      g[j] = cs[j] * g[j];
      k = j + 1;
      const double wnorm = norm2(w);
      if (std::abs(g[j + 1]) <= 1e-6 * beta || !(wnorm > 0.0) ||
          evaluations >= options.jko_max_iterations)
        break;
      V.emplace_back(size);
      for (std::size_t l = 0; l < size; ++l) V.back()[l] = w[l] / wnorm;
    }
    std::vector<double> y(k, 0.0);
    for (int i = k - 1; i >= 0; --i) {
      double sum = g[i];
      for (int j = i + 1; j < k; ++j) sum -= H[i][j] * y[j];
      y[i] = H[i][i] != 0.0 ? sum / H[i][i] : 0.0;
    }
    std::fill(d.begin(), d.end(), 0.0);
    for (int j = 0; j < k; ++j)
      for (std::size_t l = 0; l < size; ++l) d[l] += y[j] * V[j][l];
    // Backtracking on ||G||_2.
    double lambda = 1.0;
    bool accepted = false;
    for (int halving = 0; halving <= 30 && !accepted; ++halving, lambda *= 0.5) {
      for (std::size_t i = 0; i < size; ++i) trial[i] = x[i] + lambda * d[i];
      G(trial, rt);
      if (norm2(rt) <= (1.0 - 1e-4 * lambda) * beta) accepted = true;
    }
    if (!accepted) {
      // At the rounding floor no step decreases ||G||.
      why = "Newton: no decrease of the residual " + format_double(res) + " along the Krylov "
            "direction (tolerance " + format_double(tol) + ")";
      return -1;
    }
    x = trial;
    r = rt;
    // An entry at the origin (the support's end Q(0+) = 0, where u = 0) may come out of the
    // difference quotients a rounding below 0: put it back at 0.
    for (double& v : x)
      if (v < 0.0 && v >= -1e-14 * scale_now) v = 0.0;
  }
  why = "Newton: no convergence within " + std::to_string(options.jko_max_iterations) +
        " velocity evaluations (residual " + format_double(max_abs(r)) + ")";
  return -1;
}

// JKO step: Anderson from x_n; where it fails, Newton-Krylov from Anderson's last iterate (near
// the solution when Anderson stagnated), then from x_n. Newton on the oddly extended field
// (reference_flow.cc) also has spurious roots with radii below 0; only roots with every radius
// >= 0 are accepted. Returns the velocity evaluations taken.
int jko_step(const detail::Discretisation& disc, detail::Velocity& velocity, double tau,
             const ReferenceOptions& options, const detail::Budget& budget, int step, State& x) {
  const State xn = x;
  const long before = velocity.evaluations();
  std::string anderson_why, newton_why;
  if (anderson_solve(disc, velocity, tau, options, budget, step, xn, x, anderson_why) >= 0)
    return static_cast<int>(velocity.evaluations() - before);
  const State last = x;
  if (newton_solve(disc, velocity, tau, options, budget, step, xn, last, x, newton_why) >= 0)
    return static_cast<int>(velocity.evaluations() - before);
  if (newton_solve(disc, velocity, tau, options, budget, step, xn, xn, x, newton_why) >= 0)
    return static_cast<int>(velocity.evaluations() - before);
  throw std::runtime_error("JKO iterate: step " + std::to_string(step + 1) + " (t = " +
                           format_double((step + 1) * tau) + ", tau = " + format_double(tau) +
                           ") not solved: Anderson: " + anderson_why + "; " + newton_why);
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
