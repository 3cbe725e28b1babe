// Line-family cells: run, per-step scoring against the exact line references, convergence
// across tau, and the study config's "line" sections (suite/study/line_cell.h).
#include "suite/study/line_cell.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <torch/torch.h>

#include "analytic/line/errors.h"
#include "analytic/line/flow.h"
#include "analytic/line/measure.h"
#include "analytic/line/scales.h"
#include "analytic/line/specs.h"
#include "analytic/line/step_scorer.h"
#include "analytic/orders.h"
#include "neural/device.h"
#include "neural/fused/seeds.h"
#include "neural/particle_flow.h"
#include "neural/scheme_factory.h"
#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/message_limits.h"
#include "suite/common/progress.h"
#include "suite/common/provenance.h"
#include "suite/common/whole_number.h"
#include "suite/study/line_spec_files.h"
#include "suite/study/target_cell.h"
#include "suite/study/settings_names.h"
#include "suite/study/scheme_descriptor.h"
#include "suite/common/json_number.h"

namespace nwgf::suite {

namespace {

namespace L = analytic::line;
using L::LineRole;
using L::parse_line_measure;
using json = nlohmann::json;
using neural::derive_seed;



torch::Tensor column(const std::vector<double>& v) {
  return torch::from_blob(const_cast<double*>(v.data()), {static_cast<std::int64_t>(v.size()), 1}, torch::kFloat64)
      .clone();
}

// Quantiles of a law at the midpoint levels (i - 1/2)/n, i = 1..n.
std::vector<double> midpoint_quantiles(const L::LineLaw& law, int n) {
  std::vector<double> q(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) q[static_cast<std::size_t>(i)] = law.quantile((i + 0.5) / n);
  return q;
}

// The line family's FamilyStepScorer: analytic/line/step_scorer.h, the reference of the last step
// asked for kept (a step's particles and chain samples share it).
class LineFamilyScorer final : public FamilyStepScorer {
 public:
  LineFamilyScorer(const CellConfig& c, std::optional<analytic::ExactScheme> scheme, int steps)
      : scorer_(parse_line_measure(c.start, LineRole::kStart, "start", &line_spec_files()),
                parse_line_measure(c.target, LineRole::kTarget, "target", &line_spec_files()), c.tau, c.t0, steps,
                scheme) {}
  double time(int n) const override { return const_cast<LineFamilyScorer*>(this)->reference(n).time(); }
  void add_reference_fields(int n, json& record) override {
    const L::LineStepReference& r = reference(n);
    record["scheme_w2_to_flow"] = optional_number(r.scheme_w2_to_flow());
    record["scheme_mmd_to_flow"] = optional_number(r.scheme_mmd_to_flow());
  }
  json metrics(int n, const std::vector<double>& x) override { return line_metrics_json(reference(n).metrics(x)); }
  json quantile_snapshot(int n, std::vector<double> x) override {
    const L::LineStepReference& r = reference(n);
    return line_quantile_snapshot_json(r, r.quantiles(std::move(x), kLineQuantileLevels));
  }
  std::string scheme_reference() const override { return scorer_.scheme_reference(); }
  const L::LineStepScorer& scorer() const { return scorer_; }

