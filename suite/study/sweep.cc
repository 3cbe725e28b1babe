#include "suite/study/sweep.h"

#include <sched.h>


#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <optional>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <set>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/study/dirac_convergence.h"
#include "suite/study/study_self_convergence.h"
#include "suite/study/target_convergence.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/memory_limit.h"
#include "suite/common/message_limits.h"
#include "suite/common/output_path.h"
#include "suite/common/progress.h"
#include "suite/common/provenance.h"
#include "suite/common/whole_number.h"

namespace nwgf::suite {

using nlohmann::json;

namespace {

// A whole number 0 <= v <= 10^9 from the environment variable `name` (set by Slurm).
long long slurm_number(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v)
    throw UsageError(fmt::format("--shard slurm: {} is not set (run inside a Slurm job array: sbatch --array=1-N)",
                                 name));
  const std::string text(v);
  if (text.size() > 10 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    throw UsageError(fmt::format("--shard slurm: {}='{}' is not a whole number in [0, 10^9]", name, text));
  const long long n = std::stoll(text);
  if (n > 1000000000LL)
    throw UsageError(fmt::format("--shard slurm: {}='{}' is not a whole number in [0, 10^9]", name, text));
  return n;
}

// The shard of this task of a Slurm job array: task k of the array MIN-MAX:STEP with COUNT tasks
// is shard (k - MIN) / STEP + 1 of COUNT.
Shard shard_from_slurm_array() {
  const long long id = slurm_number("SLURM_ARRAY_TASK_ID");
  const long long min = slurm_number("SLURM_ARRAY_TASK_MIN");
  const long long max = slurm_number("SLURM_ARRAY_TASK_MAX");
  const long long count = slurm_number("SLURM_ARRAY_TASK_COUNT");
  const char* step_text = std::getenv("SLURM_ARRAY_TASK_STEP");
  const long long step = (step_text && *step_text) ? slurm_number("SLURM_ARRAY_TASK_STEP") : 1;
  if (step < 1 || count < 1 || id < min || id > max || (id - min) % step != 0 || min + (count - 1) * step != max)
    throw UsageError(fmt::format("--shard slurm: the array (task {} of {}-{}:{} with {} tasks) is not evenly "
                                 "spaced; submit it as sbatch --array=1-N", id, min, max, step, count));
  return Shard{static_cast<int>((id - min) / step + 1), static_cast<int>(count)};
}

}  // namespace

Shard parse_shard(const std::string& text) {
  if (text == "slurm") return shard_from_slurm_array();
  const auto slash = text.find('/');
  Shard s;
  try {
    if (slash == std::string::npos) throw std::invalid_argument("no slash");
    std::size_t used_i = 0, used_n = 0;
    const std::string a = text.substr(0, slash), b = text.substr(slash + 1);
    s.index = std::stoi(a, &used_i);
    s.count = std::stoi(b, &used_n);
    if (used_i != a.size() || used_n != b.size()) throw std::invalid_argument("trailing");
  } catch (const std::exception&) {
    throw UsageError(fmt::format("--shard '{}' is not of the form i/n (e.g. 2/4)", text));
  }
  if (s.count < 1 || s.index < 1 || s.index > s.count)
    throw UsageError(fmt::format("--shard {}: need 1 <= i <= n (shards are numbered from 1)", text));
  return s;
}

bool cell_in_shard(int cell_index, const Shard& shard) {
  return cell_index % shard.count == shard.index - 1;
}

std::string partial_path(const std::string& out) { return sibling_path(out, partial_sibling().suffix); }

std::string default_runs_dir(const std::string& out) { return sibling_path(out, runs_sibling().suffix); }

std::vector<Output> sweep_outputs(const std::string& out, const std::string& runs_dir) {
  if (runs_dir.empty()) return {file_output("--out", out, {partial_sibling(), runs_sibling()})};
  Output runs = folder_output("--runs-dir", runs_dir, {});
  runs.is_sibling = true;
  return {file_output("--out", out, {partial_sibling()}), runs};
}

std::string cell_run_dir(const std::string& runs_dir, const std::string& cell_id) {
  std::string name = cell_id;
  std::replace(name.begin(), name.end(), '/', '_');  // ids hold [A-Za-z0-9_.+-] and '/' only
  return (std::filesystem::path(runs_dir) / name).string();
}

namespace {

bool file_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

int shard_cell_count(const std::vector<StudyCell>& plan, const Shard& shard) {
  int n = 0;
  for (const auto& c : plan) n += cell_in_shard(c.index, shard);
  return n;
}

// Rows of summary.final_points kept per plotted cell: enough for a scatter plot and a 30-bin
// radial histogram, small enough for a committed results file.
constexpr std::size_t kKeptPointsMax = 500;

// The cells whose plot data the results file keeps: of each group of cells that differ only in
// tau and seed (the same id up to "/tau", for built-in, line and external cells alike), the
// first one in study order with the group's smallest tau -- the smallest tau and the first seed,
// the cell the report draws.
std::set<int> plotted_cells(const std::vector<StudyCell>& plan) {
  std::map<std::string, const StudyCell*> chosen;
  for (const auto& cell : plan) {
    const std::string group = cell.id.substr(0, cell.id.rfind("/tau"));
    const auto it = chosen.find(group);
    if (it == chosen.end() || cell.config.tau < it->second->config.tau) chosen[group] = &cell;
  }
  std::set<int> plotted;
  for (const auto& [group, cell] : chosen) plotted.insert(cell->index);
  return plotted;
}

// Drops summary.final_points and summary.quantiles unless the cell is plotted; caps the kept
// final_points at kKeptPointsMax rows. Every cell first gets summary.self_convergence_points, an
// evenly strided subset of its final points for the self-convergence of its group
// (suite/study/study_self_convergence.h).
void thin_plot_data(bool plotted, json& cell) {
  if (!cell.contains("summary") || !cell["summary"].is_object()) return;
  auto& summary = cell["summary"];
  if (summary.contains("final_points") && summary["final_points"].is_array())
    summary["self_convergence_points"] = self_convergence_points(summary["final_points"]);
  if (!plotted) {
    summary.erase("final_points");
    summary.erase("quantiles");
  } else if (summary.contains("final_points") && summary["final_points"].is_array() &&
             summary["final_points"].size() > kKeptPointsMax) {
    summary["final_points"].erase(summary["final_points"].begin() + kKeptPointsMax, summary["final_points"].end());
  }
}

// Seconds between heartbeats of the progress line while solver processes run (the line itself
// is redrawn at most 10 times a second on a terminal, once every 10 s in a log).
constexpr auto kSolverHeartbeat = std::chrono::milliseconds(500);

// The external cells, up to options.ensemble solver processes at once, each kept as it ends.
// While they run, this thread keeps the progress line alive: which solver runs on which cell and
// for how long (of its timeout), and the time left from the finished solver cells' seconds per
// step (remaining_job_seconds, suite/common/progress.h; "?" until one has finished).
template <typename Keep>
void run_external_cells(const StudyConfig& config, const std::vector<const StudyCell*>& cells,
                        const std::string& runs_dir, const SweepOptions& options, Progress& progress,
                        const Keep& keep) {
  using Clock = std::chrono::steady_clock;
  std::error_code ec;
  std::filesystem::create_directories(runs_dir, ec);
  if (ec) throw UsageError(fmt::format("cannot create the run folders' directory {}: {}", runs_dir, ec.message()));
  const auto steps_of = [](const StudyCell& cell) {
    return static_cast<std::int64_t>(std::llround((cell.config.T - cell.config.t0) / cell.config.tau));
  };
  struct Running {
    const StudyCell* cell;
    const SolverSpec* solver;
    Clock::time_point since;
  };
  std::mutex progress_mutex;  // guards progress and everything below
  std::condition_variable all_ended;
  std::size_t next = 0, finished = 0;
  std::map<std::size_t, Running> running;
  std::vector<JobClock> finished_clocks;
  std::int64_t pending_steps = 0;
  for (const StudyCell* cell : cells) pending_steps += steps_of(*cell);
  const std::int64_t steps_before = progress.done();
  std::int64_t steps_done = 0;
  std::exception_ptr error;
  const std::size_t workers = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, options.ensemble)), cells.size());
  const auto worker = [&]() {
    for (;;) {
      std::size_t i = 0;
      {
        const std::lock_guard<std::mutex> hold(progress_mutex);
        if (next >= cells.size() || error) return;
        i = next++;
        const StudyCell& cell = *cells[i];
        running[i] = {&cell, &config.solvers.at(static_cast<std::size_t>(cell.solver)), Clock::now()};
        pending_steps -= steps_of(cell);
      }
      const StudyCell& cell = *cells[i];
      const SolverSpec& solver = config.solvers.at(static_cast<std::size_t>(cell.solver));
      try {
        json result = options.external_runner(solver, external_cell(cell, cell_run_dir(runs_dir, cell.id)));
        keep(cell, std::move(result));
      } catch (...) {  // a failure to keep the cell (its partial file): the sweep stops once the others end
        const std::lock_guard<std::mutex> hold(progress_mutex);
        if (!error) error = std::current_exception();
      }
      const std::lock_guard<std::mutex> hold(progress_mutex);
      finished_clocks.push_back({steps_of(cell), std::chrono::duration<double>(Clock::now() - running[i].since).count()});
      running.erase(i);
      steps_done += steps_of(cell);
      ++finished;
      progress.update(steps_before + steps_done, fmt::format("{}/{} solver cells done", finished, cells.size()));
      all_ended.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t w = 0; w < workers; ++w) threads.emplace_back(worker);
  {
    std::unique_lock<std::mutex> hold(progress_mutex);
    while (!all_ended.wait_for(hold, kSolverHeartbeat, [&] { return running.empty() && (next >= cells.size() || error); })) {
      const Clock::time_point now = Clock::now();
      std::vector<JobClock> clocks;
      std::string status;
      for (const auto& [index, r] : running) {
        const double seconds = std::chrono::duration<double>(now - r.since).count();
        clocks.push_back({steps_of(*r.cell), seconds});
        if (status.empty())
          status = fmt::format("running {} on {} for {} (timeout {})", r.solver->name, r.cell->id,
                               format_duration(seconds), format_duration(r.solver->timeout_s));
      }
      if (running.size() > 1) status += fmt::format(" and {} more", running.size() - 1);
      progress.set_remaining(remaining_job_seconds(finished_clocks, clocks, pending_steps, static_cast<int>(workers)));
      progress.heartbeat(fmt::format("{}/{} solver cells done, {}", finished, cells.size(), status));
    }
    progress.set_remaining(-1.0);
  }
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace

json make_study_document(const StudyConfig& config, const Shard& shard, json cells,
                         const json& provenance) {
  std::sort(cells.begin(), cells.end(),
            [](const json& a, const json& b) { return a["index"].get<int>() < b["index"].get<int>(); });
  const auto plan = study_cells(config);
  const bool complete = static_cast<int>(cells.size()) == shard_cell_count(plan, shard);
  json doc;
  doc["schema"] = kStudySchema;
  doc["kind"] = shard.count == 1 ? "study" : "shard";
  doc["complete"] = complete;
  doc["shard"] = {{"index", shard.index}, {"count", shard.count}};
  doc["config"] = study_config_to_json(config);
  doc["provenance"] = provenance;
  const std::vector<CellResult> typed = cell_results_from_json(cells);
  const bool whole_study = complete && shard.count == 1;
  doc["convergence"] = whole_study ? to_json(convergence_groups(dirac_convergence_rules(), typed)) : json::array();
  for (const TargetFamily* family : target_families()) {  // only in studies with sections of the family
    const bool has = std::any_of(config.sections.begin(), config.sections.end(),
                                 [&](const TargetSection& s) { return s.family == family; });
    if (has)
      doc[family->name + "_convergence"] =
          whole_study ? to_json(convergence_groups(*target_convergence_rules(*family), typed)) : json::array();
  }
  // Optional (results written before it lack it): suite/study/study_self_convergence.h.
  doc["self_convergence"] = whole_study ? to_json(study_self_convergence(typed)) : json::array();
  doc["timings"] = study_timings(typed);
  doc["cells"] = std::move(cells);
  return doc;
}

json load_study_document(const std::string& path) {
  json doc = parse_json(read_file(path, kResultsFile), path + ": corrupt results file");
  auto refuse = [&](const std::string& why) { throw UsageError(fmt::format("{}: {}", path, why)); };
  if (!doc.is_object()) refuse("not a nwgf study results file (not a JSON object)");
  if (!doc.contains("schema")) refuse("not a nwgf study results file (no 'schema' key)");
  if (doc["schema"] != kStudySchema)
    refuse(fmt::format("foreign results file: schema {} is not \"{}\"", excerpt(doc["schema"].dump()), kStudySchema));
  for (const char* key : {"config", "shard", "cells", "complete", "kind"})
    if (!doc.contains(key)) refuse(fmt::format("corrupt results file: missing '{}'", key));
  if (!doc["cells"].is_array()) refuse("corrupt results file: 'cells' is not a list");
  StudyConfig config;
  try {
    config = study_config_from_json(doc["config"], path + " config");
  } catch (const StudyConfigError& e) {
    refuse("corrupt results file: its study config is invalid: " + e.problems.front());
  }
  Shard shard;
  // Whole numbers only: get<int>() of 1e300 is undefined behaviour, and of 2^40 wraps to 0 (fuzz/results_fuzz).
  const auto whole = [](const json& v, std::int64_t lo, std::int64_t hi) -> std::optional<std::int64_t> {
    if (!v.is_number_integer()) return std::nullopt;
    return whole_number_in(v.dump(), lo, hi);  // the value as written (suite/common/whole_number.h)
  };
  {
    constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();
    const json& s = doc["shard"];
    const auto index = s.is_object() && s.contains("index") ? whole(s["index"], 1, kIntMax) : std::nullopt;
    const auto count = s.is_object() && s.contains("count") ? whole(s["count"], 1, kIntMax) : std::nullopt;
    if (!index || !count) refuse("corrupt results file: 'shard' is not {index, count} (whole numbers in [1, 2147483647])");
    shard.index = static_cast<int>(*index);
    shard.count = static_cast<int>(*count);
  }
  if (shard.count < 1 || shard.index < 1 || shard.index > shard.count)
    refuse(fmt::format("corrupt results file: shard {}/{}", shard.index, shard.count));
  const auto plan = study_cells(config);
  std::set<int> seen;
  for (const auto& cell : doc["cells"]) {
    if (!cell.is_object() || !cell.contains("index") || !cell["index"].is_number_integer() ||
        !cell.contains("id") || !cell.contains("config") || !cell.contains("summary") ||
        !cell.contains("steps"))
      refuse("corrupt results file: a cell lacks index, id, config, steps or summary");
    const auto index = whole(cell["index"], 0, static_cast<std::int64_t>(plan.size()) - 1);
    if (!index) refuse(fmt::format("foreign cell: index {} is outside the study's {} cells", excerpt(cell["index"].dump()), plan.size()));
    const int k = static_cast<int>(*index);
    if (!seen.insert(k).second) refuse(fmt::format("corrupt results file: cell {} appears twice", k));
    if (!cell_in_shard(k, shard))
      refuse(fmt::format("foreign cell: cell {} does not belong to shard {}/{}", k, shard.index, shard.count));
    if (cell["id"] != plan[k].id)
      refuse(fmt::format("foreign cell: cell {} is {} but the study's cell {} is {}", k, excerpt(cell["id"].dump()),
                         k, plan[k].id));
    if (cell["config"] != study_cell_config_json(config, plan[k]))
      refuse(fmt::format("foreign cell: cell {} ({}) was run with a different configuration", k, plan[k].id));
  }
  return doc;
}

void refuse_cells_beyond_memory(const StudyConfig& config, const Shard& shard, int ensemble) {
  const StudyCell* largest = nullptr;
  double need = 0;
  int cells = 0;
  const std::vector<StudyCell> plan = study_cells(config);
  for (const auto& cell : plan) {
    if (cell.external() || !cell_in_shard(cell.index, shard)) continue;
    ++cells;
    const double bytes = cell_memory_estimate_bytes(cell.config);
    if (!largest || bytes > need) {
      largest = &cell;
      need = bytes;
    }
  }
  if (!largest) return;
  const int together = std::max(1, std::min(ensemble, cells));
  const CellConfig& c = largest->config;
  refuse_beyond_available_memory(
      need * together, fmt::format("cell {} (particles {}, eval_samples {}, d {}){}", largest->id, c.particles,
                                   c.eval_samples, c.d, together > 1 ? fmt::format(" x ensemble {}", together) : ""));
}

int resolve_ensemble(int requested, const StudyConfig& config, const Shard& shard) {
  if (requested > 0) return requested;
  // The cores this process may run on (a Slurm task's or taskset's CPU set), not every core of the machine.
  cpu_set_t allowed;
  const int cores = sched_getaffinity(0, sizeof allowed, &allowed) == 0
                        ? CPU_COUNT(&allowed)
                        : static_cast<int>(std::thread::hardware_concurrency());
  for (int k = std::clamp(cores, 1, kMaxDefaultEnsemble); k > 1; --k) {
    try {
      refuse_cells_beyond_memory(config, shard, k);
      return k;
    } catch (const UsageError&) {  // k cells together do not fit: one fewer
    }
  }
  return 1;
}

SweepSummary run_sweep(const StudyConfig& config, const SweepOptions& options) {
  if (options.out.empty()) throw UsageError("--out is required (the results file to write)");
  refuse_cells_beyond_memory(config, options.shard, options.ensemble);  // before the lock and any work
  const std::string partial = partial_path(options.out);
  // Held until the results file is written: a second sweep on this --out (a requeued array task
  // whose first run still lives, a second terminal) is refused instead of redoing cells beside it.
  const FileLock lock(lock_path_for(options.out), options.out,
                      fmt::format("nwgf sweep --out {} --shard {}/{}", options.out, options.shard.index,
                                  options.shard.count),
                      /*quiet=*/false);  // taking over a killed sweep's lock is said even with --quiet
  const auto plan = study_cells(config);
  const std::set<int> plotted = plotted_cells(plan);
  const json config_json = study_config_to_json(config);
  SweepSummary summary;
  summary.planned = shard_cell_count(plan, options.shard);

  // Finished cells, by index, from the resumed file.
  std::map<int, json> done;
  if (options.resume) {
    std::string source;
    if (file_exists(partial)) source = partial;
    else if (file_exists(options.out)) source = options.out;
    if (!source.empty()) {
      json doc = load_study_document(source);
      if (doc["config"] != config_json)
        throw UsageError(fmt::format("{}: cannot resume: it was made from a different study config", source));
      if (doc["shard"]["index"] != options.shard.index || doc["shard"]["count"] != options.shard.count)
        throw UsageError(fmt::format("{}: cannot resume: it holds shard {}/{}, not {}/{}", source,
                                     doc["shard"]["index"].get<int>(), doc["shard"]["count"].get<int>(),
                                     options.shard.index, options.shard.count));
      int retried = 0;
      for (auto& cell : doc["cells"]) {
        const int k = cell["index"].get<int>();  // before the move: json's operator= takes its argument by value
        if (options.retry_failed && plan[k].external() &&
            cell["summary"].value("status", std::string("ok")) != "ok") {
          ++retried;
          continue;
        }
        done[k] = std::move(cell);
      }
      summary.resumed = static_cast<int>(done.size());
      if (retried > 0 && !options.quiet)
        std::fprintf(stderr, "nwgf sweep: --retry-failed: %d failed external cell%s will run again\n", retried,
                     retried == 1 ? "" : "s");
      if (!options.quiet)
        std::fprintf(stderr, "nwgf sweep: resuming from %s: %d of %d cells finished\n", source.c_str(),
                     summary.resumed, summary.planned);
    } else if (!options.quiet) {
      std::fprintf(stderr, "nwgf sweep: nothing to resume (no %s or %s); starting afresh\n",
                   partial.c_str(), options.out.c_str());
    }
  } else if (file_exists(partial)) {
    throw UsageError(fmt::format("{} exists (an interrupted sweep): pass --resume to continue it, or "
                                 "delete it to start afresh", partial));
  }

  const Provenance prov = collect_provenance(std::string(neural::device_name(config.base.settings.device)), config.base.settings.threads);
  const json prov_json = to_json(prov);
  auto cells_json = [&]() {
    json cells = json::array();
    for (const auto& [k, c] : done) cells.push_back(c);
    return cells;
  };

  std::vector<const StudyCell*> todo, todo_external;
  std::int64_t total_steps = 0;
  for (const auto& cell : plan) {
    if (!cell_in_shard(cell.index, options.shard) || done.count(cell.index)) continue;
    (cell.external() ? todo_external : todo).push_back(&cell);
    total_steps += static_cast<std::int64_t>(
        std::llround((cell.config.T - cell.config.t0) / cell.config.tau));
  }
  if (!todo_external.empty() && !options.external_runner)
    throw UsageError("this study has external solver cells but no runner for them was given");
  const std::string runs_dir = options.runs_dir.empty() ? default_runs_dir(options.out) : options.runs_dir;
  // The run folders are written by one sweep at a time, whichever output names them (--runs-dir):
  // a second sweep there would kill this one's solvers (external.h kill_stale_solver).
  std::optional<FileLock> runs_lock;
  if (!todo_external.empty())
    runs_lock.emplace(lock_output(runs_dir, fmt::format("nwgf sweep --out {} (its run folders)", options.out), false));
  Progress progress(fmt::format("sweep {}", config.name), total_steps, options.quiet);
  // A finished cell: into `done` and the partial file.
  std::mutex keep_mutex;  // external cells finish on their own threads
  const auto keep = [&](const StudyCell& cell, json result) {
    const std::lock_guard<std::mutex> hold(keep_mutex);
    json entry = {{"index", cell.index}, {"id", cell.id}};
    for (auto& item : result.items()) entry[item.key()] = item.value();
    if (options.thin_points) thin_plot_data(plotted.count(cell.index) > 0, entry);
    done[cell.index] = std::move(entry);
    ++summary.ran;
    write_file_atomic(partial, make_study_document(config, options.shard, cells_json(), prov_json).dump(1));
  };
  if (options.ensemble > 1 && !options.runner) {
    std::vector<CellConfig> configs;
    for (const StudyCell* cell : todo) configs.push_back(cell->config);
    std::int64_t steps_done = 0;
    int finished = 0;
    PooledCallbacks callbacks;
    callbacks.on_step = [&](std::size_t i, const json& step) {
      ++steps_done;
      progress.update(steps_done, fmt::format("{}/{} cells done, {} step {} (ensemble {})", finished, todo.size(),
                                              todo[i]->id, step.value("n", 0), options.ensemble));
    };
    callbacks.on_result = [&](std::size_t i, json result) {
      ++finished;
      keep(*todo[i], std::move(result));
    };
    run_cells_pooled(configs, options.ensemble, callbacks);
  } else {
    const CellRunner runner = options.runner ? options.runner : CellRunner(run_cell);
    std::int64_t steps_before = 0;
    int position = 0;
    for (const StudyCell* cell : todo) {
      ++position;
      RunOptions run_options;
      run_options.quiet = true;
      const std::string status_prefix = fmt::format("cell {}/{} {}", position, todo.size(), cell->id);
      run_options.on_step = [&](const json& step) {
        const std::int64_t n = step.value("n", std::int64_t{0});
        progress.update(steps_before + n, fmt::format("{} step {}", status_prefix, n));
      };
      progress.update(steps_before, status_prefix);
      json result;
      try {
        result = runner(cell->config, run_options);
      } catch (const std::exception& e) {  // a cell that fails at run time is recorded, the sweep goes on
        result = failed_cell_result(cell->config, std::string("the cell stopped: ") + e.what());
      }
      keep(*cell, std::move(result));
      steps_before += static_cast<std::int64_t>(std::llround((cell->config.T - cell->config.t0) / cell->config.tau));
    }
  }
  if (!todo_external.empty()) run_external_cells(config, todo_external, runs_dir, options, progress, keep);
  progress.finish(fmt::format("{} cells run, {} resumed", summary.ran, summary.resumed));
  for (const auto& [k, c] : done)
    if (c.contains("summary") && c["summary"].value("status", std::string("ok")) != "ok") ++summary.failed;

  const json doc = make_study_document(config, options.shard, cells_json(), prov_json);
  write_file_atomic(options.out, doc.dump());  // compact: committed results stay small
  std::error_code ec;
  std::filesystem::remove(partial, ec);
  summary.written = options.out;
  return summary;
}

// Prints the study's cells and its total work without running anything: steps, Adam iterations,
// the particle pairs the built-in cells evaluate (a particle flow's step: N^2; scoring a step:
// the particles' and the chain samples' own pair sums, m^2 + n^2, the dominant O(N^2) work of
// every metric), and the external solvers' steps (their own work, bounded by each solver's
// timeout, plus the scoring of the points they write).
void print_study_plan(const StudyConfig& config, const Shard& shard, int ensemble) {
  refuse_cells_beyond_memory(config, shard, ensemble);
  long long steps = 0, iterations = 0, external_steps = 0;
  double pairs = 0;
  int cells = 0;
  for (const auto& cell : study_cells(config)) {
    if (!cell_in_shard(cell.index, shard)) continue;
    const long long n = std::llround((cell.config.T - cell.config.t0) / cell.config.tau);
    ++cells;
    steps += n;
    if (cell.external()) {
      const SolverSpec& solver = config.solvers.at(static_cast<std::size_t>(cell.solver));
      std::string argv;
      for (const auto& a : expand_command(solver, external_cell(cell, "RUN_DIR"))) argv += (argv.empty() ? "" : " ") + a;
      std::printf("%4d  %-36s t0=%-5s steps=%-4lld external (%s, timeout %ss): %s\n", cell.index, cell.id.c_str(),
                  short_number(cell.config.t0).c_str(), n, solver.scheme.c_str(),
                  fmt::format("{}", solver.timeout_s).c_str(), argv.c_str());
      external_steps += n;
      continue;
    }
    const double m = cell.config.particles;
    if (cell.config.scheme != neural::Scheme::Particle) {
      iterations += n * cell.config.settings.iters;
      const double samples = cell.config.eval_samples;
      pairs += static_cast<double>(n) * (m * m + samples * samples);
    } else {
      pairs += static_cast<double>(n) * 2.0 * m * m;  // the flow's step and its scoring
    }
    std::printf("%4d  %-36s t0=%-5s steps=%-4lld %s\n", cell.index, cell.id.c_str(),
                short_number(cell.config.t0).c_str(), n,
                cell.config.scheme == neural::Scheme::Particle
                    ? fmt::format("N={}", cell.config.particles).c_str()
                    : fmt::format("m={} iters/step={}", cell.config.particles, cell.config.settings.iters).c_str());
  }
  std::printf("%d cells, %lld steps, %lld Adam iterations, %.3g particle pairs (particle flows and scoring), "
              "%lld external solver steps in all (shard %d/%d)\n",
              cells, steps, iterations, pairs, external_steps, shard.index, shard.count);
}

json merge_study_shards(const std::vector<std::string>& paths) {
  if (paths.empty()) throw UsageError("sweep merge: give at least one shard file");
  std::vector<json> docs;
  for (const auto& p : paths) docs.push_back(load_study_document(p));
  const json& first = docs.front();
  const int count = first["shard"]["count"].get<int>();
  std::map<int, std::string> shard_files;
  json cells = json::array();
  json sources = json::array();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const json& doc = docs[i];
    const std::string& path = paths[i];
    if (doc["config"] != first["config"])
      throw UsageError(fmt::format("{}: not a shard of the same study as {} (the study configs differ)",
                                   path, paths.front()));
    const int idx = doc["shard"]["index"].get<int>();
    const int n = doc["shard"]["count"].get<int>();
    if (n != count)
      throw UsageError(fmt::format("{}: shard {}/{} does not fit shards of {} ({})", path, idx, n, count,
                                   paths.front()));
    if (!doc["complete"].get<bool>())
      throw UsageError(fmt::format("{}: shard {}/{} is incomplete (resume it with nwgf sweep --resume "
                                   "--shard {}/{} first)", path, idx, n, idx, n));
    if (auto it = shard_files.find(idx); it != shard_files.end())
      throw UsageError(fmt::format("{}: shard {}/{} is also given as {}", path, idx, n, it->second));
    shard_files[idx] = path;
    for (const auto& cell : doc["cells"]) cells.push_back(cell);
    sources.push_back({{"path", path},
                       {"shard", doc["shard"]},
                       {"provenance", doc.contains("provenance") ? doc["provenance"] : json(nullptr)}});
  }
  std::string missing;
  for (int i = 1; i <= count; ++i)
    if (!shard_files.count(i)) missing += fmt::format("{}{}/{}", missing.empty() ? "" : ", ", i, count);
  if (!missing.empty()) throw UsageError("sweep merge: missing shard(s) " + missing);

  const StudyConfig config = study_config_from_json(first["config"], paths.front());
  const json prov = to_json(collect_provenance(std::string(neural::device_name(config.base.settings.device)), config.base.settings.threads));
  json doc = make_study_document(config, Shard{}, std::move(cells), prov);
  if (!doc["complete"].get<bool>())
    throw UsageError("sweep merge: the shards do not hold every cell of the study");
  doc["merged_from"] = std::move(sources);
  return doc;
}

}  // namespace nwgf::suite
