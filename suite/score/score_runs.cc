#include "suite/score/score_runs.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analytic/self_convergence.h"
#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/input_file.h"
#include "suite/common/memory_limit.h"
#include "suite/common/message_limits.h"
#include "suite/score/run_folder.h"
#include "suite/score/snapshot.h"
#include "suite/study/solution_self_convergence.h"

namespace nwgf::suite {

namespace {

// Recorded times t0 + n tau of two runs count as one below this relative distance (step sizes
// written in decimal: 3 x 0.1 = 0.30000000000000004 against 6 x 0.05 = 0.30000000000000004 or
// 0.3, a few ulps apart).
constexpr double kTimeTolerance = 1e-9;

bool same_time(double a, double b) { return std::abs(a - b) <= kTimeTolerance * std::max(1.0, std::abs(a)); }

std::string folder_pair(const std::string& a, const std::string& b) {
  return "run folders " + excerpt(a) + " and " + excerpt(b);
}

// The fields that make two run folders one problem; UsageError naming the field and the folders.
void check_same_problem(const RunManifest& a, const std::string& da, const RunManifest& b, const std::string& db) {
  const auto differ = [&](const char* field, const std::string& va, const std::string& vb) {
    if (va != vb)
      throw UsageError(fmt::format("{} differ in field '{}' ({} vs {}): a self-convergence analysis compares runs "
                                   "of one problem",
                                   folder_pair(da, db), field, excerpt(va), excerpt(vb)));
  };
  differ("solver", a.solver, b.solver);
  differ("scheme", a.scheme, b.scheme);
  differ("family", a.family, b.family);
  differ("start", a.start, b.start);
  differ("target", a.target, b.target);
  differ("d", fmt::format("{}", a.d), fmt::format("{}", b.d));
  differ("r", format_shortest(a.r), format_shortest(b.r));
  differ("t0", format_shortest(a.t0), format_shortest(b.t0));
  differ("T", format_shortest(a.T), format_shortest(b.T));
}

struct Folder {
  std::string dir;
  RunManifest m;
};

// Index of the step recorded at time t in m, or none.
std::optional<std::size_t> step_at(const RunManifest& m, double t) {
  for (std::size_t i = 0; i < m.steps.size(); ++i)
    if (same_time(m.steps[i].t, t)) return i;
  return std::nullopt;
}

}  // namespace

nlohmann::json score_runs(const std::vector<std::string>& run_dirs, const ScoreOptions& options) {
  if (run_dirs.size() < kSelfConvergenceRunsMin)
    throw UsageError(fmt::format("{} run folders given: a self-convergence analysis needs at least {} (one per step "
                                 "size), or score one folder alone",
                                 run_dirs.size(), kSelfConvergenceRunsMin));
  std::vector<Folder> folders;
  for (const std::string& dir : run_dirs) {
    Folder f{dir, read_run_manifest(dir)};
    check_run_family(f.m, dir + "/run.json");
    folders.push_back(std::move(f));
  }
  for (std::size_t i = 1; i < folders.size(); ++i)
    check_same_problem(folders[0].m, folders[0].dir, folders[i].m, folders[i].dir);

  // Sorted by decreasing tau; ties (the floor's second seed) keep the order given.
  std::vector<std::size_t> order(folders.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return folders[a].m.tau > folders[b].m.tau; });
  const Folder& coarsest = folders[order.front()];
  const std::uint64_t seed = coarsest.m.seed;
  std::vector<std::size_t> coupled;       // one folder per tau, the coarsest's seed
  std::optional<std::size_t> floor_run;   // at the finest tau, another seed
  for (std::size_t idx : order) {
    const Folder& f = folders[idx];
    const bool new_tau = coupled.empty() || !same_time(folders[coupled.back()].m.tau, f.m.tau);
    if (new_tau) {
      if (floor_run)
        throw UsageError(fmt::format("{}: field 'seed' {} at tau {} differs from the coupled runs' seed {}: only the "
                                     "finest tau may have a second seed (the floor)",
                                     folder_pair(folders[*floor_run].dir, f.dir), folders[*floor_run].m.seed,
                                     format_shortest(folders[*floor_run].m.tau), seed));
      if (f.m.seed != seed)
        throw UsageError(fmt::format("{} differ in field 'seed' ({} vs {}): the runs at successive step sizes must "
                                     "share one seed (a second seed only at the finest tau, for the floor)",
                                     folder_pair(coarsest.dir, f.dir), seed, f.m.seed));
      coupled.push_back(idx);
      continue;
    }
    const Folder& same = folders[coupled.back()];
    if (f.m.seed == same.m.seed || floor_run)
      throw UsageError(fmt::format("{} (and the others at this tau) repeat field 'tau' {} with seed {}: one run per "
                                   "step size, and at the finest one at most one more with another seed",
                                   folder_pair(floor_run ? folders[*floor_run].dir : same.dir, f.dir),
                                   format_shortest(f.m.tau), f.m.seed));
    floor_run = idx;
  }
  if (coupled.size() < kSelfConvergenceRunsMin)
    throw UsageError(fmt::format("field 'tau': the run folders give {} distinct step sizes ({}): a self-convergence "
                                 "analysis needs at least {}",
                                 coupled.size(), excerpt(fmt::format("{}", fmt::join(run_dirs, ", "))),
                                 kSelfConvergenceRunsMin));
  std::vector<double> taus;
  for (std::size_t idx : coupled) taus.push_back(folders[idx].m.tau);
  const double ratio = taus[0] / taus[1];
  for (std::size_t i = 1; i + 1 < taus.size(); ++i)
    if (std::abs(taus[i] / taus[i + 1] - ratio) > analytic::kNestedRatioTolerance * ratio)
      throw UsageError(fmt::format("field 'tau': {} with tau {} and {} are not nested with the ratio {} of the two "
                                   "coarsest (tau {} / {} = {})",
                                   folder_pair(folders[coupled[i]].dir, folders[coupled[i + 1]].dir),
                                   format_shortest(taus[i]), format_shortest(taus[i + 1]), format_shortest(ratio),
                                   format_shortest(taus[i]), format_shortest(taus[i + 1]),
                                   format_shortest(taus[i] / taus[i + 1])));

