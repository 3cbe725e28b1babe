// End-to-end tests of `nwgf report` (the program in $NWGF_BIN, set by CTest): one results file
// gives the study's report with its baselines; several give one comparison report; a file that is
// not a complete nwgf-study/1 study, a missing file, or several files without --out exit 2 with
// exactly one line on stderr naming the file or the option, and nothing is written; an external
// solver that never moves (through nwgf sweep) scores exactly the frozen start.
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/study/study_config.h"
#include "suite/study/sweep.h"
#include "suite/study/tests/fake_cell.h"

#include "testing/cli_runs.h"


namespace fs = std::filesystem;
using nlohmann::json;
using namespace nwgf::suite;

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;
using nwgf::testing::run_nwgf;
using nwgf::testing::read_text;

bool have_gnuplot() { return std::system("gnuplot --version > /dev/null 2>&1") == 0; }

// A complete (or sharded) tiny study of this name and schemes, swept with the fake cells
// (suite/study/tests/fake_cell.h), written to `path`.
void write_study(const fs::path& path, const std::string& name, const std::string& schemes, Shard shard = {}) {
  const StudyConfig config = study_config_from_json(json::parse(R"({"name": ")" + name + R"(", "schemes": )" + schemes + R"(,
    "d": [2], "r": [1, 1.5], "taus": [0.2, 0.1], "seeds": [0, 1], "T": 0.4, "forward_t0": 0.2,
    "particles": 64, "eval_samples": 0, "training": {"iters": 5}})"));
  SweepOptions o;
  o.out = path.string();
  o.quiet = true;
  o.shard = shard;
  o.runner = testing::fake_run_cell;
  run_sweep(config, o);
}

}  // namespace

