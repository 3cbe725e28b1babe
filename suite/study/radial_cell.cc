// Cells of the radial family (suite/study/radial_cell.h): the family's scorer, its cells and its
// entry in the table of families toward a target.
#include "suite/study/radial_cell.h"

#include <algorithm>
#include <future>
#include <map>
#include <mutex>
#include <tuple>
#include <cmath>
#include <memory>
#include <optional>
#include <random>
#include <set>

#include <fmt/format.h>
#include <torch/torch.h>

#include "analytic/radial/radial_iterates.h"
#include "analytic/radial/radial_measure.h"
#include "analytic/radial/reference_flow.h"
#include "analytic/radial/run_reference.h"
#include "analytic/radial/sphere_kernel.h"
#include "analytic/radial/step_scorer.h"
#include "analytic/random_directions.h"
#include "neural/fused/seeds.h"
#include "neural/particle_flow.h"
#include "neural/scheme_factory.h"
#include "suite/common/format.h"
#include "suite/study/target_cell.h"
#include "suite/study/scheme_descriptor.h"
#include "suite/common/json_number.h"

namespace nwgf::suite {

namespace {

namespace R = analytic::radial;
using json = nlohmann::json;
using neural::derive_seed;



R::RadialMeasure start_measure(const CellConfig& c) {
  return R::parse_radial_measure(c.start, c.d, c.r, R::RadialRole::kStart, "start");
}
R::RadialMeasure target_measure(const CellConfig& c) {
  return R::parse_radial_measure(c.target, c.d, c.r, R::RadialRole::kTarget, "target");
}

json radial_metrics_json(const R::RadialStepMetrics& m) {
  return {{"n", m.n},
          {"radial_w2", number_or_null(m.radial_w2)},
          {"mmd", number_or_null(m.mmd)},
          {"mmd2", number_or_null(m.mmd2)},
          {"mmd_floor", number_or_null(m.mmd_floor)},
          {"w2_to_scheme", optional_number(m.w2_to_scheme)},
          {"mmd_to_scheme", optional_number(m.mmd_to_scheme)},
          {"mmd_to_scheme_floor", optional_number(m.mmd_to_scheme_floor)},
          {"mmd_to_target", optional_number(m.mmd_to_target)},
          {"m2_rel_error", number_or_null(m.m2_rel_error)},
          {"energy_rel_error", number_or_null(m.energy_rel_error)}};
}

bool radial_metrics_finite(const json& m) {
  for (const char* k : {"radial_w2", "mmd", "mmd_to_target"})
    if (!m.contains(k) || !m[k].is_number()) return false;
  return true;
}

// The run references of (d, r, start, target, tau, steps, scheme), computed once per process: the
// cells of a study that share them (its seeds, a scheme and an external solver declaring it) wait
// for the first computation instead of repeating it. A pure function of the key: caching never
// changes a number. A computation that throws is not kept (the next cell retries and fails alike).
std::shared_ptr<const R::RunReference> cached_run_reference(const CellConfig& c,
                                                            std::optional<analytic::ExactScheme> scheme, int steps) {
  using Key = std::tuple<int, double, std::string, std::string, double, int, int>;
  static std::mutex mutex;
  static std::map<Key, std::shared_future<std::shared_ptr<const R::RunReference>>> cache;
  const Key key{c.d, c.r, c.start, c.target, c.tau, steps, scheme ? static_cast<int>(*scheme) : -1};
  std::promise<std::shared_ptr<const R::RunReference>> promise;
  std::shared_future<std::shared_ptr<const R::RunReference>> future;
  bool compute = false;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    const auto it = cache.find(key);
    if (it != cache.end()) {
      future = it->second;
    } else {
      future = promise.get_future().share();
      cache.emplace(key, future);
      compute = true;
    }
  }
  if (compute) {
    try {
      const R::RadialProblem problem{c.d, c.r, std::make_shared<R::RadialMeasure>(start_measure(c)),
                                     std::make_shared<R::RadialMeasure>(target_measure(c))};
      promise.set_value(std::make_shared<const R::RunReference>(R::run_reference(problem, c.tau, steps, scheme)));
    } catch (...) {
      {
        const std::lock_guard<std::mutex> lock(mutex);
        cache.erase(key);
      }
      promise.set_exception(std::current_exception());
    }
  }
  return future.get();
}

// The radial family's FamilyStepScorer: the reference flow at every t_n and the exact iterate of
// the scheme after every step, solved once when the scorer is built; the step references
// (potential tables) of the last step asked for kept.
class RadialFamilyScorer final : public FamilyStepScorer {
 public:
  // Times: a radial cell starts at mu_0 (t0 = 0), or at gamma(t0) with t0 = its start's t0; the
  // reference runs from the start for t_n - t0 = n tau.
  RadialFamilyScorer(const CellConfig& c, std::optional<analytic::ExactScheme> scheme, int steps)
      : kernel_(c.d, c.r), scheme_(scheme), t0_(c.t0) {
    run_ = cached_run_reference(c, scheme, steps);
  }

