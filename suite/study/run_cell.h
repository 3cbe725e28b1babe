#pragma once
// One cell of a study: one scheme (backward | forward | particle) for the interaction energy
// F = E from delta_0 (t0 = 0) or from gamma(t0) sampled exactly, run step by step to T and
// scored after every step against the exact flow gamma(t_n) and the exact scheme iterate
// (a_n Id)_# eta* (docs/math.md sections 2-5). `nwgf run` is one cell; `nwgf sweep` runs many.
//
// Result JSON of one cell (the contract shared by run, sweep, report and the JSON Schema):
// {
//   "config":     cell_config_to_json(config),
//   "provenance": suite/common/provenance.h,
//   "steps": [ {                              // one record per step n = 1..N
//       "n", "t", "exact_scale" (a(t_n)), "scheme_scale" (a_n of the same scheme, analytic),
//       "loss" (final training loss of the step; null for particle),
//       "wall_s" (seconds for the step, training + stepping, without evaluation),
//       "particles": Metrics on the m trained particles (particle scheme: its N particles),
//       "chain":     Metrics on eval_samples fresh samples through the stored chain, or null
//                    (particle scheme; or eval_samples = 0)
//   } ],
//   "summary": { "t": T, "steps": N, "status": "ok" | "failed", "failure": string|null,
//                "wall_s", "train_wall_s", "eval_wall_s",
//                "iteration_median_us" (median wall time of one training iteration; null for
//                particle), "step_median_s",
//                "particles": Metrics at T, "chain": Metrics at T or null,
//                "ensemble": cells trained side by side with this one (1: alone; sweep --ensemble) }
// }
// Metrics = { "n", "mmd", "mmd2", "mmd_floor", "mmd_to_scheme", "mmd_to_scheme_floor",
//             "radial_w2", "m2_rel_error", "energy_rel_error" }
//   mmd: exact MMD D to gamma(t_n); mmd_floor: sqrt(a^r M2 / (r n)) for n exact samples;
//   mmd_to_scheme(_floor): the same against (a_n Id)_# eta*; radial_w2 against gamma(t_n);
//   relative errors against gamma(t_n). A numerical failure (NaN, divergence) ends the cell
//   with status "failed" and the reason; it is recorded, not thrown.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "neural/scheme_settings.h"
#include "suite/study/cell_stepper.h"

