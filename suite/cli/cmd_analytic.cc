// `nwgf analytic`: the closed forms of analytic/ for one (d, r, t): the profile eta*, the exact
// flow gamma(t) = (a(t) Id)_# eta*, and with --tau the exact JKO and forward iterates at t
// (docs/math.md sections 3.1-3.3). The JSON shape is documented in --help and docs/architecture.md.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytic/flow.h"
#include "analytic/format_value.h"
#include "analytic/profile.h"
#include "suite/cli/analytic_line.h"
#include "suite/cli/analytic_radial.h"
#include "suite/common/errors.h"
#include "suite/cli/commands.h"
#include "suite/common/format.h"

namespace nwgf::suite {

namespace {

struct AnalyticArgs {
  int d = 2;            // dimension, >= 1
  double r = 1.0;       // Riesz exponent, in (0, 2)
  double t = 1.0;       // time of the exact flow, >= 0
  std::optional<double> tau;  // step size of the schemes (both reported only with --tau)
  std::optional<double> t0;   // start time of the schemes (default 0: a Dirac)
  bool json = false;
};

struct SchemeResult {
  double tau = 0, t0 = 0;
  int steps = 0;
  double scale = 0, rel_error = 0;
};

nlohmann::ordered_json scheme_json(const SchemeResult& s, bool with_t0) {
  nlohmann::ordered_json j;
  j["tau"] = s.tau;
  if (with_t0) j["t0"] = s.t0;
  j["steps"] = s.steps;
  j["scale"] = s.scale;
  j["rel_error"] = s.rel_error;
  return j;
}

// Numbers (suite/common/format.h): values named in messages with 17 digits (format_double),
// printed results in their shortest exact form (format_shortest).
void run_analytic(const AnalyticArgs& args) {
  // Every input is checked (and every number computed) before anything is printed.
  analytic::check_dimension_and_exponent(args.d, args.r);
  if (!(args.t >= 0.0) || !std::isfinite(args.t))
    throw UsageError("--t " + format_double(args.t) + " is outside the allowed range [0, inf)");
  const double t0 = args.t0.value_or(0.0);
  if (args.t0 && (!(t0 >= 0.0) || !(t0 < args.t)))
    throw UsageError("--t0 " + format_double(t0) + " is outside the allowed range [0, t) with t = " +
                     format_double(args.t));
  if (args.tau && (!(*args.tau > 0.0) || !std::isfinite(*args.tau)))
    throw UsageError("--tau " + format_double(*args.tau) + " is outside the allowed range (0, inf)");

  const analytic::Profile p = analytic::make_profile(args.d, args.r);  // refuses r too near 2 (M2 overflows)
  // The flow at t, and with --tau the schemes' times from their first step, within double range.
  if (args.t > 0)
    analytic::check_flow_resolved(p, args.tau ? std::min(analytic::first_scored_time(t0, *args.tau), args.t) : args.t, args.t);
  const double a = analytic::flow_scale(args.r, args.t);

  std::optional<SchemeResult> jko, forward;
  if (args.tau) {
    const double tau = *args.tau;
    SchemeResult base;
    base.tau = tau;
    base.t0 = t0;
    base.steps = analytic::step_count(t0, args.t, tau);
    const double a0 = analytic::flow_scale(args.r, t0);
    SchemeResult j = base;
    j.scale = analytic::jko_scales(args.r, tau, base.steps, a0).back();
    j.rel_error = std::abs(j.scale - a) / a;
    jko = j;
    if (args.r == 1.0 || args.t0) {
      SchemeResult f = base;
      // Throws (exit 2, with the reason) for a Dirac start with r != 1.
      f.scale = analytic::forward_scales(args.r, tau, base.steps, a0).back();
      f.rel_error = std::abs(f.scale - a) / a;
      forward = f;
    }
  }

  const bool sphere = p.regime == analytic::Regime::Sphere;
  if (args.json) {
    nlohmann::ordered_json out;
    out["d"] = args.d;
    out["r"] = args.r;
    out["t"] = args.t;
    out["profile"] = {{"regime", analytic::regime_name(p.regime)},
                      {"radius", p.radius},
                      {"exponent", sphere ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(p.exponent)},
                      {"m2", p.m2},
                      {"energy", p.energy}};
    out["exact"] = {{"scale", a},
                    {"support_radius", a * p.radius},
                    {"m2", a * a * p.m2},
                    {"energy", std::pow(a, args.r) * p.energy}};
    if (jko) out["jko"] = scheme_json(*jko, args.t0.has_value());
    if (forward) out["forward"] = scheme_json(*forward, true);
    std::printf("%s\n", out.dump(2).c_str());
    return;
  }
  std::string text;
  text += fmt::format("nwgf analytic: d = {}, r = {}, t = {}\n", args.d, format_shortest(args.r), format_shortest(args.t));
  text += fmt::format("profile eta* ({} regime)\n", analytic::regime_name(p.regime));
  text += fmt::format("  {:<16} {}\n", sphere ? "radius R" : "radius s", format_shortest(p.radius));
  text += fmt::format("  {:<16} {}\n", "exponent gamma", sphere ? std::string("-") : format_shortest(p.exponent));
  text += fmt::format("  {:<16} {}\n", "M2", format_shortest(p.m2));
  text += fmt::format("  {:<16} {}\n", "energy E", format_shortest(p.energy));
  text += fmt::format("exact flow gamma(t) = (a(t) Id)_# eta*\n");
  text += fmt::format("  {:<16} {}\n", "scale a(t)", format_shortest(a));
  text += fmt::format("  {:<16} {}\n", "support radius", format_shortest(a * p.radius));
  text += fmt::format("  {:<16} {}\n", "M2", format_shortest(a * a * p.m2));
  text += fmt::format("  {:<16} {}\n", "energy", format_shortest(std::pow(a, args.r) * p.energy));
  auto scheme_rows = [&](const char* name, const SchemeResult& s) {
    text += fmt::format("{} scheme: tau = {}, t0 = {}, {} steps\n", name, format_shortest(s.tau), format_shortest(s.t0),
                        s.steps);
    text += fmt::format("  {:<16} {}\n", "scale a_n", format_shortest(s.scale));
    text += fmt::format("  {:<16} {}\n", "|a_n - a|/a", format_shortest(s.rel_error));
  };
  if (jko) scheme_rows("JKO (backward)", *jko);
  if (forward) scheme_rows("forward (explicit Euler)", *forward);
  if (args.tau && !forward)
    text += "forward scheme: not run (from a Dirac it is defined only for r = 1; give --t0 > 0)\n";
  std::fputs(text.c_str(), stdout);
}

}  // namespace

void add_analytic_command(CLI::App& app) {
  auto args = std::make_shared<AnalyticArgs>();
  auto line_args = std::make_shared<LineAnalyticArgs>();
  auto family = std::make_shared<std::string>("dirac");
  auto tau = std::make_shared<double>(0.0);
  auto t0 = std::make_shared<double>(0.0);
  CLI::App* cmd = app.add_subcommand(
      "analytic",
      "Closed forms: the profile eta*, the exact flow a(t), and the exact JKO/forward iterates; "
      "with --family line the exact flow toward a target on the line (d = 1, r = 1)");
  cmd->add_option("--family", *family,
                  "dirac (or dilation): F = E from delta_0 in any d, r (docs/math.md section 3); line: "
                  "F_nu = E + V_nu toward a target on R, d = 1, r = 1 (section 6); radial: toward a radial "
                  "target in R^d, d >= 2, r + d >= 3, a certified numerical reference (section 7)")
      ->capture_default_str();
  auto radial_args = std::make_shared<RadialAnalyticArgs>();
  CLI::Option* reference_levels_opt = cmd->add_option(
      "--reference-levels", radial_args->reference_levels,
      "radial family: levels N of the reference, a multiple of 4 in [16, 65536] (the error estimate solves 2N)")
      ->capture_default_str();
  CLI::Option* tolerance_opt = cmd->add_option(
      "--tolerance", radial_args->tolerance,
      "radial family: relative tolerance of the reference's Runge-Kutta steps, in [1e-13, 1e-3] (the error "
      "estimate's solve uses a tenth of it)")
      ->capture_default_str();
  CLI::Option* max_seconds_opt = cmd->add_option(
      "--max-seconds", radial_args->max_seconds,
      "radial family: wall-time budget of the reference and iterates, in (0, 1e6] s; beyond it: exit 1")
      ->capture_default_str();
  CLI::Option* d_opt = cmd->add_option("--d", args->d, "dimension d >= 1")->capture_default_str();
  CLI::Option* r_opt = cmd->add_option("--r", args->r,
                                       "Riesz exponent r in (0, 2); near 2 eta* and the flow leave double precision "
                                       "(docs/math.md 3.1, Near r = 2: r <= 1.998, a(t)^2 a normal double)")
                           ->capture_default_str();
  CLI::Option* start_opt = cmd->add_option(
      "--start", line_args->start,
      "line family: start mu_0, any line spec of --target (a Gaussian or a mixture with one too: the "
      "exact scores integrate its quantile's tails); "
      "radial family (required): sphere:R | ball:R | shell:R1,R2 | gaussian:s | gamma:t0 | mix:A@w|B@w|... "
      "(alias A@w;B@w;...). Every spec: docs/specs.md")
      ->capture_default_str();
  CLI::Option* target_opt = cmd->add_option(
      "--target", line_args->target,
      "line family: target nu, dirac[:x] (no x: 0) | diracs:x1;x2;... | diracs:x1@w1;x2@w2;... (weights > 0, "
      "normalised) | uniform:a,b (a < b) | gaussian:s (N(0, s^2)) | gaussian:m,s (s > 0) | cdf:PATH (lines 'x F', x and F "
      "nondecreasing, F from 0 to 1, linear between, a repeated x an atom) | quantile:PATH (lines 's Q', "
      "s from 0 to 1; a repeated Q an atom, a repeated s a gap; PATH relative to the working directory, "
      "a regular file of at most 16 MiB and 100000 points) | mix:A@w|B@w|... (weights > 0 after each "
      "component's last '@', each at least 1e-12 of the total, components any spec above); radial family (optional: without, F = E): "
      "sphere:R | ball:R | shell:R1,R2 | gaussian:s | mix:A@w|B@w|... (alias A@w;B@w;...). One grammar for every "
      "command's specs: docs/specs.md");
  CLI::Option* levels_opt = cmd->add_option(
      "--levels", line_args->levels,
      "line and radial families: quantile levels s1,s2,... in (0, 1) at which Q(t, s) and the iterates are "
      "printed")
      ->capture_default_str();
  cmd->add_option("--t", args->t, "time t >= 0 of the exact flow")->capture_default_str();
  CLI::Option* tau_opt = cmd->add_option("--tau", *tau, "step size tau > 0 of both schemes");
  CLI::Option* t0_opt = cmd->add_option(
      "--t0", *t0, "start time of the schemes, 0 <= t0 < t (default 0: the Dirac delta_0)");
  cmd->add_flag("--json", args->json, "print one JSON object instead of a table");
  cmd->footer(
      "Line family (--family line): the exact flow Q(t, s) of F_nu = E + V_nu at each level, its "
      "MMD to the target, and with --tau the exact JKO iterate (exact at every level) and the "
      "explicit Euler iterate (on 4096 levels, rearranged; linear between them and beyond the "
      "outermost two), both with their W2 to the flow; with --t0 the schemes start from the exact "
      "flow at t0. Scales resolved (docs/math.md 6.5), with U = max(start width, 2t): spec numbers, "
      "t and U 0 or of magnitude 1e-100 to 1e100; start positions within 1e6 U of 0 (1e3 U toward a "
      "Gaussian); a uniform target's b - a at least 1e-6 max(|a|, |b|); toward gaussian:m,s (or a "
      "mixture's Gaussian component) the start within 1e4 s of m and max|start point - m| + 9 s "
      "within 100 U; a Gaussian start N(m, s^2) counts as [m - 9 s, m + 9 s]; anything else is refused with the range (exit 2). JSON: {family, "
      "start, target, t, levels, flow: {quantiles, mmd_to_target}, jko: {tau, [t0,] steps, "
      "quantiles, w2_to_flow}, forward: {...}}. Example: nwgf analytic --family line --start "
      "dirac:0 --target 'diracs:-1;1' --t 2 --levels 0.1,0.4,0.9 --tau 0.05 --json\n\n"
      "Radial family (--family radial): the reference flow's radial quantiles Q(t, s) at each level with "
      "their error estimates (a second solve at twice the levels and a tenth of the tolerance; docs/math.md "
      "7.5), its MMD to the target, and with --tau the exact JKO and explicit Euler iterates with their W2 to "
      "the flow. For a start gamma:t0, t is the Dirac family's time (t >= t0). JSON: {family, d, r, start, "
      "target, t, t0, levels, flow: {quantiles, quantile_errors, mmd_to_target, mmd_to_target_error, "
      "w2_error, reference_levels, solve_s}, jko: {tau, steps, quantiles, quantile_errors, w2_to_flow}, "
      "forward: {...}}. Example: nwgf analytic --family radial --d 3 --r 1 --start gaussian:0.3 --target "
      "sphere:1 --t 1 --levels 0.1,0.5,0.9 --json");
  cmd->callback([args, line_args, radial_args, family, tau, t0, tau_opt, t0_opt, d_opt, r_opt, start_opt,
                 target_opt, levels_opt, reference_levels_opt, tolerance_opt, max_seconds_opt]() {
    AnalyticArgs a = *args;
    if (tau_opt->count() > 0) a.tau = *tau;
    if (t0_opt->count() > 0) a.t0 = *t0;
    if (*family != "radial")
      for (const CLI::Option* o : {reference_levels_opt, tolerance_opt, max_seconds_opt})
        if (o->count() > 0) throw UsageError(o->get_name() + " belongs to --family radial");
    if (*family == "radial") {
      if (t0_opt->count() > 0)
        throw UsageError("--t0 is not an option of --family radial (a start on the Dirac family's flow at t0 is "
                         "--start gamma:t0)");
      RadialAnalyticArgs ra = *radial_args;
      ra.d = d_opt->count() > 0 ? a.d : 3;
      ra.r = a.r;
      ra.start = start_opt->count() > 0 ? line_args->start : "";
      ra.target = target_opt->count() > 0 ? line_args->target : "";
      ra.levels = line_args->levels;
      ra.t = a.t;
      ra.tau = a.tau;
      ra.json = a.json;
      run_analytic_radial(ra);
      return;
    }
    if (*family == "line") {
      const char* why = " (the exact line reference holds for the distance kernel on R: d = 1, r = 1)";
      if (d_opt->count() > 0 && a.d != 1)
        throw UsageError("--d " + std::to_string(a.d) + " with --family line: allowed d = 1" + why);
      if (r_opt->count() > 0 && a.r != 1.0)
        throw UsageError("--r " + analytic::format_double(a.r) + " with --family line: allowed r = 1" + why);
      if (target_opt->count() == 0)
        throw UsageError("--family line needs --target (dirac[:x], diracs:x1;x2;..., uniform:a,b, gaussian:s, "
                         "gaussian:m,s, cdf:PATH, quantile:PATH, mix:A@w|B@w|...; docs/specs.md)");
      LineAnalyticArgs l = *line_args;
      l.t = a.t;
      l.tau = a.tau;
      l.t0 = a.t0;
      l.json = a.json;
      run_analytic_line(l);
      return;
    }
    if (*family != "dilation" && *family != "dirac")
      throw UsageError("--family '" + *family + "' is not a family; allowed: dirac (or dilation), line, radial");
    for (const CLI::Option* o : {start_opt, target_opt, levels_opt})
      if (o->count() > 0) throw UsageError(o->get_name() + " belongs to --family line");
    run_analytic(a);
  });
}

}  // namespace nwgf::suite
