#pragma once
// The exact families whose cells flow toward a target (docs/architecture.md, "Exact families"):
// the line family (d = 1, r = 1; suite/study/line_cell.h) and the radial family (d >= 2;
// suite/study/radial_cell.h). The Dirac family (F = E from delta_0 or gamma(t0), no target) is the
// study's own cells (suite/study/run_cell.h) and is not listed here.
//
// A family is one folder in analytic/ (its exact reference and metrics) plus one source in
// suite/study/ that defines its TargetFamily: what a cell of the family checks, how it is run and
// scored step by step, and which metrics its convergence analysis, report and score read. Every
// part of the suite that handles "a cell of some family" goes through this table -- the study
// config's sections (suite/study/target_section.h: the key is the family's name), the cells'
// config JSON ("family": name), the convergence analysis ("<name>_convergence",
// suite/study/target_convergence.h), the report's section (suite/report/target_report.h), `nwgf
// run --family`, and run.json's "family" for `nwgf score` -- so a new family is registered once,
// in target_families() (suite/study/family_registry.cc).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analytic/flow.h"  // ExactScheme
#include "suite/study/cell_stepper.h"
#include "suite/study/run_cell.h"

namespace nwgf::suite {

// One metric of a family's convergence analysis (in this order in the results): its key in the
// cells' metrics ("particles" / "chain" objects), the key of its noise floor in the same object
// ("" when it has none) and the key of the exact scheme iterate's own value in a step record
// (the time-discretisation error alone; "" when none).
struct FamilyMetric {
  std::string metric;
  std::string floor_key;
  std::string exact_key;
};

// Scores point sets step by step against a family's references (the exact or reference flow at
// t_n and the exact iterate of the scheme): the one scoring of the family's built-in cells and of
// `nwgf score` on another program's run folder, so the same points give the same numbers wherever
// they are scored. Built for one (start, target, d, r, tau, t0, steps, scheme).
class FamilyStepScorer {
 public:
  virtual ~FamilyStepScorer() = default;
  // t_n = t0 + n tau.
  virtual double time(int n) const = 0;
  // The step record's reference values of step n (the exact scheme iterate's own distance to the
  // flow: the family metrics' exact keys).
  virtual void add_reference_fields(int n, nlohmann::json& record) = 0;
  // The metrics object of points x (N x d, row-major) at step n; non-finite values null.
  virtual nlohmann::json metrics(int n, const std::vector<double>& x) = 0;
  // One entry of summary.quantiles for the points at step n.
  virtual nlohmann::json quantile_snapshot(int n, std::vector<double> x) = 0;
  // "jko" | "euler": the exact iterate the metrics *_to_scheme compare with.
  virtual std::string scheme_reference() const = 0;
};

struct TargetFamily {
  // "line", "radial": the cells' "family", the study config's section key, the middle part of
  // cell ids ("backward/line/NAME/tau0.1/seed0"), run.json's "family".
  std::string name;
  // Words for reports and messages: "line family (d = 1, r = 1)".
  std::string title;
  // Whether a section names its own d and r (radial); otherwise every cell has d = fixed_d and
  // r = fixed_r (line: 1 and 1).
  bool sections_name_d_r = false;
  int fixed_d = 1;
  double fixed_r = 1.0;
  // The start `nwgf run --family NAME` takes without --start ("" : --start is required).
  std::string default_start;
  // The specs a start and a target may be, for --help ("dirac:x | diracs:x1;x2[@w;...] | ...").
  std::string start_specs;
  std::string target_specs;
  // The convergence analysis' metrics, in order; the first is the W2 the report plots.
  std::vector<FamilyMetric> metrics;
  // The problem with a start (start = true) or target spec for (d, r), "" when it is valid;
  // `option` names it in the message ("line[0].start", "--start").
  std::function<std::string(const std::string& spec, bool start, int d, double r, const std::string& option)>
      spec_problem;
  // The family's own problems of a cell (d, r, the specs, the scales it resolves), one line each;
  // part of cell_problems (suite/study/run_cell.h).
  std::function<std::vector<std::string>(const CellConfig& config)> cell_problems;
  // A cell in progress (config valid).
  std::function<std::unique_ptr<CellStepper>(const CellConfig& config, const RunOptions& options, int ensemble)>
      make_cell;
  // The report's section (suite/report/target_report.h): its heading ("## ..."), the paragraph
  // under it, the name of the first metric in plots and tables ("W2", "radial W2") and of the
  // reference ("exact flow").
  struct ReportText {
    std::string heading;
    std::string intro;
    std::string w2_label;
    std::string flow_name;
  } report;
  // The scorer of `steps` steps of config.tau from config.t0 toward config.target (config's
  // family fields valid), against the exact iterate of `scheme` (none: no *_to_scheme metrics).
  std::function<std::unique_ptr<FamilyStepScorer>(const CellConfig& config,
                                                  std::optional<analytic::ExactScheme> scheme, int steps)>
      make_scorer;
  // Whether a step's metrics object is usable (a diverged step: not).
  std::function<bool(const nlohmann::json& metrics)> metrics_finite;
};

// Every family toward a target, in the order of their sections' cells in a study.
const std::vector<const TargetFamily*>& target_families();
// The family of that name; nullptr for "dirac" and for unknown names.
const TargetFamily* target_family(const std::string& name);
// "dirac, line, radial": the names a "family" key or --family option accepts.
std::string family_names();

}  // namespace nwgf::suite
