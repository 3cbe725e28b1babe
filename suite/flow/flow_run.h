#pragma once
// MMD flows toward a target measure (`nwgf flow`): F_nu = E + V_nu (docs/math.md section 1)
// with nu the empirical measure of a target's points (suite/flow/targets.h), run by one or more
// schemes (neural backward, neural forward, particle flow; docs/math.md section 2) from a start
// measure, step by step to T.
//
// After every step the squared MMD of the particles' empirical measure mu to nu is computed
// exactly for the two empirical measures (double precision, analytic/riesz_sums.h):
//   D^2(mu, nu) = -1/(2N^2) Σ_ij ||x_i - x_j||^r - 1/(2M^2) Σ_kl ||t_k - t_l||^r
//                 + 1/(NM) Σ_ik ||x_i - t_k||^r.
// It includes the sampling error of N particles (a perfect flow still has D^2 > 0 for finite
// N), so it is compared over time, not to 0.
//
// Output directory (written only after the whole run succeeded, via a sibling staging
// directory that is renamed or whose files are moved in):
//   flow.json            schema "nwgf-flow/2": { schema, config, provenance, target, start,
//                        runs: [ { scheme, tau, seed, role ("main" or "floor"), status, failure,
//                        steps: [ {n, t, mmd2, mmd, loss, wall_s, eval_s} ] (n = 0 is the start),
//                        summary: {mmd2_start, mmd2_final, mmd2_min, decreased, wall_s,
//                        train_wall_s, eval_wall_s}, snapshots: [ {t, n, file} ], animation } ],
//                        self_convergence (null, or with --taus one entry per scheme:
//                        suite/flow/flow_self_convergence.h), mmd_plot, target_plot,
//                        selfconv_plot } (nwgf-flow/1, before --taus: no tau, seed, role,
//                        self_convergence, selfconv_plot)
//   <scheme>_t<t>.png    snapshots at the requested times (2D scatter; image grid for images)
//   <scheme>_flow.gif    animated flow (at most FlowConfig::max_frames frames)
//   mmd.png              squared MMD over time, every scheme
//   target.png           the target (scatter, or an image grid for images)
//   selfconv.png         with --taus: W2 between successive solutions at T against tau, per scheme,
//                        with the floor and the fitted order
//   report.md            last, from flow.json: verdict, settings, D^2 table, the pictures with
//                        captions (suite/flow/flow_report.h)
//   report.html          report.md as one self-contained page (suite/report/html_page.h)
// Step-size sweeps (--taus tau_1,...,tau_k, k >= 3, one ratio): every scheme runs at every tau
// from the same seed (coupled runs, same start particles), plus once at the finest tau with
// seed + 1 (the noise floor, role "floor"); snapshots and the GIF show the finest tau's main run.
// A numerical failure (NaN, divergence) ends that scheme's run with status "failed" and the
// reason; the other schemes still run.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "neural/scheme_settings.h"
#include "suite/flow/targets.h"

namespace nwgf::suite {

struct FlowConfig {
  std::string preset;                          // name of the preset used, or empty
  std::string target = "diracs:-0.5,0;0.5,0";  // target spec (suite/flow/targets.h); the published two Diracs
  std::string start = "dirac";                 // start spec (suite/flow/targets.h); default delta_0
  std::vector<neural::Scheme> schemes = {neural::Scheme::Backward};  // run in turn
  double tau = 0.05;       // step size (reference 0.05); with taus, the finest of them
  std::vector<double> taus;  // --taus: k >= 3 decreasing step sizes with one ratio, T a whole
                             // multiple of each (self-convergence); empty: tau alone
  double T = 1.2;          // final time; T / tau must be a whole number (reference 1.2)
  double r = 1.0;          // Riesz exponent in (0, 2) (reference 1)
  int particles = 2000;    // m particles (reference 2000); a points: start uses the file's count
  std::vector<double> snapshots;  // times in [0, T] (snapped to the nearest step); empty: 0, T/4, T/2, 3T/4, T
  std::uint64_t seed = 0;  // seeds the start, the image sampling and every scheme; <= 2^63 - 1
  // Network, training, forward eps and step batch, the particle flow's start box (point-mass
  // starts are spread over a box of this side around each atom), device, threads.
  neural::SchemeSettings settings;
  TargetOptions target_options;  // image samples, image smoothing, Fashion-MNIST directory
  bool plots = true;       // PNG snapshots, GIF and MMD plot (needs gnuplot)
  int max_frames = 60;     // GIF frames at most (steps are strided to fit)
  int grid_images = 36;    // image targets: particles shown per snapshot grid
};

// Throws UsageError naming the first invalid field and its allowed range.
void validate(const FlowConfig& config);
// The step sizes a config runs: taus when given, else {tau}.
std::vector<double> step_sizes(const FlowConfig& config);
nlohmann::json flow_config_to_json(const FlowConfig& config);

// Everything a run needs, checked before anything is written.
struct PreparedFlow {
  Target target;
  StartSpec start;
  PointCloud start_points;           // the start without jitter (neural schemes)
  PointCloud start_points_jittered;  // the particle flow's start (point masses spread)
  PointCloud floor_start_points;           // with taus: the same from seed + 1
  PointCloud floor_start_points_jittered;
  int steps = 0;                     // T / tau (the finest tau)
  std::vector<int> snapshot_steps;   // sorted, unique (steps of the finest tau)
  std::vector<int> common_coarse_steps;  // with taus: suite/flow/flow_self_convergence.h
};

// Validates the config, loads the target, samples the start and checks that its dimension
// matches, checks gnuplot when plots are on. With taus, the memory estimate covers the k + 1
// runs of one scheme kept at the common times and the W2 assignment's cost matrix. Throws UsageError on bad input (nothing written).
PreparedFlow prepare_flow(const FlowConfig& config);

struct FlowRunOptions {
  bool quiet = false;  // no progress output
};

// Runs every scheme, writes the output directory (layout above) and returns flow.json's content.
nlohmann::json run_flow(const FlowConfig& config, const PreparedFlow& prepared,
                        const std::string& out_dir, const FlowRunOptions& options = {});


}  // namespace nwgf::suite