TEST_CASE("nwgf report A.json B.json --out DIR: one comparison report; one file: the study's report with baselines") {
  const fs::path scratch = fs::temp_directory_path() / ("nwgf_cli_report_" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  write_study(scratch / "alpha.json", "alpha", R"(["backward"])");
  write_study(scratch / "beta.json", "beta", R"(["backward", "forward"])");
  const bool render = have_gnuplot();
  if (!render) MESSAGE("gnuplot is not installed (gnuplot-nox); checking the Markdown and script only");
  std::vector<std::string> args{"report", (scratch / "alpha.json").string(), (scratch / "beta.json").string(),
                                "--out", (scratch / "cmp").string()};
  if (!render) args.push_back("--no-render");
  const Run ok = run_nwgf(args, scratch);
  CHECK_MESSAGE(ok.status == 0, ok.err);
  const std::string md = read_text(scratch / "cmp" / "report.md");
  CHECK(md.rfind("# Comparison: alpha, beta\n\n## Verdict\n\n", 0) == 0);  // the verdict first
  CHECK(md.find("| alpha | Dirac | d = 2, r = 1.5 | backward | MMD: ") != std::string::npos);
  CHECK(md.find("different commits") == std::string::npos);  // both files from this build's commit
  CHECK(md.find("*Figure:* MMD to γ(T) at T against τ, d = 2, r = 1.5, T = 0.4, particles.") != std::string::npos);
  CHECK(md.find("## Fitted orders") != std::string::npos);
  CHECK(md.find("### Baselines") != std::string::npos);
  CHECK(md.find("| alpha | backward | 2 | 1.5 |") != std::string::npos);
  CHECK(md.find("| beta | forward | 2 | 1.5 |") != std::string::npos);
  const std::string script = read_text(scratch / "cmp" / "plots.gp");
  for (const char* legend : {"backward (alpha)", "backward (beta)", "forward (beta)", "frozen start"})
    CHECK_MESSAGE(script.find(legend) != std::string::npos, legend);
  // d = 2, r in {1, 1.5}, particles: MMD and radial W2 plots.
  for (const char* plot : {"conv_mmd_particles_d2_r1", "conv_radial_w2_particles_d2_r1.5"}) {
    CHECK_MESSAGE(md.find(std::string(plot) + ".svg") != std::string::npos, plot);
    if (render) CHECK_MESSAGE(fs::exists(scratch / "cmp" / (std::string(plot) + ".png")), plot);
  }

  // One file: the study's own report, the baselines added.
  const Run one = run_nwgf({"report", (scratch / "alpha.json").string(), "--out", (scratch / "one").string(),
                            "--no-render"},
                           scratch);
  CHECK_MESSAGE(one.status == 0, one.err);
  const std::string single = read_text(scratch / "one" / "report.md");
  CHECK(single.rfind("# Study `alpha`\n\n## Verdict\n\n", 0) == 0);
  CHECK(single.find("### Baselines") != std::string::npos);
  CHECK(single.find("## Timings") != std::string::npos);
  fs::remove_all(scratch);
}

TEST_CASE("nwgf report refuses what is not a complete study, naming the file: exit 2, one line, nothing written") {
  const fs::path scratch = fs::temp_directory_path() / ("nwgf_cli_report_bad_" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  const fs::path good = scratch / "good.json";
  write_study(good, "good", R"(["backward"])");
  write_study(scratch / "shard.json", "good", R"(["backward"])", Shard{1, 2});
  std::ofstream(scratch / "text.json") << "not json at all";
  std::ofstream(scratch / "flow.json") << R"({"schema": "nwgf-flow/1", "config": {}})";
  std::ofstream(scratch / "list.json") << "[1, 2, 3]";
  json partial = json::parse(read_text(good));
  partial["complete"] = false;
  std::ofstream(scratch / "partial.json") << partial.dump();

  const fs::path out = scratch / "report";
  struct Case {
    std::string file, says;
  };
  for (const Case& c : std::vector<Case>{{"text.json", "corrupt"},
                                         {"flow.json", "schema"},
                                         {"list.json", "not a JSON object"},
                                         {"shard.json", "merge the shards first"},
                                         {"partial.json", "incomplete"},
                                         {"missing.json", "missing.json"}}) {
    CAPTURE(c.file);
    for (bool first : {true, false}) {  // the bad file before or after a good one
      const std::string bad = (scratch / c.file).string();
      const Run r = run_nwgf({"report", first ? bad : good.string(), first ? good.string() : bad, "--out", out.string(),
                              "--no-render"},
                             scratch);
      CHECK(r.status == 2);
      CHECK_MESSAGE(count_lines(r.err) == 1, r.err);
      CHECK_MESSAGE(r.err.find(bad) != std::string::npos, r.err);
      CHECK_MESSAGE(r.err.find(c.says) != std::string::npos, r.err);
      CHECK_FALSE(fs::exists(out));
    }
  }
  // Several files need --out (there is no default folder for a comparison).
  const Run no_out = run_nwgf({"report", good.string(), good.string(), "--no-render"}, scratch);
  CHECK(no_out.status == 2);
  CHECK_MESSAGE(count_lines(no_out.err) == 1, no_out.err);
  CHECK_MESSAGE(no_out.err.find("--out DIR is required") != std::string::npos, no_out.err);
  CHECK_FALSE(fs::exists("reports/good"));
  fs::remove_all(scratch);
}

// The files left in a report folder whose name ends in ".tmp" (a render stopped in the middle).
std::vector<std::string> temp_files(const fs::path& dir) {
  std::vector<std::string> left;
  if (!fs::exists(dir)) return left;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().filename().string().find(".tmp") != std::string::npos) left.push_back(e.path().string());
  return left;
}

// An executable shell script at `path` standing in for gnuplot.
std::string fake_gnuplot(const fs::path& path, const std::string& body) {
  std::ofstream(path) << "#!/bin/sh\n" << body;
  fs::permissions(path, fs::perms::owner_all);
  return path.string();
}

TEST_CASE("a study name with a newline reaches Markdown and gnuplot as one line; a failed render leaves no temp file") {
  const fs::path scratch = fs::temp_directory_path() / ("nwgf_cli_report_names_" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  write_study(scratch / "alpha.json", "alpha", R"(["backward"])");
  write_study(scratch / "beta.json", "beta", R"(["backward"])");
  json odd = json::parse(read_text(scratch / "alpha.json"));
  odd["config"]["name"] = "al\npha | x";  // the name is free text: only the report must cope
  std::ofstream(scratch / "alpha.json") << odd.dump();
  const std::vector<std::string> files{(scratch / "alpha.json").string(), (scratch / "beta.json").string()};

  if (have_gnuplot()) {
    // It used to break plots.gp mid-way (a newline ends a gnuplot command): exit 1, *.tmp plots left, no report.md.
    std::vector<std::string> args{"report", files[0], files[1], "--quiet", "--out", (scratch / "cmp").string()};
    const Run r = run_nwgf(args, scratch);
    CHECK_MESSAGE(r.status == 0, r.err);
    const std::string md = read_text(scratch / "cmp" / "report.md");
    CHECK(md.rfind("# Comparison: al pha | x, beta\n", 0) == 0);
    CHECK(md.find("| al pha \\| x | backward | 2 | 1 |") != std::string::npos);
    CHECK(fs::exists(scratch / "cmp" / "conv_mmd_particles_d2_r1.svg"));
    CHECK(temp_files(scratch / "cmp").empty());
  } else {
    MESSAGE("gnuplot is not installed (gnuplot-nox); the rendering of the odd name is not checked");
  }

  // gnuplot that fails after writing a plot's temporary file: the report fails, no .tmp is left.
  const std::string failing =
      fake_gnuplot(scratch / "failing-gnuplot", "cat > /dev/null\ntouch conv_mmd_particles_d2_r1.svg.tmp\nexit 1\n");
  const Run failed = run_nwgf({"report", files[0], files[1], "--gnuplot", failing, "--out", (scratch / "failed").string()},
                              scratch);
  CHECK(failed.status == 1);
  CHECK_MESSAGE(count_lines(failed.err) == 1, failed.err);
  CHECK(temp_files(scratch / "failed").empty());
  CHECK_FALSE(fs::exists(scratch / "failed" / "report.md"));

  // gnuplot that hangs: killed after --render-timeout seconds on one plot, the plot named, nothing left.
  const std::string hanging = fake_gnuplot(scratch / "hanging-gnuplot", "exec sleep 60\n");
  const auto start = std::chrono::steady_clock::now();
  const Run hung = nwgf::testing::run_nwgf({"report", files[0], files[1], "--gnuplot", hanging, "--render-timeout", "1",
                                            "--quiet", "--out", (scratch / "hung").string()},
                                           scratch, 50);
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK_FALSE(hung.timed_out);
  CHECK(hung.status == 1);
  CHECK_MESSAGE(hung.err.find("spent more than 1 s on the script before its first plot and was killed") !=
                    std::string::npos,
                hung.err);
  CHECK(took < 30);
  CHECK(temp_files(scratch / "hung").empty());
  CHECK_FALSE(fs::exists(scratch / "hung" / "report.md"));
  fs::remove_all(scratch);
}

TEST_CASE("an external solver that never moves scores exactly the frozen start, through nwgf sweep and nwgf report") {
  // The solver writes N copies of the origin (delta_0) at every step; nwgf scores them with the
  // exact MMD of a point set (analytic/empirical_error.h), the convergence analysis computes the
  // frozen start from the dilation closed form (analytic/dilation.h): two independent routes.
  if (std::system("python3 -c 'import json' > /dev/null 2>&1") != 0) {
    MESSAGE("python3 is not installed; the never-moving external solver cannot run; skipping");
    return;
  }
  const fs::path scratch = fs::temp_directory_path() / ("nwgf_cli_report_frozen_" + std::to_string(::getpid()));
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  std::ofstream(scratch / "frozen.py") << R"(import json, os, sys
a = dict(zip(sys.argv[1::2], sys.argv[2::2]))
d, tau, T, t0 = int(a["--d"]), float(a["--tau"]), float(a["--T"]), float(a["--t0"])
steps = []
for n in range(1, round((T - t0) / tau) + 1):
    with open(os.path.join(a["--out"], "step%d.csv" % n), "w") as f:
        f.write(("," .join(["0"] * d) + "\n") * 200)
    steps.append({"n": n, "t": t0 + n * tau, "particles": "step%d.csv" % n})
json.dump({"protocol": "nwgf-run/1", "solver": "frozen", "scheme": "backward", "d": d, "r": float(a["--r"]),
           "tau": tau, "T": T, "t0": t0, "seed": int(a["--seed"]), "steps": steps},
          open(os.path.join(a["--out"], "run.json"), "w"))
)";
  const json config = {
      {"name", "frozen_solver"}, {"schemes", json::array()}, {"d", {2, 3}}, {"r", {1, 1.5}}, {"taus", {0.2, 0.1}},
      {"seeds", {0}}, {"T", 0.4}, {"particles", 64}, {"eval_samples", 0}, {"threads", 1},
      {"solvers",
       {{{"name", "frozen"}, {"scheme", "backward"}, {"timeout_s", 120},
         {"command", {"python3", (scratch / "frozen.py").string(), "--d", "{d}", "--r", "{r}", "--tau", "{tau}", "--T",
                      "{T}", "--t0", "{t0}", "--seed", "{seed}", "--out", "{run_dir}"}}}}}};
  std::ofstream(scratch / "study.json") << config.dump();
  const Run sweep = run_nwgf({"sweep", "--config", (scratch / "study.json").string(), "--out",
                              (scratch / "frozen.json").string()},
                             scratch);
  REQUIRE_MESSAGE(sweep.status == 0, sweep.err);
  const json doc = json::parse(read_text(scratch / "frozen.json"));
  // dilation_mmd's midpoint rule in the ball regime: measured 4e-9 relative against the point set's
  // exact MMD here (docs/math.md section 4); sphere regime and the other metrics: rounding.
  constexpr double kDilationQuadrature = 1e-6;  // relative
  constexpr double kRounding = 1e-12;           // relative
  int groups = 0;
  for (const auto& g : doc["convergence"]) {
    CHECK(g["label"] == "frozen");
    ++groups;
    for (const auto& m : g["metrics"]) {
      CAPTURE(g["d"].get<int>());
      CAPTURE(g["r"].get<double>());
      CAPTURE(m["metric"].get<std::string>());
      REQUIRE(m["frozen_start"].size() == m["mean"].size());
      for (std::size_t i = 0; i < m["mean"].size(); ++i) {
        const double scored = m["mean"][i].get<double>(), frozen = m["frozen_start"][i].get<double>();
        const bool mmd = m["metric"].get<std::string>().rfind("mmd", 0) == 0;
        CHECK(std::abs(scored - frozen) <= (mmd ? kDilationQuadrature : kRounding) * frozen);
      }
    }
  }
  CHECK(groups == 4);  // (d, r) in {2, 3} x {1, 1.5}, particles only
  const Run report = run_nwgf({"report", (scratch / "frozen.json").string(), "--out", (scratch / "report").string(),
                               "--no-render"},
                              scratch);
  CHECK_MESSAGE(report.status == 0, report.err);
  const std::string md = read_text(scratch / "report" / "report.md");
  CHECK(md.find("| frozen | 2 | 1 | δ₀ | 0.287 | 0.287 |") != std::string::npos);  // sqrt(T s^2 / 3), s = π/4
  fs::remove_all(scratch);
}
