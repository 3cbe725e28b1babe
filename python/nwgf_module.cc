// The nwgf Python module (pybind11): the closed forms of analytic/ and the exact metrics of a
// scored step on NumPy arrays, so a solver can be scored in a notebook or inside its own
// training loop. nwgf.score runs the same code as a built-in cell's step and `nwgf score`
// (analytic::StepScorer, analytic/step_metrics.h): the same points give the same numbers.
//
//   import nwgf                                    # PYTHONPATH=<build>/python
//   nwgf.profile(d=2, r=1.0)                       # eta*: regime, radius, exponent, m2, energy
//   nwgf.flow_scale(r=1.0, t=0.6)                  # a(t) = ((2 - r) t)^(1/(2 - r))
//   nwgf.jko_scales(r, tau, steps, a0=0.0)         # a_0..a_steps of the JKO scheme
//   nwgf.forward_scales(r, tau, steps, a0)         # a_0..a_steps of explicit Euler
//   nwgf.sample_profile(d, r, n, seed, scale=1.0)  # n exact samples of (scale Id)_# eta*
//   nwgf.score(points, d=2, r=1.0, t=0.6, scheme="backward", tau=0.05, t0=0.0, samples=None)
//     -> {"n", "t", "exact_scale", "scheme_scale", "particles": Metrics, "chain": Metrics|None}
//     as a cell's step record (suite/study/run_cell.h); non-finite numbers and a missing scheme
//     iterate are None. points: N x d float64 C-contiguous arrays are read in place (no copy);
//     float32 or strided arrays are converted to float64 first (the metrics are computed in
//     float64). Bad input raises ValueError naming the value.
//   nwgf.score_line(points, start="dirac:0", target="diracs:-1;1", t=0.6, scheme="backward",
//                   tau=0.05, t0=0.0, samples=None)
//     -> {"n", "t", "scheme_w2_to_flow", "scheme_mmd_to_flow", "particles": LineMetrics,
//         "chain": LineMetrics|None}
//     the line family (d = 1, r = 1, toward `target`; docs/math.md section 6), as a line cell's
//     step record (suite/study/line_cell.h) and `nwgf score` of a line run.json
//     (analytic/line/step_scorer.h): points of shape (N,) or (N, 1); start and target are the
//     specs of analytic/line/specs.h (dirac:x, diracs:x1;x2 or x1@w1;x2@w2, uniform:a,b,
//     gaussian:m,s as a target).
//   nwgf.score_radial(points, d=3, r=1.0, start="gaussian:0.3", target="sphere:1", t=0.5,
//                     scheme="backward", tau=0.1, samples=None)
//     -> {"n", "t", "scheme_w2_to_flow", "scheme_mmd_to_flow", "reference_w2_error",
//         "reference_mmd_to_target", "particles": RadialMetrics, "chain": RadialMetrics|None}
//     the radial family (d >= 2, r + d >= 3, toward `target`; docs/math.md section 7), as a radial
//     cell's step record (suite/study/radial_cell.h) and `nwgf score` of a radial run.json: the
//     same references (analytic/radial/run_reference.h run_reference for steps = (t - t0)/tau,
//     t0 = the start's t0 for a start gamma:t0, else 0) and the same metrics
//     (analytic/radial/step_scorer.h); points N x d; start and target are the specs of
//     analytic/radial/radial_measure.h (sphere:R, ball:R, shell:R1,R2, gaussian:s, gamma:t0 as a
//     start, weighted mixtures A@w;B@w). The references are solved on every call (steps stops of
//     the reference flow and of the exact iterate): score several point sets of one step in one
//     call through samples, or use `nwgf score` on a run folder for a whole run. A reference that
//     stops (mass at the origin, its time or step budget) raises RuntimeError with the reason.
//   nwgf.self_convergence(solutions, taus, r=1.0, floor=None, seed=0)
//     -> {"taus", "points", "d", "verdict_distance": "w2", "status", "reason",
//         "distances": {"w2": D, "mmd": D}}, D = {"method", "directions", "differences": [E_i],
//         "floor": f | None, "analysis": {status, reason, ratio, differences, floors, at_floor,
//         successive_orders, observed_order, order_stderr, order_points, richardson_error,
//         gci_fine, gci_coarse, asymptotic_ratio}}
//     the self-convergence of one solver's solutions at T for nested step sizes (as `nwgf score
//     RUN_1 RUN_2 RUN_3` at T; docs/math.md 8.14-8.15): solutions[i] (N x d, one N and d for all)
//     the particles at T of the run with step size taus[i] (decreasing, one ratio, at least
//     three; the same seed: coupled runs); floor: the particles at T of a run at the finest step
//     size with another seed (the noise floor: the distance between the two; None: "no floor
//     given"). E_i = D(solutions[i], solutions[i + 1]) for D = W2 (sorted in d = 1, exact
//     assignment up to 4096 points, sliced beyond with `seed`; analytic/point_set_w2.h) and the
//     exact MMD of the Riesz kernel with exponent r; the analysis is analytic::self_convergence
//     (analytic/self_convergence.h). The verdict (status, reason) is the W2 analysis's. Fewer than
//     three solutions, solutions of different shapes, step sizes not nested: ValueError.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "analytic/flow.h"
#include "analytic/format_value.h"
#include "analytic/profile.h"
#include "analytic/line/specs.h"
#include "analytic/line/step_scorer.h"
#include "analytic/radial/radial_measure.h"
#include "analytic/radial/run_reference.h"
#include "analytic/radial/sphere_kernel.h"
#include "analytic/radial/step_scorer.h"
#include "analytic/step_metrics.h"
#include "analytic/empirical_error.h"
#include "analytic/point_set_w2.h"
#include "analytic/self_convergence.h"

