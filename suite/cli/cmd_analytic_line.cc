// `nwgf analytic --family line` (suite/cli/analytic_line.h). The JSON printed:
//   {"family": "line", "start": START, "target": TARGET, "t": t, "levels": [s...],
//    "flow": {"quantiles": [Q(t, s)...], "mmd_to_target": D(mu_t, nu)},
//    "jko": {"tau", ["t0",] "steps", "quantiles": [...], "w2_to_flow": W2(mu_n, mu_t)},
//    "forward": {"tau", ["t0",] "steps", "quantiles": [...], "w2_to_flow": ...}}
// ("jko" and "forward" only with --tau; "t0" only with --t0). The flow and the JKO iterate
// are exact pointwise in s (docs/math.md sections 6.2, 6.3); the explicit Euler iterate is
// computed on EulerOptions::levels equally spaced levels with the rearrangement, and its
// quantiles interpolate linearly between them (analytic/line/flow.h).
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytic/flow.h"
#include "analytic/format_value.h"
#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/scales.h"
#include "suite/cli/analytic_line.h"
#include "suite/common/errors.h"
#include "suite/common/message_limits.h"
#include "analytic/line/specs.h"
#include "suite/study/line_spec_files.h"

namespace nwgf::suite {

namespace {

namespace line = analytic::line;
using line::LineRole;
using line::parse_line_levels;
using line::parse_line_measure;
using analytic::format_double;

struct SchemeQuantiles {
  double tau = 0.0, t0 = 0.0;
  int steps = 0;
  std::vector<double> quantiles;
  double w2_to_flow = 0.0;
};

std::string shortest(double v) { return fmt::format("{}", v); }

nlohmann::ordered_json scheme_json(const SchemeQuantiles& s, bool with_t0) {
  nlohmann::ordered_json j;
  j["tau"] = s.tau;
  if (with_t0) j["t0"] = s.t0;
  j["steps"] = s.steps;
  j["quantiles"] = s.quantiles;
  j["w2_to_flow"] = s.w2_to_flow;
  return j;
}

}  // namespace

void run_analytic_line(const LineAnalyticArgs& args) {
  // Every input is checked (and every number computed) before anything is printed.
  const auto start = std::make_shared<line::LineMeasure>(
      parse_line_measure(args.start, LineRole::kStart, "--start", &line_spec_files()));
  const line::LineMeasure target = parse_line_measure(args.target, LineRole::kTarget, "--target", &line_spec_files());
  const std::vector<double> levels = parse_line_levels(args.levels, "--levels");
  if (!(args.t >= 0.0) || !std::isfinite(args.t))
    throw UsageError("--t " + format_double(args.t) + " is outside the allowed range [0, inf)");
  const double t0 = args.t0.value_or(0.0);
  if (args.t0 && (!(t0 >= 0.0) || !(t0 < args.t)))
    throw UsageError("--t0 " + format_double(t0) + " is outside the allowed range [0, t) with t = " +
                     format_double(args.t));
  if (args.t0 && !args.tau) throw UsageError("--t0 " + format_double(t0) + " needs --tau (it is the schemes' start time)");
  if (args.tau && (!(*args.tau > 0.0) || !std::isfinite(*args.tau)))
    throw UsageError("--tau " + format_double(*args.tau) + " is outside the allowed range (0, inf)");
  int steps = 0;
  if (args.tau) {
    try {
      steps = analytic::step_count(t0, args.t, *args.tau);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--tau/--t/--t0: ") + e.what());
    }
  }

  // Scales the exact flow and the iterates resolve in bounded time (analytic/line/scales.h).
  const std::string scale = line::scale_problem(*start, target, args.t);
  if (!scale.empty())
    throw UsageError("--start " + excerpt(args.start) + ", --target " + excerpt(args.target) + ", --t " +
                     format_double(args.t) + ": " + scale);

  const line::FlowLaw flow(start, target, args.t);
  std::vector<double> flow_q;
  for (double s : levels) flow_q.push_back(flow.quantile(s));
  const double mmd_to_target = std::sqrt(line::mmd_squared(flow, target));

  std::optional<SchemeQuantiles> jko, forward;
  if (args.tau) {
    const double tau = *args.tau;
    // The schemes start from the exact flow at t0 (the start itself when t0 = 0).
    std::shared_ptr<const line::LineLaw> scheme_start = start;
    if (t0 > 0.0) scheme_start = std::make_shared<line::FlowLaw>(start, target, t0);
    SchemeQuantiles base;
    base.tau = tau;
    base.t0 = t0;
    base.steps = steps;
    SchemeQuantiles j = base, f = base;
    const line::JkoLaw jko_law(scheme_start, target, tau, steps);
    for (double s : levels) j.quantiles.push_back(jko_law.quantile(s));
    j.w2_to_flow = std::sqrt(line::w2_squared(jko_law, flow));
    jko = j;
    const line::EulerLaw euler(scheme_start, target, tau, steps);  // an unbounded start: pointwise tails
    for (double s : levels) f.quantiles.push_back(euler.quantile(s));
    f.w2_to_flow = std::sqrt(line::w2_squared(euler, flow));
    forward = f;
  }

  if (args.json) {
    nlohmann::ordered_json out;
    out["family"] = "line";
    out["start"] = args.start;
    out["target"] = args.target;
    out["t"] = args.t;
    out["levels"] = levels;
    out["flow"] = {{"quantiles", flow_q}, {"mmd_to_target", mmd_to_target}};
    if (jko) out["jko"] = scheme_json(*jko, args.t0.has_value());
    if (forward) out["forward"] = scheme_json(*forward, args.t0.has_value());
    std::printf("%s\n", out.dump(2).c_str());
    return;
  }
  std::string text;
  text += fmt::format("nwgf analytic --family line: start {}, target {}, t = {} (d = 1, r = 1)\n",
                      args.start, args.target, shortest(args.t));
  text += fmt::format("exact flow: MMD to the target {}\n", shortest(mmd_to_target));
  std::string header = fmt::format("  {:<12} {:>24}", "level s", "flow Q(t, s)");
  if (jko) {
    text += fmt::format("JKO: tau = {}, t0 = {}, {} steps, W2 to the flow {}\n", shortest(jko->tau),
                        shortest(jko->t0), jko->steps, shortest(jko->w2_to_flow));
    text += fmt::format("forward (explicit Euler on {} levels): tau = {}, t0 = {}, {} steps, W2 to the flow {}\n",
                        line::EulerOptions{}.levels, shortest(forward->tau), shortest(forward->t0),
                        forward->steps, shortest(forward->w2_to_flow));
    header += fmt::format(" {:>24} {:>24}", "JKO Q_n(s)", "forward Q_n(s)");
  }
  text += header + "\n";
  for (std::size_t i = 0; i < levels.size(); ++i) {
    text += fmt::format("  {:<12} {:>24}", shortest(levels[i]), shortest(flow_q[i]));
    if (jko) text += fmt::format(" {:>24} {:>24}", shortest(jko->quantiles[i]), shortest(forward->quantiles[i]));
    text += "\n";
  }
  std::fputs(text.c_str(), stdout);
}

}  // namespace nwgf::suite