  double time(int n) const override { return t0_ + run_->flow.snapshots.at(static_cast<std::size_t>(n - 1)).t; }

  void add_reference_fields(int n, json& record) override {
    const R::RadialStepScorer& r = reference(n);
    record["scheme_w2_to_flow"] = optional_number(r.scheme_w2_to_flow());
    record["scheme_mmd_to_flow"] = optional_number(r.scheme_mmd_to_flow());
    const R::RadialSnapshot& flow = run_->flow.snapshots.at(static_cast<std::size_t>(n - 1));
    record["reference_w2_error"] = number_or_null(flow.w2_error);
    record["reference_mmd_to_target"] = number_or_null(flow.mmd_to_target);
  }

  json metrics(int n, const std::vector<double>& x) override {
    return radial_metrics_json(reference(n).metrics(x.data(), x.size() / static_cast<std::size_t>(kernel_.d())));
  }

  json quantile_snapshot(int n, std::vector<double> x) override {
    const int d = kernel_.d();
    const std::size_t N = x.size() / static_cast<std::size_t>(d);
    std::vector<double> norms(N);
    for (std::size_t i = 0; i < N; ++i) {
      double s = 0;
      for (int k = 0; k < d; ++k) s += x[i * d + k] * x[i * d + k];
      norms[i] = std::sqrt(s);
    }
    std::sort(norms.begin(), norms.end());
    const R::RadialStepScorer& r = reference(n);
    const std::size_t L = std::min<std::size_t>(kRadialQuantileLevels, N);
    json levels = json::array(), points = json::array(), flow = json::array(), scheme = json::array();
    for (std::size_t k = 0; k < L; ++k) {
      const std::size_t i = static_cast<std::size_t>((k + 0.5) * static_cast<double>(N) / static_cast<double>(L));
      const double s = (static_cast<double>(i) + 0.5) / static_cast<double>(N);
      levels.push_back(s);
      points.push_back(number_or_null(norms[i]));
      flow.push_back(r.flow().law().quantile(s));
      if (r.scheme()) scheme.push_back(r.scheme()->law().quantile(s));
    }
    return {{"n", n}, {"t", time(n)}, {"levels", levels}, {"particles", points}, {"flow", flow}, {"scheme", scheme}};
  }

  std::string scheme_reference() const override {
    return !scheme_ ? "none" : *scheme_ == analytic::ExactScheme::Jko ? "jko" : "euler";
  }

  // The reference's discretisation and its largest W2 error estimate over the steps.
  json reference_summary() const {
    double worst = 0;
    for (const R::RadialSnapshot& s : run_->flow.snapshots) worst = std::max(worst, s.w2_error);
    double solve_s = run_->flow.coarse.seconds + run_->flow.fine.seconds;
    if (run_->scheme) solve_s += run_->scheme->coarse.seconds + run_->scheme->fine.seconds;
    return {{"levels", run_->flow.coarse.levels},
            {"solve_s", solve_s},
            {"w2_error_max", number_or_null(worst)}};
  }

 private:
  const R::RadialStepScorer& reference(int n) {
    if (!step_ || step_n_ != n) {
      step_ = std::make_unique<R::RadialStepScorer>(R::step_scorer(*run_, kernel_, n));
      step_n_ = n;
    }
    return *step_;
  }