namespace py = pybind11;
using namespace pybind11::literals;
namespace an = nwgf::analytic;

namespace {

py::object number_or_none(double v) { return std::isfinite(v) ? py::object(py::float_(v)) : py::object(py::none()); }

py::dict metrics_dict(const an::StepMetrics& m) {
  py::dict out;
  out["n"] = m.n;
  out["mmd"] = number_or_none(m.mmd);
  out["mmd2"] = number_or_none(m.mmd2);
  out["mmd_floor"] = number_or_none(m.mmd_floor);
  out["mmd_to_scheme"] = m.mmd_to_scheme ? number_or_none(*m.mmd_to_scheme) : py::object(py::none());
  out["mmd_to_scheme_floor"] = m.mmd_to_scheme_floor ? number_or_none(*m.mmd_to_scheme_floor) : py::object(py::none());
  out["radial_w2"] = number_or_none(m.radial_w2);
  out["m2_rel_error"] = number_or_none(m.m2_rel_error);
  out["energy_rel_error"] = number_or_none(m.energy_rel_error);
  return out;
}

// A float64, C-contiguous view of `points` (the array itself when it already is one: no copy),
// checked to be N x d with N >= 1 and every value finite.
py::array_t<double, py::array::c_style> as_points(const py::handle& points, int d, const char* name) {
  if (!py::isinstance<py::array>(points))
    throw py::value_error(std::string(name) + " must be a NumPy array of shape (N, d)");
  const py::array a = py::reinterpret_borrow<py::array>(points);
  const char kind = a.dtype().kind();
  if (kind != 'f' || (a.itemsize() != 4 && a.itemsize() != 8))
    throw py::value_error(std::string(name) + " must be float32 or float64, not " +
                          std::string(py::str(a.dtype())));
  if (a.ndim() != 2 || a.shape(1) != d)
    throw py::value_error(std::string(name) + " must have shape (N, d) with d = " + std::to_string(d) + ", not " +
                          std::string(py::str(points.attr("shape"))));
  if (a.shape(0) < 1) throw py::value_error(std::string(name) + " is empty (0 points)");
  auto x = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(a);
  if (!x) throw py::value_error(std::string(name) + " cannot be read as float64");
  const double* p = x.data();
  const std::size_t count = static_cast<std::size_t>(x.size());
  for (std::size_t i = 0; i < count; ++i)
    if (!std::isfinite(p[i]))
      throw py::value_error(std::string(name) + ": point " + std::to_string(i / d) + " coordinate " +
                            std::to_string(i % d) + " is not finite");
  return x;
}

std::optional<an::ExactScheme> scheme_of(const std::string& scheme) {
  if (scheme == "backward") return an::ExactScheme::Jko;
  if (scheme == "forward") return an::ExactScheme::Euler;
  if (scheme == "other") return std::nullopt;
  throw py::value_error("scheme '" + scheme + "' is not one of backward, forward, other");
}

py::dict score(const py::handle& points, int d, double r, double t, const std::string& scheme, double tau, double t0,
               const py::handle& samples) {
  an::check_dimension_and_exponent(d, r);
  const std::optional<an::ExactScheme> exact = scheme_of(scheme);
  int n = 0;
  try {
    n = an::step_count(t0, t, tau);
  } catch (const std::invalid_argument& e) {
    throw py::value_error(std::string("t must be t0 + n tau for a whole n >= 1: ") + e.what());
  }
  const auto x = as_points(points, d, "points");
  std::optional<py::array_t<double, py::array::c_style>> y;
  if (!samples.is_none()) y = as_points(samples, d, "samples");
  const an::StepScorer scorer(d, r, tau, t0, n, exact);
  an::StepMetrics mp, mc;
  {
    py::gil_scoped_release release;  // the arrays are kept alive by x and y
    mp = scorer.metrics(n, x.data(), static_cast<std::size_t>(x.shape(0)));
    if (y) mc = scorer.metrics(n, y->data(), static_cast<std::size_t>(y->shape(0)));
  }
  py::dict out;
  out["n"] = n;
  out["t"] = scorer.time(n);
  out["exact_scale"] = scorer.exact_scale(n);
  const std::optional<double> a_scheme = scorer.scheme_scale(n);
  out["scheme_scale"] = a_scheme ? py::object(py::float_(*a_scheme)) : py::object(py::none());
  out["particles"] = metrics_dict(mp);
  out["chain"] = y ? py::object(metrics_dict(mc)) : py::object(py::none());
  return out;
}

namespace line = nwgf::analytic::line;

py::dict line_metrics_dict(const line::LineStepMetrics& m) {
  const auto optional = [](const std::optional<double>& v) { return v ? number_or_none(*v) : py::object(py::none()); };
  py::dict out;
  out["n"] = m.n;
  out["w2"] = number_or_none(m.w2);
  out["mmd"] = number_or_none(m.mmd);
  out["mmd2"] = number_or_none(m.mmd2);
  out["mmd_floor"] = number_or_none(m.mmd_floor);
  out["w2_to_scheme"] = optional(m.w2_to_scheme);
  out["mmd_to_scheme"] = optional(m.mmd_to_scheme);
  out["mmd_to_scheme_floor"] = optional(m.mmd_to_scheme_floor);
  out["mmd_to_target"] = number_or_none(m.mmd_to_target);
  return out;
}

// Points of the line: shape (N,) or (N, 1), as float64 values (a copy), each finite.
std::vector<double> line_points(const py::handle& points, const char* name) {
  if (!py::isinstance<py::array>(points))
    throw py::value_error(std::string(name) + " must be a NumPy array of shape (N,) or (N, 1)");
  const py::array a = py::reinterpret_borrow<py::array>(points);
  if (a.ndim() == 2 && a.shape(1) == 1) return line_points(a.attr("reshape")(-1), name);
  if (a.ndim() != 1)
    throw py::value_error(std::string(name) + " must have shape (N,) or (N, 1) on the line, not " +
                          std::string(py::str(points.attr("shape"))));
  const auto x = as_points(a.attr("reshape")(-1, 1), 1, name);
  return std::vector<double>(x.data(), x.data() + x.size());
}

py::dict score_line(const py::handle& points, const std::string& start, const std::string& target, double t,
                    const std::string& scheme, double tau, double t0, const py::handle& samples) {
  const std::optional<an::ExactScheme> exact = scheme_of(scheme);
  // Spec errors are std::invalid_argument, which pybind11 raises as ValueError.
  line::LineMeasure mu0 = line::parse_line_measure(start, line::LineRole::kStart, "start");
  line::LineMeasure nu = line::parse_line_measure(target, line::LineRole::kTarget, "target");
  int n = 0;
  try {
    n = an::step_count(t0, t, tau);
  } catch (const std::invalid_argument& e) {
    throw py::value_error(std::string("t must be t0 + n tau for a whole n >= 1: ") + e.what());
  }
  const std::vector<double> x = line_points(points, "points");
  std::optional<std::vector<double>> y;
  if (!samples.is_none()) y = line_points(samples, "samples");
  py::dict out;
  line::LineStepMetrics mp, mc;
  std::optional<double> w2_flow, mmd_flow;
  double time = 0;
  {
    py::gil_scoped_release release;
    const line::LineStepScorer scorer(std::move(mu0), std::move(nu), tau, t0, n, exact);
    const line::LineStepReference reference = scorer.reference(n);
    mp = reference.metrics(x);
    if (y) mc = reference.metrics(*y);
    w2_flow = reference.scheme_w2_to_flow();
    mmd_flow = reference.scheme_mmd_to_flow();
    time = reference.time();
  }
  out["n"] = n;
  out["t"] = time;
  out["scheme_w2_to_flow"] = w2_flow ? number_or_none(*w2_flow) : py::object(py::none());
  out["scheme_mmd_to_flow"] = mmd_flow ? number_or_none(*mmd_flow) : py::object(py::none());
  out["particles"] = line_metrics_dict(mp);
  out["chain"] = y ? py::object(line_metrics_dict(mc)) : py::object(py::none());
  return out;
}

namespace radial = nwgf::analytic::radial;

// The keys and values of a radial cell's metrics object (suite/study/radial_cell.cc
// radial_metrics_json): non-finite numbers and absent scheme or target metrics None.
py::dict radial_metrics_dict(const radial::RadialStepMetrics& m) {
  const auto optional = [](const std::optional<double>& v) { return v ? number_or_none(*v) : py::object(py::none()); };
  py::dict out;
  out["n"] = m.n;
  out["radial_w2"] = number_or_none(m.radial_w2);
  out["mmd"] = number_or_none(m.mmd);
  out["mmd2"] = number_or_none(m.mmd2);
  out["mmd_floor"] = number_or_none(m.mmd_floor);
  out["w2_to_scheme"] = optional(m.w2_to_scheme);
  out["mmd_to_scheme"] = optional(m.mmd_to_scheme);
  out["mmd_to_scheme_floor"] = optional(m.mmd_to_scheme_floor);
  out["mmd_to_target"] = optional(m.mmd_to_target);
  out["m2_rel_error"] = number_or_none(m.m2_rel_error);
  out["energy_rel_error"] = number_or_none(m.energy_rel_error);
  return out;
}


py::dict score_radial(const py::handle& points, int d, double r, const std::string& start, const std::string& target,
                      double t, const std::string& scheme, double tau, const py::handle& samples) {
  const std::optional<an::ExactScheme> exact = scheme_of(scheme);
  // The domain (d >= 2, r + d >= 3) and spec errors are std::invalid_argument: ValueError.
  auto mu0 = std::make_shared<radial::RadialMeasure>(
      radial::parse_radial_measure(start, d, r, radial::RadialRole::kStart, "start"));
  auto nu = std::make_shared<radial::RadialMeasure>(
      radial::parse_radial_measure(target, d, r, radial::RadialRole::kTarget, "target"));
  const double t0 = mu0->start_time();
  int n = 0;
  try {
    n = an::step_count(t0, t, tau);
  } catch (const std::invalid_argument& e) {
    throw py::value_error("t must be t0 + n tau for a whole n >= 1 (t0 = " + an::format_double(t0) +
                          ", the start's time): " + e.what());
  }
  // The reference keeps a stop at every t_k, k <= n, and reference_flow takes at most 100000
  // (analytic/radial/reference_flow.h): refused here before run_reference allocates n stops.
  constexpr int kMaxRadialSteps = 100000;
  if (n > kMaxRadialSteps)
    throw py::value_error("n = (t - t0)/tau = " + std::to_string(n) + " is outside the allowed range [1, " +
                          std::to_string(kMaxRadialSteps) + "] (the radial reference stops at every step)");
  const auto x = as_points(points, d, "points");
  std::optional<py::array_t<double, py::array::c_style>> y;
  if (!samples.is_none()) y = as_points(samples, d, "samples");
  radial::RadialStepMetrics mp, mc;
  std::optional<double> w2_flow, mmd_flow;
  double time = 0, w2_error = 0, reference_mmd_to_target = 0;
  {
    py::gil_scoped_release release;  // the arrays are kept alive by x and y
    // The one computation of a run's references (analytic/radial/run_reference.h), for the steps
    // up to n: the flow's stops t_1..t_n are those of a run scored to any later T, so step n gets
    // the numbers `nwgf score` and a radial cell give it.
    const radial::RadialProblem problem{d, r, mu0, nu};
    const radial::RunReference run = radial::run_reference(problem, tau, n, exact);
    const radial::SphereKernel kernel(d, r);
    const radial::RadialStepScorer scorer = radial::step_scorer(run, kernel, n);
    mp = scorer.metrics(x.data(), static_cast<std::size_t>(x.shape(0)));
    if (y) mc = scorer.metrics(y->data(), static_cast<std::size_t>(y->shape(0)));
    w2_flow = scorer.scheme_w2_to_flow();
    mmd_flow = scorer.scheme_mmd_to_flow();
    const radial::RadialSnapshot& flow = run.flow.snapshots.at(static_cast<std::size_t>(n - 1));
    time = t0 + flow.t;
    w2_error = flow.w2_error;
    reference_mmd_to_target = flow.mmd_to_target;
  }
  py::dict out;
  out["n"] = n;
  out["t"] = time;
  out["scheme_w2_to_flow"] = w2_flow ? number_or_none(*w2_flow) : py::object(py::none());
  out["scheme_mmd_to_flow"] = mmd_flow ? number_or_none(*mmd_flow) : py::object(py::none());
  out["reference_w2_error"] = number_or_none(w2_error);
  out["reference_mmd_to_target"] = number_or_none(reference_mmd_to_target);
  out["particles"] = radial_metrics_dict(mp);
  out["chain"] = y ? py::object(radial_metrics_dict(mc)) : py::object(py::none());
  return out;
}

py::object optional_or_none(const std::optional<double>& v) { return v ? number_or_none(*v) : py::object(py::none()); }

py::dict self_convergence_dict(const an::SelfConvergence& a) {
  py::list successive, at_floor;
  for (double p : a.successive_orders) successive.append(number_or_none(p));
  for (bool b : a.at_floor) at_floor.append(b);
  const bool fitted = a.fit.points >= 2;
  py::dict out;
  out["status"] = an::self_convergence_status_name(a.status);
  out["reason"] = a.reason;
  out["ratio"] = a.ratio;
  out["differences"] = a.differences;
  out["floors"] = a.floors;
  out["at_floor"] = at_floor;
  out["successive_orders"] = successive;
  out["observed_order"] = fitted ? number_or_none(a.fit.order) : py::object(py::none());
  out["order_stderr"] = fitted ? number_or_none(a.fit.order_stderr) : py::object(py::none());
  out["order_points"] = a.fit.points;
  out["richardson_error"] = optional_or_none(a.richardson_error);
  out["gci_fine"] = optional_or_none(a.gci_fine);
  out["gci_coarse"] = optional_or_none(a.gci_coarse);
  out["asymptotic_ratio"] = optional_or_none(a.asymptotic_ratio);
  return out;
}

// The reason an analysis gives without a second seed (suite/study/solution_self_convergence.h
// kNoFloorGiven: the same words as `nwgf score` and `nwgf flow --taus`).
constexpr const char* kNoFloorGiven = "no floor given";

py::dict self_convergence(const py::list& solutions, const std::vector<double>& taus, double r,
                          const py::handle& floor, std::uint64_t seed) {
  if (solutions.size() < 3)
    throw py::value_error("solutions: " + std::to_string(solutions.size()) +
                          " given, at least 3 needed (one per step size)");
  if (solutions.size() != taus.size())
    throw py::value_error("taus: " + std::to_string(taus.size()) + " step sizes for " +
                          std::to_string(solutions.size()) + " solutions");
  if (!(r > 0 && r < 2)) throw py::value_error("r = " + an::format_double(r) + " is outside the allowed range (0, 2)");
  const py::handle first = solutions[0];
  if (!py::isinstance<py::array>(first) || py::reinterpret_borrow<py::array>(first).ndim() != 2)
    throw py::value_error("solutions[0] must be a NumPy array of shape (N, d)");
  const int d = static_cast<int>(py::reinterpret_borrow<py::array>(first).shape(1));
  if (d < 1) throw py::value_error("solutions[0] has d = 0 columns");
  std::vector<py::array_t<double, py::array::c_style>> x;
  for (std::size_t i = 0; i < solutions.size(); ++i)
    x.push_back(as_points(solutions[i], d, ("solutions[" + std::to_string(i) + "]").c_str()));
  std::optional<py::array_t<double, py::array::c_style>> y;
  if (!floor.is_none()) y = as_points(floor, d, "floor");
  const auto n = x.front().shape(0);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i].shape(0) != n)
      throw py::value_error("solutions[" + std::to_string(i) + "] has " + std::to_string(x[i].shape(0)) +
                            " points, solutions[0] " + std::to_string(n) + ": one N for all");
  if (y && y->shape(0) != n)
    throw py::value_error("floor has " + std::to_string(y->shape(0)) + " points, the solutions " + std::to_string(n));
  const std::size_t count = static_cast<std::size_t>(n);
  py::dict distances;
  py::object status, reason;
  for (const char* which : {"w2", "mmd"}) {
    const bool w2 = std::string(which) == "w2";
    std::string method = "exact pair sums";
    int directions = 0;
    const auto distance = [&](const double* a, const double* b) {
      if (!w2) return std::sqrt(std::max(an::empirical_mmd2(a, count, b, count, d, r), 0.0));
      an::SlicedW2Options options;
      options.seed = seed;
      const an::PointSetW2 w = an::point_set_w2(a, b, count, d, options);
      method = an::point_set_w2_method_name(w.method);
      directions = w.directions;
      return w.w2;
    };
    std::vector<double> e;
    std::optional<double> f;
    an::SelfConvergence a;
    {
      py::gil_scoped_release release;  // the arrays are kept alive by x and y
      for (std::size_t i = 0; i + 1 < x.size(); ++i) e.push_back(distance(x[i].data(), x[i + 1].data()));
      if (y) f = distance(x.back().data(), y->data());
      a = an::self_convergence({taus, {e}, {f.value_or(0.0)}});  // std::invalid_argument: ValueError
    }
    if (!f) a.reason = a.reason.empty() ? kNoFloorGiven : std::string(kNoFloorGiven) + "; " + a.reason;
    py::dict entry;
    entry["method"] = method;
    entry["directions"] = directions;
    entry["differences"] = e;
    entry["floor"] = f ? py::object(py::float_(*f)) : py::object(py::none());
    entry["analysis"] = self_convergence_dict(a);
    distances[which] = entry;
    if (w2) {
      status = py::str(an::self_convergence_status_name(a.status));
      reason = py::str(a.reason);
    }
  }
  py::dict out;
  out["taus"] = taus;
  out["points"] = count;
  out["d"] = d;
  out["verdict_distance"] = "w2";
  out["status"] = status;
  out["reason"] = reason;
  out["distances"] = distances;
  return out;
}

}  // namespace