namespace nwgf::suite {

// Bounds of a cell's own fields (the scheme settings have theirs: neural/scheme_settings.h).
struct CellBounds {
  static constexpr int kMaxDimension = 64;            // d; the closed forms hold for every d
  static constexpr int kMaxParticles = 100000000;     // m or N
  static constexpr int kMaxEvalSamples = 100000000;   // chain samples per step
  static constexpr std::uint64_t kMaxSeed = 9223372036854775807ULL;  // 2^63 - 1 (a JSON/int64 seed)
};

// Which exact reference a cell is scored against: "dirac", the interaction energy F = E from
// delta_0 or gamma(t0) (above), or a family toward a target (F_nu = E + V_nu) named in the table
// of suite/study/target_family.h ("line": suite/study/line_cell.h documents its run and its result
// JSON).
inline constexpr const char* kDiracFamily = "dirac";

struct CellConfig {
  neural::Scheme scheme = neural::Scheme::Backward;
  std::string family = kDiracFamily;  // dirac (the default) | a family of target_families()
  std::string start;                // cells toward a target: mu_0, a spec of the family
  std::string target;               // cells toward a target: nu, a spec of the family
  int d = 2;                        // dimension, in [1, CellBounds::kMaxDimension]
  double r = 1.0;                   // Riesz exponent, in (0, 2)
  double tau = 0.05;                // step size, > 0; (T - t0)/tau a whole number
  double T = 1.2;                   // final time, > t0
  double t0 = 0.0;                  // start time: delta_0 when 0, gamma(t0) sampled exactly when > 0
                                    // (forward with r != 1 needs t0 > 0)
  int particles = 2000;             // m (neural) or N (particle flow; >= 2)
  int eval_samples = 20000;         // fresh samples through the chain for the "chain" metrics; 0: off
  std::uint64_t seed = 0;           // seeds every random stream of the cell; <= 2^63 - 1
  neural::SchemeSettings settings;  // network, training, eps, step batch, start box, device, threads
  std::string chain_dir;            // where the chain of generators is saved; empty: not saved
};

// Every problem of the cell's own fields and of its settings (neural::settings_problems), one
// line each naming the field, the value and the allowed range, including forward with r != 1
// and t0 = 0 (the reason is stated) and (T - t0)/tau not whole. Empty when valid.
std::vector<std::string> cell_problems(const CellConfig& config);
// For a Dirac cell (built-in or an external solver's), the problem when r is too near 2 for its
// times: eta* or the exact flow from the first scored time to T beyond double precision
// (analytic::make_profile, analytic::check_flow_resolved; docs/math.md 3.1, Near r = 2). Part of
// cell_problems; study configs ask it of external cells too, so --plan refuses them as well.
std::optional<std::string> flow_range_problem(const CellConfig& config);
// Throws UsageError with the first of cell_problems.
void validate(const CellConfig& config);

// A lower estimate of the memory a cell needs at once, in bytes: the particles in double and
// float copies (about 6 arrays of m x d), the chain samples (about 4 of eval_samples x d), the
// forward scheme's step batch and the pair-sum tiles are O(N d) (analytic/riesz_sums.h), and the
// generator with its Adam state (3 copies of its parameters). Used by `nwgf run` to refuse a cell
// that cannot fit before it starts.
double cell_memory_estimate_bytes(const CellConfig& config);
nlohmann::json cell_config_to_json(const CellConfig& config);
// Flat keys: scheme, d, r, tau, T, t0, iters, batch, particles, eval_samples, seed, device,
// threads, width, depth, activation, latent, lr, eps, step_batch, start_box, chain_dir, and
// "engine" / "cuda_graph" / "generator_output" / "batch_sampling" only when not the default
// (results made before they existed stay equal; absent means fused, true, displacement, with),
// and "family", "start", "target" only for cells toward a target (a Dirac cell's keys are unchanged).
// Strict: unknown keys, wrong types and invalid values throw UsageError naming the key.
// Missing keys keep their defaults.
CellConfig cell_config_from_json(const nlohmann::json& j);

struct RunOptions {
  bool quiet = false;  // no progress output
  // Called after every step with the step record (for live logging); may be empty.
  std::function<void(const nlohmann::json& step_record)> on_step;
};

// Runs the cell and returns the result JSON described above (a cell toward a target: its family's,
// e.g. suite/study/line_cell.h).
// Bad input throws UsageError before any work; anything that fails at run time (setting up the
// scheme, an allocation, a step, saving the chain, scoring) ends the cell with status "failed" and
// the reason (failed_cell_result when no step record survives), never an exception.
nlohmann::json run_cell(const CellConfig& config, const RunOptions& options = {});

// The cell in progress (config valid): a Dirac cell, or its family's (TargetFamily::make_cell).
std::unique_ptr<CellStepper> make_cell(const CellConfig& config, const RunOptions& options, int ensemble);

// The result of a cell that stopped with `reason` before any step was recorded: the config, the
// provenance, no steps, and the summary of a failed cell (status "failed", failure = reason,
// steps_completed 0, metrics null).
nlohmann::json failed_cell_result(const CellConfig& config, const std::string& reason, int ensemble = 1);

// Runs the cells with up to `ensemble` of them in flight at once (nwgf sweep --ensemble K): every
// round takes one step of each cell in flight, the neural cells' training loops side by side on
// parallel threads (neural::step_together; config.threads of them, or one per core when 0),
// then scores the cells one by one; a finished cell hands over its place to the next one, in
// order. Every number of each cell's result equals run_cell's for the same config (the same code
// on the same inputs: tested in suite/study/tests/run_cell_test.cc); only timings differ: a neural
// step's wall_s is that cell's own training and moving time, summary.wall_s the cell's elapsed
// time in the pool, summary.ensemble = `ensemble`. Progress output is off (the caller reports).
// The cells must share device and threads (UsageError otherwise). Line cells take part the same
// way (their neural steps train beside the others; their numbers equal run_cell's too). A cell
// that throws at run time is handed to on_result as failed_cell_result with the reason; the others
// go on.
struct PooledCallbacks {
  std::function<void(std::size_t cell, const nlohmann::json& step_record)> on_step;  // after every step
  std::function<void(std::size_t cell, nlohmann::json result)> on_result;            // as each cell ends
};
void run_cells_pooled(const std::vector<CellConfig>& configs, int ensemble, const PooledCallbacks& callbacks);

}  // namespace nwgf::suite