  R::SphereKernel kernel_;
  std::optional<analytic::ExactScheme> scheme_;
  double t0_;
  std::shared_ptr<const R::RunReference> run_;
  std::unique_ptr<R::RadialStepScorer> step_;
  int step_n_ = 0;
};

// m points R_i U_i: R_i the law's quantiles at (i - 1/2)/m, U_i uniform directions drawn with `seed`.
torch::Tensor radial_points(const R::RadialLaw& law, int d, int m, std::uint64_t seed) {
  std::mt19937_64 gen(seed);
  const std::vector<double> u = analytic::uniform_unit_directions(d, m, gen);
  std::vector<double> x(static_cast<std::size_t>(m) * d);
  for (int i = 0; i < m; ++i) {
    const double radius = law.quantile((i + 0.5) / m);
    for (int k = 0; k < d; ++k) x[static_cast<std::size_t>(i) * d + k] = radius * u[static_cast<std::size_t>(i) * d + k];
  }
  return torch::from_blob(x.data(), {m, d}, torch::kFloat64).clone();
}

class RadialCellRun final : public TargetCellRun<RadialFamilyScorer> {
 public:
  RadialCellRun(const CellConfig& config, const RunOptions& options, int ensemble)
      : TargetCellRun(radial_family(), config, options, ensemble,
                      fmt::format("run {} radial d={} r={} {} -> {} tau={}", neural::scheme_name(config.scheme),
                                  config.d, config.r, config.start, config.target, config.tau)) {
    neural::RieszFunctional functional;
    functional.r = config.r;
    functional.target = radial_points(target_measure(config), config.d, kRadialTargetPoints, derive_seed(config.seed, 5));
    start_scheme(radial_points(start_measure(config), config.d, config.particles, derive_seed(config.seed, 4)),
                 functional);
  }

 private:
  void add_family_summary(json& summary) override { summary["reference"] = scorer_.reference_summary(); }
};

std::vector<std::string> radial_cell_problems(const CellConfig& c) {
  std::vector<std::string> out;
  try {
    R::check_radial_domain(c.d, c.r);
  } catch (const std::exception& e) {
    out.push_back(e.what());
    return out;  // the specs need a valid (d, r)
  }
  std::optional<R::RadialMeasure> start;
  try {
    start = start_measure(c);
  } catch (const std::exception& e) {
    out.push_back(e.what());
  }
  try {
    (void)target_measure(c);
  } catch (const std::exception& e) {
    out.push_back(e.what());
  }
  const double own = start ? start->start_time() : 0.0;
  if (start && c.t0 != own)
    out.push_back("'t0' = " + format_double(c.t0) + " is outside the allowed range [" + format_double(own) + ", " +
                  format_double(own) + "] for a radial cell from " + c.start +
                  " (its schemes start at mu_0, whose time is 0, or at gamma:t0, whose time is t0)");
  return out;
}

}  // namespace

const TargetFamily& radial_family() {
  static const TargetFamily family{
      "radial",
      "radial family (d >= 2, r + d >= 3)",
      true,
      3,
      1.0,
      "",
      "sphere:R | ball:R | shell:R1,R2 | gaussian:s | gamma:t0 | mix:A@w|B@w|... (alias A@w;B@w;...)",
      "sphere:R | ball:R | shell:R1,R2 | gaussian:s | mix:A@w|B@w|... (alias A@w;B@w;...)",
      {{"radial_w2", "", "scheme_w2_to_flow"},
       {"mmd", "mmd_floor", "scheme_mmd_to_flow"},
       {"w2_to_scheme", "", ""},
       {"mmd_to_scheme", "mmd_to_scheme_floor", ""},
       {"mmd_to_target", "", ""}},
      [](const std::string& spec, bool start, int d, double r, const std::string& option) {
        try {
          R::parse_radial_measure(spec, d, r, start ? R::RadialRole::kStart : R::RadialRole::kTarget, option);
        } catch (const std::exception& e) {
          return std::string(e.what());
        }
        return std::string();
      },
      radial_cell_problems,
      [](const CellConfig& config, const RunOptions& options, int ensemble) -> std::unique_ptr<CellStepper> {
        return std::make_unique<RadialCellRun>(config, options, ensemble);
      },
      {"## Radial family: flows toward a target in any dimension",
       "A rotation-invariant start and target in R^d reduce the Wasserstein gradient flow of F_ν = E + V_ν to a "
       "1-D flow of the radial law (docs/math.md section 7), integrated here as a quantile ODE on graded "
       "Gauss-Legendre levels with a certified error (a second solve at twice the levels), and so are the exact "
       "JKO and explicit Euler iterates. Each scheme is scored after every step against the reference flow μ_t "
       "(MMD with no reference samples, radial W2: a lower bound of W2 in R^d) and against the exact iterate of "
       "the same scheme (backward: JKO; forward and particle: explicit Euler). Dashed in the convergence plots: "
       "the exact iterate's own radial W2 to the flow — the time-discretisation error alone. Dotted: the MMD of "
       "the same number of i.i.d. samples of the flow. Bars: min–max over seeds.",
       "radial W2", "reference flow"},
      [](const CellConfig& config, std::optional<analytic::ExactScheme> scheme,
         int steps) -> std::unique_ptr<FamilyStepScorer> {
        return std::make_unique<RadialFamilyScorer>(config, scheme, steps);
      },
      radial_metrics_finite};
  return family;
}

}  // namespace nwgf::suite