  // The common times: the coarsest run's recorded times that every run records (T is: every run
  // ends with n = N, t = T).
  std::vector<std::size_t> all = coupled;
  if (floor_run) all.push_back(*floor_run);
  std::vector<double> times;
  for (const RunStep& s : coarsest.m.steps) {
    bool everywhere = true;
    for (std::size_t idx : all) everywhere = everywhere && step_at(folders[idx].m, s.t).has_value();
    if (everywhere) times.push_back(s.t);
  }
  if (times.empty() || !same_time(times.back(), coarsest.m.T))
    throw UsageError("field 'steps': the run folders record no common time T = " + format_shortest(coarsest.m.T));

  // Every folder scored as a cell (all snapshots checked there), in the order given.
  nlohmann::json cells = nlohmann::json::array();
  for (const Folder& f : folders) cells.push_back(score_run(f.dir, options));

  nlohmann::json runs = nlohmann::json::array();
  for (std::size_t idx : all)
    runs.push_back({{"run_dir", folders[idx].dir}, {"tau", folders[idx].m.tau}, {"seed", folders[idx].m.seed},
                    {"role", floor_run && idx == *floor_run ? "floor" : "coupled"}});
  nlohmann::json entry;
  std::string failure;
  for (std::size_t idx : all)
    if (cells[idx]["summary"]["status"] != "ok")
      failure = fmt::format("the run at tau = {} ({}) is scored failed: {}", format_shortest(folders[idx].m.tau),
                            folders[idx].dir, cells[idx]["summary"]["failure"].get<std::string>());
  if (!failure.empty()) {
    entry = failed_self_convergence(taus, failure);
  } else {
    const int d = coarsest.m.d;
    const auto solution = [&](std::size_t idx) {
      const InputFolder dir(folders[idx].dir, kRunFolder);
      SolutionAtTimes out;
      for (double t : times) {
        const RunStep& s = folders[idx].m.steps[*step_at(folders[idx].m, t)];
        Snapshot snap = read_snapshot(dir, s.particles, d, options.limits);
        out.push_back(std::move(snap.x));
      }
      return out;
    };
    SchemeSolutions s;
    s.taus = taus;
    s.times = times;
    s.d = d;
    s.r = coarsest.m.r;
    s.seed = seed;
    for (std::size_t idx : coupled) {
      s.coupled.push_back(solution(idx));
      if (s.coupled.size() == 1) {  // every run holds about as many coordinates as the first
        double coordinates = 0.0;
        for (const std::vector<double>& x : s.coupled.front()) coordinates += static_cast<double>(x.size());
        refuse_beyond_available_memory(8.0 * coordinates * static_cast<double>(all.size()),
                                       fmt::format("the particles of {} run folders at {} common times", all.size(),
                                                   times.size()));
      }
    }
    if (floor_run) {
      s.other_seed = solution(*floor_run);
      s.floor_seed = folders[*floor_run].m.seed;
    }
    // One particle count for all: the distances compare sets of equal size.
    const std::size_t n = s.coupled.front().front().size();
    for (std::size_t i = 0; i < all.size(); ++i) {
      const SolutionAtTimes& sol = i < coupled.size() ? s.coupled[i] : s.other_seed;
      for (std::size_t t = 0; t < times.size(); ++t)
        if (sol[t].size() != n)
          throw UsageError(fmt::format("{}: the particles at t = {} number {} and {}: the solutions compared must "
                                       "have one size",
                                       folder_pair(coarsest.dir, folders[all[i]].dir), format_shortest(times[t]),
                                       n / d, sol[t].size() / d));
    }
    entry = scheme_self_convergence(s);
  }
  nlohmann::json head = {{"method", kScoreSelfConvergenceMethod}, {"solver", coarsest.m.solver},
                         {"scheme", coarsest.m.scheme}, {"family", coarsest.m.family}, {"runs", runs}};
  head.update(entry);
  return {{"cells", cells}, {"self_convergence", head}};
}

}  // namespace nwgf::suite