PYBIND11_MODULE(nwgf, m) {
  m.doc() = "nwgf: closed forms and exact metrics of Wasserstein gradient flows of Riesz-kernel MMD functionals";
  m.def(
      "profile",
      [](int d, double r) {
        const an::Profile p = an::make_profile(d, r);
        return py::dict("d"_a = p.d, "r"_a = p.r, "regime"_a = an::regime_name(p.regime), "radius"_a = p.radius,
                        "exponent"_a = number_or_none(p.exponent), "m2"_a = p.m2, "energy"_a = p.energy,
                        "potential_constant"_a = p.potential_constant);
      },
      "The profile eta* of the flow from delta_0 (docs/math.md section 3.1)", "d"_a = 2, "r"_a = 1.0);
  m.def("flow_scale", &an::flow_scale, "a(t) = ((2 - r) t)^(1/(2 - r)) of the exact flow", "r"_a, "t"_a);
  m.def("jko_step", &an::jko_step, "one JKO step: the positive root of a - tau a^(r-1) = a_prev", "r"_a, "tau"_a,
        "a_prev"_a);
  m.def("forward_step", &an::forward_step, "one explicit Euler step a + tau a^(r-1)", "r"_a, "tau"_a, "a_prev"_a);
  m.def("jko_scales", &an::jko_scales, "a_0..a_steps of the exact JKO scheme", "r"_a, "tau"_a, "steps"_a,
        "a0"_a = 0.0);
  m.def("forward_scales", &an::forward_scales, "a_0..a_steps of the exact explicit Euler scheme", "r"_a, "tau"_a,
        "steps"_a, "a0"_a);
  m.def("step_count", &an::step_count, "n = (t - t0)/tau, checked to be whole", "t0"_a, "t"_a, "tau"_a);
  m.def(
      "sample_profile",
      [](int d, double r, std::size_t n, std::uint64_t seed, double scale) {
        const an::Profile p = an::make_profile(d, r);
        std::vector<double> s = an::sample_profile(p, n, seed);
        py::array_t<double> out({static_cast<py::ssize_t>(n), static_cast<py::ssize_t>(d)});
        double* o = out.mutable_data();
        for (std::size_t i = 0; i < s.size(); ++i) o[i] = scale * s[i];
        return out;
      },
      "n exact i.i.d. samples of (scale Id)_# eta* (N x d float64)", "d"_a, "r"_a, "n"_a, "seed"_a = 0,
      "scale"_a = 1.0);
  m.def("score", &score,
        "Exact metrics of points (N x d) at t = t0 + n tau against gamma(t) and the exact scheme iterate, as a "
        "cell's step record; samples: optional fresh samples, scored as the record's 'chain'",
        "points"_a, "d"_a = 2, "r"_a = 1.0, "t"_a = 0.6, "scheme"_a = "backward", "tau"_a = 0.05, "t0"_a = 0.0,
        "samples"_a = py::none());
  m.def("score_line", &score_line,
        "Exact metrics of points on the line (N or N x 1) at t = t0 + n tau against the exact flow toward target "
        "(d = 1, r = 1) and the exact scheme iterate, as a line cell's step record; samples: optional fresh "
        "samples, scored as the record's 'chain'",
        "points"_a, "start"_a = "dirac:0", "target"_a = "diracs:-1;1", "t"_a = 0.6, "scheme"_a = "backward",
        "tau"_a = 0.05, "t0"_a = 0.0, "samples"_a = py::none());
  m.def("score_radial", &score_radial,
        "Exact metrics of points (N x d) of the radial family (d >= 2, r + d >= 3) at t = t0 + n tau against the "
        "reference flow toward target and the exact scheme iterate (t0: the start's, for gamma:t0; else 0), as a "
        "radial cell's step record; samples: optional fresh samples, scored as the record's 'chain'",
        "points"_a, "d"_a = 3, "r"_a = 1.0, "start"_a = "gaussian:0.3", "target"_a = "sphere:1", "t"_a = 0.5,
        "scheme"_a = "backward", "tau"_a = 0.1, "samples"_a = py::none());
  m.def("self_convergence", &self_convergence,
        "Self-convergence of one solver's solutions at T for nested step sizes (N x d arrays, one per tau, "
        "coupled by one seed): W2 and MMD between successive solutions, observed orders, Richardson estimate of "
        "the finest run's error, GCI, asymptotic ratio; floor: a finest-tau run with another seed (the noise floor)",
        "solutions"_a, "taus"_a, "r"_a = 1.0, "floor"_a = py::none(), "seed"_a = 0);
}
