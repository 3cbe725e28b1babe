// `nwgf analytic --family radial` (suite/cli/analytic_radial.h). The JSON printed:
//   {"family": "radial", "d", "r", "start", "target" (null without), "t", "t0" (the start's own
//    time: the gamma:t0 start's t0, else 0; the flow runs for t - t0), "levels": [s...],
//    "flow": {"quantiles": [Q(t, s)...], "quantile_errors": [...], "mmd_to_target" (null without a
//             target), "mmd_to_target_error", "w2_error" (of the whole law), "reference_levels",
//             "solve_s"},
//    "jko": {"tau", "steps", "quantiles", "quantile_errors", "w2_to_flow"},
//    "forward": {... the explicit Euler iterate}}
// ("jko" and "forward" only with --tau). Every value is the N-level solve's, its error the
// difference to a 2N-level solve at a tenth of the tolerance times 2 (analytic/radial/
// reference_flow.h, docs/math.md 7.5).
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytic/format_value.h"
#include "analytic/radial/radial_iterates.h"
#include "analytic/radial/radial_measure.h"
#include "analytic/radial/reference_flow.h"
#include "analytic/radial/step_scorer.h"
#include "suite/cli/analytic_radial.h"
#include "suite/common/errors.h"

namespace nwgf::suite {

namespace {

namespace R = analytic::radial;
using analytic::format_double;

nlohmann::ordered_json number_or_null(double v) {
  return std::isfinite(v) ? nlohmann::ordered_json(v) : nlohmann::ordered_json(nullptr);
}


}  // namespace

void run_analytic_radial(const RadialAnalyticArgs& args) {
  // Every input is checked before any work (std::invalid_argument -> UsageError, exit 2).
  std::optional<R::RadialMeasure> start_spec, target_spec;
  std::vector<double> levels;
  bool has_target = !args.target.empty();
  R::ReferenceOptions options;
  try {
    R::check_radial_domain(args.d, args.r);
    if (args.start.empty()) throw std::invalid_argument("--family radial needs --start (sphere:R, ball:R, shell:R1,R2, gaussian:s, gamma:t0, or a mixture mix:A@w|B@w; docs/specs.md)");
    start_spec = R::parse_radial_measure(args.start, args.d, args.r, R::RadialRole::kStart, "--start");
    if (has_target) target_spec = R::parse_radial_measure(args.target, args.d, args.r, R::RadialRole::kTarget, "--target");
    levels = R::parse_radial_levels(args.levels, "--levels");
    options.levels = args.reference_levels;
    options.max_seconds = args.max_seconds;
    options.tolerance = args.tolerance;
    options.validate();
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const double t0 = start_spec->start_time();
  if (!(args.t >= t0) || !std::isfinite(args.t))
    throw UsageError("--t " + format_double(args.t) + " is outside the allowed range [" + format_double(t0) +
                     ", inf)" + (t0 > 0 ? " (the start gamma:t0 is the Dirac family's flow at t0)" : ""));
  int steps = 0;
  if (args.tau) {
    const double n = (args.t - t0) / *args.tau;
    if (!(*args.tau > 0) || !std::isfinite(*args.tau) || !(n >= 0.5) ||
        std::abs(n - std::round(n)) > 1e-9 * std::max(1.0, n) || n > 1e7)
      throw UsageError("--tau " + format_double(*args.tau) + " must be > 0 and divide t - t0 = " +
                       format_double(args.t - t0) + " into a whole number of steps (at most 1e7)");
    steps = static_cast<int>(std::llround(n));
  }

  const auto start_ptr = std::make_shared<R::RadialMeasure>(*start_spec);
  std::shared_ptr<const R::RadialLaw> target_ptr;
  if (has_target) target_ptr = std::make_shared<R::RadialMeasure>(*target_spec);
  const R::RadialProblem problem{args.d, args.r, start_ptr, target_ptr};

  nlohmann::ordered_json out;
  out["family"] = "radial";
  out["d"] = args.d;
  out["r"] = args.r;
  out["start"] = args.start;
  out["target"] = has_target ? nlohmann::ordered_json(args.target) : nlohmann::ordered_json(nullptr);
  out["t"] = args.t;
  out["t0"] = t0;
  out["levels"] = levels;
  std::string table;
  try {
    const R::RadialReference flow = R::reference_flow(problem, {args.t - t0}, levels, options);
    const R::RadialSnapshot& f = flow.snapshots.front();
    nlohmann::ordered_json fj;
    fj["quantiles"] = f.tracer_radii;
    fj["quantile_errors"] = f.tracer_errors;
    fj["mmd_to_target"] = has_target ? number_or_null(f.mmd_to_target) : nlohmann::ordered_json(nullptr);
    fj["mmd_to_target_error"] = has_target ? number_or_null(f.mmd_to_target_error) : nlohmann::ordered_json(nullptr);
    fj["w2_error"] = number_or_null(f.w2_error);
    fj["reference_levels"] = flow.coarse.levels;
    fj["solve_s"] = flow.coarse.seconds + flow.fine.seconds;
    out["flow"] = fj;
    table += fmt::format("radial family d = {}, r = {}: {} -> {}, t = {} (from t0 = {}); reference on {} levels "
                         "(error estimates from {} levels), W2 error {:.2e}\n",
                         args.d, format_double(args.r), args.start, has_target ? args.target : "(no target)",
                         format_double(args.t), format_double(t0), flow.coarse.levels, flow.fine.levels, f.w2_error);
    if (has_target) table += fmt::format("MMD to the target {:.10g} +- {:.2e}\n", f.mmd_to_target, f.mmd_to_target_error);
    table += "level       Q(t, s)               error";
    std::vector<std::vector<double>> scheme_columns;
    if (steps > 0) {
      for (const auto& [key, scheme] : {std::pair{"jko", R::RadialScheme::kJko},
                                        std::pair{"forward", R::RadialScheme::kExplicitEuler}}) {
        const R::RadialReference it = R::radial_iterates(problem, scheme, *args.tau, {steps}, levels, options);
        const R::RadialSnapshot& s = it.snapshots.front();
        nlohmann::ordered_json sj;
        sj["tau"] = *args.tau;
        sj["steps"] = steps;
        sj["quantiles"] = s.tracer_radii;
        sj["quantile_errors"] = s.tracer_errors;
        sj["w2_to_flow"] = std::sqrt(R::level_law_w2_squared(s.law, f.law));
        out[key] = sj;
        table += fmt::format("   {} (W2 to flow {:.3e})", key, sj["w2_to_flow"].get<double>());
        scheme_columns.push_back(s.tracer_radii);
      }
    }
    table += "\n";
    for (std::size_t i = 0; i < levels.size(); ++i) {
      table += fmt::format("{:<10}  {:<20.15g}  {:.2e}", format_double(levels[i]), f.tracer_radii[i],
                           f.tracer_errors.empty() ? NAN : f.tracer_errors[i]);
      for (const auto& column : scheme_columns) table += fmt::format("   {:.15g}", column[i]);
      table += "\n";
    }
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  // std::runtime_error (mass at the origin, the budget) propagates: exit 1 with its reason.
  if (args.json) std::printf("%s\n", out.dump(1).c_str());
  else std::printf("%s", table.c_str());
}

}  // namespace nwgf::suite