 private:
  const L::LineStepReference& reference(int n) {
    if (!reference_ || reference_->step() != n) reference_ = std::make_unique<L::LineStepReference>(scorer_.reference(n));
    return *reference_;
  }
  L::LineStepScorer scorer_;
  std::unique_ptr<L::LineStepReference> reference_;
};

class LineCellRun final : public TargetCellRun<LineFamilyScorer> {
 public:
  LineCellRun(const CellConfig& config, const RunOptions& options, int ensemble)
      : TargetCellRun(line_family(), config, options, ensemble,
                      fmt::format("run {} line {} -> {} tau={}", neural::scheme_name(config.scheme), config.start,
                                  config.target, config.tau)) {
    // The exact references' initial law mu_{t0} is the schemes' start (analytic/line/step_scorer.h).
    const L::LineStepScorer& exact = scorer_.scorer();
    const bool atomic_start = config.t0 == 0 && exact.start().is_atomic();
    const int m = config.particles;
    std::vector<double> start_points = midpoint_quantiles(exact.initial_law(), m);
    if (is_particle_ && atomic_start)  // ordered offsets: a particle flow cannot leave a Dirac
      for (int i = 0; i < m; ++i) start_points[static_cast<std::size_t>(i)] += config.settings.start_box * ((i + 0.5) / m - 0.5);
    neural::RieszFunctional functional;
    functional.r = 1.0;
    functional.target = column(midpoint_quantiles(exact.target(), kLineTargetPoints));
    start_scheme(column(start_points), functional);
  }
};

}  // namespace

nlohmann::json line_metrics_json(const analytic::line::LineStepMetrics& m) {
  return {{"n", m.n},
          {"w2", number_or_null(m.w2)},
          {"mmd", number_or_null(m.mmd)},
          {"mmd2", number_or_null(m.mmd2)},
          {"mmd_floor", number_or_null(m.mmd_floor)},
          {"w2_to_scheme", optional_number(m.w2_to_scheme)},
          {"mmd_to_scheme", optional_number(m.mmd_to_scheme)},
          {"mmd_to_scheme_floor", optional_number(m.mmd_to_scheme_floor)},
          {"mmd_to_target", number_or_null(m.mmd_to_target)}};
}

bool line_metrics_finite(const nlohmann::json& m) {
  for (const char* k : {"w2", "mmd", "mmd_to_target"})
    if (!m.contains(k) || !m[k].is_number()) return false;
  return true;
}

nlohmann::json line_quantile_snapshot_json(const analytic::line::LineStepReference& reference,
                                           const analytic::line::LineQuantileSnapshot& q) {
  return {{"n", reference.step()}, {"t", reference.time()}, {"levels", q.levels}, {"particles", numbers_or_null(q.points)},
          {"flow", q.flow}, {"scheme", q.scheme}};
}

std::vector<std::string> line_cell_problems(const CellConfig& c) {
  std::vector<std::string> out;
  if (c.d != 1)
    out.push_back(fmt::format("'d' = {} is outside the allowed range [1, 1] for a line cell (the exact line "
                              "reference holds on R only)", c.d));
  if (c.r != 1.0)
    out.push_back("'r' = " + format_double(c.r) +
                  " is outside the allowed range [1, 1] for a line cell (the exact line reference holds for the "
                  "distance kernel, r = 1)");
  std::optional<L::LineMeasure> start, target;
  try {
    start = parse_line_measure(c.start, LineRole::kStart, "start", &line_spec_files());
  } catch (const std::exception& e) {
    out.push_back(e.what());
  }
  try {
    target = parse_line_measure(c.target, LineRole::kTarget, "target", &line_spec_files());
  } catch (const std::exception& e) {
    out.push_back(e.what());
  }
  // The scales the exact references resolve, up to T (the scorer checks the same when it is built).
  if (start && target && c.T >= 0.0) {
    const std::string scale = L::scale_problem(*start, *target, c.T);
    if (!scale.empty()) out.push_back("start " + excerpt(c.start) + ", target " + excerpt(c.target) + ", T = " +
                                      format_double(c.T) + ": " + scale);
  }
  return out;
}

std::unique_ptr<CellStepper> make_line_cell(const CellConfig& config, const RunOptions& options, int ensemble) {
  return std::make_unique<LineCellRun>(config, options, ensemble);
}

json run_line_cell(const CellConfig& config, const RunOptions& options) {
  validate(config);
  neural::resolve_device(config.settings.device);
  neural::set_threads(config.settings.threads);
  LineCellRun cell(config, options, 1);
  while (!cell.finished()) cell.advance();
  return cell.result();
}

const TargetFamily& line_family() {
  static const TargetFamily family{
      "line",
      "line family (d = 1, r = 1)",
      false,
      1,
      1.0,
      "dirac:0",
      "dirac[:x] | diracs:x1;x2[@w;...] | uniform:a,b | gaussian:s | gaussian:m,s | cdf:PATH | quantile:PATH | "
      "mix:A@w|B@w|...",
      "dirac[:x] | diracs:x1;x2[@w;...] | uniform:a,b | gaussian:s | gaussian:m,s | cdf:PATH | quantile:PATH | "
      "mix:A@w|B@w|...",
      {{"w2", "", "scheme_w2_to_flow"},
       {"mmd", "mmd_floor", "scheme_mmd_to_flow"},
       {"w2_to_scheme", "", ""},
       {"mmd_to_scheme", "mmd_to_scheme_floor", ""},
       {"mmd_to_target", "", ""}},
      [](const std::string& spec, bool start, int, double, const std::string& option) {
        try {
          parse_line_measure(spec, start ? LineRole::kStart : LineRole::kTarget, option, &line_spec_files());
        } catch (const std::exception& e) {
          return std::string(e.what());
        }
        return std::string();
      },
      line_cell_problems,
      [](const CellConfig& config, const RunOptions& options, int ensemble) {
        return make_line_cell(config, options, ensemble);
      },
      {"## Line family: flows toward a target (d = 1, r = 1)",
       "On the real line with the distance kernel the Wasserstein gradient flow of F_ν = E + V_ν toward a "
       "target ν, and its JKO and explicit Euler iterates, are known exactly through quantile functions "
       "(docs/math.md section 6). Each scheme is scored after every step against the exact flow μ_t (W2 and "
       "MMD, exact for empirical measures) and against the exact iterate of the same scheme (backward: JKO; "
       "forward and particle: explicit Euler), so following the flow on the way is checked, not only reaching "
       "the target. Dashed in the convergence plots: the exact scheme iterate's own W2 to the flow — the "
       "time-discretisation error alone (absent where the scheme is exact in time). Dotted: the MMD of the "
       "same number of i.i.d. exact samples. Bars: min–max over seeds.",
       "W2", "exact flow"},
      [](const CellConfig& config, std::optional<analytic::ExactScheme> scheme,
         int steps) -> std::unique_ptr<FamilyStepScorer> { return std::make_unique<LineFamilyScorer>(config, scheme, steps); },
      line_metrics_finite};
  return family;
}

}  // namespace nwgf::suite
