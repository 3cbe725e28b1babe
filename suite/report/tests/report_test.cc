// A produced results file validates against the JSON Schema with a real validator
// (tools/validate_results.sh, python3-jsonschema), a damaged one does not; nwgf report renders it
// into report.md with SVG and PNG plots, and refuses shards and incomplete studies.
#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "suite/common/io_util.h"
#include "suite/report/report.h"
#include "suite/study/study_config.h"
#include "suite/study/sweep.h"
#include "suite/study/tests/fake_cell.h"
#include "testing/tolerances.h"

using nlohmann::json;
using namespace nwgf::suite;

namespace {

std::string source_dir() {
  const char* env = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE_MESSAGE(env != nullptr, "NWGF_SOURCE_DIR must name the source tree (set by CTest)");
  return env;
}

// Exit status of tools/validate_results.sh on one file.
int validate_with_schema(const std::string& path) {
  const std::string cmd = source_dir() + "/tools/validate_results.sh '" + path + "' > '" + path + ".log' 2>&1";
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool have_program(const std::string& probe) { return std::system((probe + " > /dev/null 2>&1").c_str()) == 0; }

const std::string kDir = "report_test_tmp";

json tiny_study_document(const std::string& name, Shard shard = {}) {
  const StudyConfig config = study_config_from_json(json::parse(R"({
    "name": "tiny", "schemes": ["backward", "forward", "particle"], "d": [2, 3], "r": [1, 1.5],
    "taus": [0.2, 0.1], "seeds": [0, 1], "T": 0.4, "forward_t0": 0.2, "particles": 64,
    "eval_samples": 0, "training": {"iters": 5}
  })"));
  SweepOptions o;
  o.out = kDir + "/" + name;
  o.quiet = true;
  o.shard = shard;
  o.runner = testing::fake_run_cell;
  std::filesystem::remove(partial_path(o.out));
  run_sweep(config, o);
  return load_study_document(o.out);
}

}  // namespace

TEST_CASE("a produced study file validates against results/schema; a damaged one does not") {
  if (!have_program("/usr/bin/python3 -c 'import jsonschema'")) {
    MESSAGE("python3-jsonschema is not installed (tools/install-deps.sh installs it); skipping");
    return;
  }
  make_directories(kDir);
  const json doc = tiny_study_document("valid.json");
  CHECK(validate_with_schema(kDir + "/valid.json") == 0);

  json damaged = doc;
  damaged["convergence"][0]["metrics"][0]["fit"] = "steep";
  write_file_atomic(kDir + "/damaged.json", damaged.dump());
  CHECK(validate_with_schema(kDir + "/damaged.json") == 1);

  json foreign = doc;
  foreign["cells"][0]["summary"]["status"] = "maybe";
  write_file_atomic(kDir + "/foreign.json", foreign.dump());
  CHECK(validate_with_schema(kDir + "/foreign.json") == 1);
}

TEST_CASE("nwgf report renders the Markdown and every plot as SVG and PNG") {
  make_directories(kDir);
  const json doc = tiny_study_document("render.json");
  ReportOptions o;
  o.out_dir = kDir + "/render_report";
  o.results_path = kDir + "/render.json";
  std::filesystem::remove_all(o.out_dir);
  o.render = have_program("gnuplot --version");
  if (!o.render) MESSAGE("gnuplot is not installed (gnuplot-nox); checking the Markdown and script only");
  const ReportSummary s = write_report(doc, o);
  const std::string md = read_file(s.markdown);
  CHECK(md.find("## Fitted orders") != std::string::npos);
  CHECK(md.find("## Timings") != std::string::npos);
  // Per (d, r): MMD and radial-W2 convergence plots and an error-vs-time plot; per
  // (scheme, d, r): a scatter plot and a radial histogram (the fake cells carry final points).
  CHECK(s.plots.size() == 4 * 3 + 3 * 4 * 2);
  for (const auto& name : s.plots) {
    CHECK_MESSAGE(md.find(name + ".svg") != std::string::npos, name);
    if (!o.render) continue;
    for (const char* ext : {".svg", ".png"}) {
      const std::string file = o.out_dir + "/" + name + ext;
      CHECK_MESSAGE(std::filesystem::exists(file), file);
      if (std::filesystem::exists(file)) CHECK(std::filesystem::file_size(file) > 1000);
    }
  }
}

TEST_CASE("a study report names the published parametrisation when its config chose it, and only then") {
  make_directories(kDir);
  const StudyConfig config = study_config_from_json(json::parse(R"({
    "name": "published", "schemes": ["backward"], "d": [2], "r": [1], "taus": [0.2, 0.1], "T": 0.4,
    "particles": 64, "eval_samples": 0, "network": {"generator_output": "position"},
    "training": {"iters": 5, "batch": 32, "batch_sampling": "without"}
  })"));
  SweepOptions so;
  so.out = kDir + "/published.json";
  so.quiet = true;
  so.runner = testing::fake_run_cell;
  std::filesystem::remove(partial_path(so.out));
  run_sweep(config, so);
  const auto markdown = [](const json& doc, const std::string& name) {
    ReportOptions o;
    o.out_dir = kDir + "/" + name;
    o.results_path = kDir + "/" + name + ".json";
    o.render = false;
    std::filesystem::remove_all(o.out_dir);
    return read_file(write_report(doc, o).markdown);
  };
  const std::string published = markdown(load_study_document(so.out), "published_report");
  CHECK(published.find("latent d; backward scheme T = G (generator output position) |") != std::string::npos);
  CHECK(published.find("batch 32 (without replacement), lr") != std::string::npos);
  const std::string defaults = markdown(tiny_study_document("defaults.json"), "defaults_report");
  CHECK(defaults.find("| network | MLP 2×64 relu, latent d |") != std::string::npos);
  CHECK(defaults.find("generator output") == std::string::npos);
  CHECK(defaults.find("replacement") == std::string::npos);
}

TEST_CASE("a report folder whose name has a space, quotes and a semicolon is rendered in place") {
  // Before gnuplot ran without a shell, `cd '<folder>' && gnuplot plots.gp` ran `touch X` for
  // this folder name. Every file must land inside the folder, none beside it or here.
  make_directories(kDir);
  const json doc = tiny_study_document("odd.json");
  const std::filesystem::path parent = kDir + "/odd_parent";
  std::filesystem::remove_all(parent);
  std::filesystem::create_directories(parent);
  const auto entries = [](const std::filesystem::path& dir) {
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) names.insert(e.path().filename().string());
    return names;
  };
  const std::set<std::string> here_before = entries(".");
  const std::string folder = "a b';touch X;'c \"d;touch Y\"";
  ReportOptions o;
  o.out_dir = (parent / folder).string();
  o.results_path = kDir + "/odd.json";
  o.render = have_program("gnuplot --version");
  if (!o.render) MESSAGE("gnuplot is not installed (gnuplot-nox); checking the Markdown and script only");
  const ReportSummary s = write_report(doc, o);
  CHECK(entries(parent) == std::set<std::string>{folder});
  CHECK(entries(".") == here_before);
  CHECK_FALSE(std::filesystem::exists("X"));
  CHECK(std::filesystem::exists(o.out_dir + "/report.md"));
  CHECK(std::filesystem::exists(o.out_dir + "/plots.gp"));
  if (o.render)
    for (const auto& name : s.plots)
      for (const char* ext : {".svg", ".png"}) CHECK_MESSAGE(std::filesystem::exists(o.out_dir + "/" + name + ext), name);
  // Nothing but the report's own files in the folder: report.md, plots.gp, data/ and the plots.
  std::set<std::string> expected{"report.md", "plots.gp", "data"};
  if (o.render)
    for (const auto& name : s.plots) expected.insert({name + ".svg", name + ".png"});
  CHECK(entries(o.out_dir) == expected);
}

TEST_CASE("nwgf report refuses a shard and an incomplete study with the reason") {
  make_directories(kDir);
  ReportOptions o;
  o.out_dir = kDir + "/refused_report";
  o.results_path = "shard.json";
  const json shard = tiny_study_document("shard.json", Shard{1, 2});
  CHECK_THROWS_WITH_AS(write_report(shard, o), doctest::Contains("merge the shards first"), UsageError);
  json partial = tiny_study_document("partial.json");
  partial["complete"] = false;
  CHECK_THROWS_WITH_AS(write_report(partial, o), doctest::Contains("incomplete"), UsageError);
  CHECK_FALSE(std::filesystem::exists(o.out_dir + "/report.md"));
}

namespace {

// A tiny study of its own name, schemes and dimensions, swept with the fake cells
// (suite/study/tests/fake_cell.h).
json named_study_document(const std::string& file, const std::string& name, const std::string& schemes,
                          const std::string& dims = "[2, 3]") {
  const StudyConfig config = study_config_from_json(json::parse(fmt::format(R"({{
    "name": "{}", "schemes": {}, "d": {}, "r": [1, 1.5],
    "taus": [0.2, 0.1], "seeds": [0, 1], "T": 0.4, "forward_t0": 0.2, "particles": 64,
    "eval_samples": 0, "training": {{"iters": 5}}
  }})", name, schemes, dims)));
  SweepOptions o;
  o.out = kDir + "/" + file;
  o.quiet = true;
  o.runner = testing::fake_run_cell;
  std::filesystem::remove(partial_path(o.out));
  run_sweep(config, o);
  return load_study_document(o.out);
}

// Rows of data/<name>.dat as numbers (comment lines skipped).
std::vector<std::vector<double>> data_rows(const std::string& path) {
  std::vector<std::vector<double>> rows;
  std::istringstream in(read_file(path));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::vector<double> row;
    for (double x; fields >> x;) row.push_back(x);
    rows.push_back(row);
  }
  return rows;
}

// The plot block of plots.gp that renders <name>.svg (from its progress mark to `unset output`).
std::string plot_block(const std::string& script, const std::string& name) {
  const std::size_t at = script.find("nwgf-plot " + name + ".svg");
  if (at == std::string::npos) return "";
  return script.substr(at, script.find("unset output", at) - at);
}

// The colour (lc rgb '#rrggbb') of the plot term titled with `title` in a plot block.
std::string colour_of(const std::string& block, const std::string& title) {
  const std::size_t t = block.find("title '" + title);
  if (t == std::string::npos) return "";
  const std::size_t line = block.rfind('\n', t);
  const std::size_t c = block.find("lc rgb '", line == std::string::npos ? 0 : line);
  return c == std::string::npos || c > t ? "" : block.substr(c + 8, 7);
}

// The lines of report.md that show a plot ("![...](name.svg)") each followed, after a blank line,
// by a caption paragraph "*Figure:* ..."; the images without one.
std::vector<std::string> images_without_caption(const std::string& md) {
  std::vector<std::string> lines, missing;
  std::istringstream in(md);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].rfind("![", 0) == 0 && (i + 2 >= lines.size() || !lines[i + 1].empty() || lines[i + 2].rfind("*Figure:* ", 0) != 0))
      missing.push_back(lines[i]);
  return missing;
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// D(delta_0, gamma(T)) = sqrt(a^r (E||Y||^r - M2/r)) for d = 2, r = 1 (docs/math.md section 4), with
// eta* written out here: the ball regime, ||Y|| = s sqrt(U), U ~ Beta(1, 1/2), s = Γ(3/2)^2 / Γ(2) = π/4;
// M2 = s^2 d / (4 - r) = 2 s^2 / 3, E||Y|| = s Γ(3/2) Γ(3/2) / Γ(1) = s π / 4; a(T) = T for r = 1.
double frozen_start_mmd_d2_r1(double T) {
  const double s = M_PI / 4, m2 = 2 * s * s / 3, mean_norm = s * M_PI / 4;
  return std::sqrt(T * (mean_norm - m2));
}
// dilation_mmd's 4096-node midpoint rule: a few 1e-7 relative on the MMD (analytic/dilation.cc).
constexpr double kDilationQuadrature = 1e-6;  // relative

}  // namespace

TEST_CASE("a single-file report carries the baselines: frozen start line and table, i.i.d. floor, exact scheme") {
  make_directories(kDir);
  const json doc = tiny_study_document("baselines.json");
  ReportOptions o;
  o.out_dir = kDir + "/baselines_report";
  o.results_path = kDir + "/baselines.json";
  o.render = false;
  std::filesystem::remove_all(o.out_dir);
  const ReportSummary s = write_report(doc, o);
  const std::string md = read_file(s.markdown);
  CHECK(md.find("### Baselines") != std::string::npos);
  CHECK(md.find("frozen start") != std::string::npos);
  const std::string script = read_file(o.out_dir + "/plots.gp");
  CHECK(script.find("frozen start {/Symbol d}_0") != std::string::npos);    // backward, particle from delta_0
  CHECK(script.find("frozen start {/Symbol g}(0.2)") != std::string::npos);  // forward at r = 1.5 from gamma(0.2)
  // The frozen start of the MMD, column 7 of every curve's data, against the closed form.
  const auto rows = data_rows(o.out_dir + "/data/conv_mmd_d2_r1_backward.dat");
  REQUIRE(rows.size() == 2);
  for (const auto& row : rows) {
    REQUIRE(row.size() == 7);
    CHECK_REL(row[6], frozen_start_mmd_d2_r1(0.4), kDilationQuadrature);
  }
  // A results file written before the frozen start was part of the analysis: the report computes it.
  json old = doc;
  for (auto& g : old["convergence"])
    for (auto& m : g["metrics"]) m.erase("frozen_start");
  o.out_dir = kDir + "/baselines_old_report";
  std::filesystem::remove_all(o.out_dir);
  write_report(old, o);
  CHECK(read_file(kDir + "/baselines_old_report/report.md") == md);
  CHECK(read_file(kDir + "/baselines_old_report/data/conv_mmd_d2_r1_backward.dat") ==
        read_file(kDir + "/baselines_report/data/conv_mmd_d2_r1_backward.dat"));
}

TEST_CASE("an external solver's groups are named by their label in plots and tables") {
  make_directories(kDir);
  json doc = tiny_study_document("labels.json");
  // The particle groups stand in for an external solver's ("my_jko", compared with the JKO iterate).
  for (auto& g : doc["convergence"])
    if (g["scheme"] == "particle") g["scheme"] = "external", g["label"] = "my_jko", g["solver_scheme"] = "backward";
  ReportOptions o;
  o.out_dir = kDir + "/labels_report";
  o.results_path = kDir + "/labels.json";
  o.render = false;
  std::filesystem::remove_all(o.out_dir);
  const ReportSummary s = write_report(doc, o);
  const std::string md = read_file(s.markdown);
  // Rows: fitted orders, baselines, and the five metrics of "Every metric".
  CHECK(count_of(md, "| my_jko | 2 | 1.5 |") == 2 + 5);
  CHECK(std::filesystem::exists(o.out_dir + "/data/conv_mmd_d2_r1.5_my_jko.dat"));
  const std::string script = read_file(o.out_dir + "/plots.gp");
  CHECK(script.find("my\\_jko (backward) exact scheme") != std::string::npos);  // gnuplot_literal: _ escaped
}

TEST_CASE("several results files in one report: a plot per (d, r, source), a row per (file, label)") {
  make_directories(kDir);
  const json a = named_study_document("cmp_a.json", "study_a", R"(["backward", "forward"])");
  const json b = named_study_document("cmp_b.json", "study_b", R"(["backward"])");
  ReportOptions o;
  o.out_dir = kDir + "/cmp_report";
  o.render = have_program("gnuplot --version");
  if (!o.render) MESSAGE("gnuplot is not installed (gnuplot-nox); checking the Markdown and script only");
  std::filesystem::remove_all(o.out_dir);
  const ReportSummary s = write_comparison_report({{a, kDir + "/cmp_a.json"}, {b, kDir + "/cmp_b.json"}}, o);
  // (d, r) in {2, 3} x {1, 1.5}, source particles only (the fake cells have no chain), MMD and W2.
  CHECK(s.plots.size() == 4 * 2);
  const std::string md = read_file(s.markdown);
  for (const auto& name : s.plots) {
    CHECK_MESSAGE(md.find(name + ".svg") != std::string::npos, name);
    if (o.render) CHECK_MESSAGE(std::filesystem::exists(o.out_dir + "/" + name + ".png"), name);
  }
  CHECK(std::find(s.plots.begin(), s.plots.end(), "conv_mmd_particles_d2_r1.5") != s.plots.end());
  const std::string script = read_file(o.out_dir + "/plots.gp");
  for (const char* legend : {"backward (study\\_a)", "forward (study\\_a)", "backward (study\\_b)"})  // _ escaped
    CHECK_MESSAGE(count_of(script, legend) == 2 * 4 * 2, legend);  // every (d, r) and metric, SVG and PNG
  // One frozen start per start measure and plot: delta_0 everywhere, gamma(0.2) where forward starts there.
  CHECK(count_of(script, "frozen start {/Symbol d}_0") == 2 * 4 * 2);
  CHECK(count_of(script, "frozen start {/Symbol g}(0.2)") == 2 * 2 * 2);  // forward, r = 1.5, d = 2 and 3
  // Fitted orders and baselines: a row per (file, label, d, r).
  CHECK(count_of(md, "| study_a | backward |") == 2 * 4);
  CHECK(count_of(md, "| study_a | forward |") == 2 * 4);
  CHECK(count_of(md, "| study_b | backward |") == 2 * 4);
  CHECK(md.find("### Baselines") != std::string::npos);
  // The frozen start's MMD in the baselines row of (study_b, backward, d = 2, r = 1).
  const std::string row = "| study_b | backward | 2 | 1 | 0.4 | 0.1 | δ₀ | ";
  const std::size_t at = md.find(row);
  REQUIRE(at != std::string::npos);
  std::istringstream cells(md.substr(at + row.size()));
  std::string measured, bar, frozen;
  cells >> measured >> bar >> frozen;
  CHECK_REL(std::stod(frozen), frozen_start_mmd_d2_r1(0.4), 1e-2);  // the table prints 3 digits
}

TEST_CASE("a comparison shares study names apart by file and refuses shards before writing anything") {
  make_directories(kDir);
  const json a = named_study_document("same_1.json", "same", R"(["backward"])");
  const json b = named_study_document("same_2.json", "same", R"(["backward"])");
  ReportOptions o;
  o.out_dir = kDir + "/same_report";
  o.render = false;
  std::filesystem::remove_all(o.out_dir);
  write_comparison_report({{a, kDir + "/same_1.json"}, {b, kDir + "/same_2.json"}}, o);
  const std::string script = read_file(o.out_dir + "/plots.gp");
  CHECK(script.find("backward (same [same\\_1])") != std::string::npos);  // _ escaped
  CHECK(script.find("backward (same [same\\_2])") != std::string::npos);

  const json shard = tiny_study_document("cmp_shard.json", Shard{1, 2});
  o.out_dir = kDir + "/refused_cmp_report";
  std::filesystem::remove_all(o.out_dir);
  CHECK_THROWS_WITH_AS(write_comparison_report({{a, kDir + "/same_1.json"}, {shard, kDir + "/cmp_shard.json"}}, o),
                       doctest::Contains("cmp_shard.json: is shard 1/2"), UsageError);
  CHECK_THROWS_WITH_AS(write_comparison_report({{a, kDir + "/same_1.json"}}, o), doctest::Contains("at least two"),
                       UsageError);
  CHECK_FALSE(std::filesystem::exists(o.out_dir));
}

TEST_CASE("a study's report begins with its verdict; every plot has a caption, fitted axes and its key below") {
  make_directories(kDir);
  const json doc = tiny_study_document("verdict.json");
  ReportOptions o;
  o.out_dir = kDir + "/verdict_report";
  o.results_path = kDir + "/verdict.json";
  o.render = false;
  std::filesystem::remove_all(o.out_dir);
  const ReportSummary s = write_report(doc, o);
  const std::string md = read_file(s.markdown);
  CHECK(md.rfind("# Study `tiny`\n\n## Verdict\n\n", 0) == 0);
  // A verdict line per (scheme, d, r): the fake cells' MMD 0.1 sqrt(tau) is far above the floor 1e-3.
  CHECK(count_of(md, "| Dirac | d = ") == 3 * 4);
  CHECK(md.find("| Dirac | d = 2, r = 1.5 | forward | MMD: 0.50") != std::string::npos);
  CHECK(md.find("(at the floor: no order)") == std::string::npos);
  CHECK(md.find("> **Warning:**") == std::string::npos);
  const std::vector<std::string> missing = images_without_caption(md);
  CHECK_MESSAGE(missing.empty(), missing.front());
  CHECK(count_of(md, "*Figure:* ") == s.plots.size());

  const std::string script = read_file(o.out_dir + "/plots.gp");
  CHECK(script.find("set key outside bottom") == std::string::npos);  // gnuplot's own placement overlapped the x label
  const std::string conv = plot_block(script, "conv_mmd_d2_r1.5");
  REQUIRE_FALSE(conv.empty());
  CHECK(conv.find("set key at screen") != std::string::npos);  // below the plot (plot_frame.h key_below)
  CHECK(conv.find("set xtics (0.1, 0.2)") != std::string::npos);  // the step sizes, not decades
  // 0.1 / 1.15 to 0.2 * 1.15 widened to a factor kMinLogSpan = 3 about sqrt(0.02): from sqrt(0.02 / 3).
  CHECK(conv.find("set xrange [0.08164965809277") != std::string::npos);
  // gamma(0.2)'s frozen start (forward at r = 1.5) a grey band drawn first, beneath delta_0's line.
  const std::size_t band = conv.find("frozen start {/Symbol g}(0.2)"), line = conv.find("frozen start {/Symbol d}_0");
  REQUIRE(band != std::string::npos);
  REQUIRE(line != std::string::npos);
  CHECK(band < line);
  CHECK(line < conv.find("title 'backward: order"));
  // The time plot titles its noise floor.
  CHECK(plot_block(script, "time_mmd_d2_r1").find("title 'noise floor: i.i.d. exact samples of {/Symbol g}(t)") !=
        std::string::npos);
  // The radial histogram marks the exact JKO iterate beside gamma(T), in both regimes at r = 1.5.
  CHECK(plot_block(script, "radial_backward_d3_r1.5").find("exact JKO iterate") != std::string::npos);
  CHECK(plot_block(script, "radial_backward_d2_r1.5").find("exact JKO iterate") != std::string::npos);
}

TEST_CASE("orders read from errors at the floor carry the caveat in the tables, the verdict and a warning") {
  make_directories(kDir);
  json doc = tiny_study_document("floor.json");
  // The forward scheme's MMD at d = 2, r = 1.5 set at its floor's level: 1.2 x the floor at every tau.
  for (auto& g : doc["convergence"])
    if (g["scheme"] == "forward" && g["d"] == 2 && g["r"] == 1.5 && g["source"] == "particles")
      for (auto& m : g["metrics"])
        if (m["metric"] == "mmd")
          for (std::size_t i = 0; i < m["mean"].size(); ++i) m["floor"][i] = m["mean"][i].get<double>() / 1.2;
  ReportOptions o;
  o.out_dir = kDir + "/floor_report";
  o.results_path = kDir + "/floor.json";
  o.render = false;
  std::filesystem::remove_all(o.out_dir);
  const std::string md = read_file(write_report(doc, o).markdown);
  const std::size_t row = md.find("| Dirac | d = 2, r = 1.5 | forward | MMD: 0.50");
  REQUIRE(row != std::string::npos);
  CHECK(md.substr(row, md.find('\n', row) - row).find("(at the floor: no order) |") != std::string::npos);
  CHECK(md.find("| at the floor: no order can be read |") != std::string::npos);
  CHECK(md.find("> **Warning:** 1 of the 12 orders above are read from errors at the noise floor") != std::string::npos);
  CHECK(md.find("| forward | 2 | 1.5 |") != std::string::npos);
  CHECK(count_of(md, "(at the floor: no order)") == 3);  // verdict, fitted orders, every metric
  CHECK(md.find("At the floor here, no order can be read: forward.") != std::string::npos);  // the plot's caption
}

TEST_CASE("a comparison warns of mixed commits, draws no panel a study has no cells for, and colours every curve apart") {
  make_directories(kDir);
  const json a = named_study_document("mix_a.json", "study_a", R"(["backward", "forward"])");
  json b = named_study_document("mix_b.json", "study_b", R"(["backward"])", "[2]");
  b["provenance"]["git_commit"] = "0123456789abcdef+dirty";
  ReportOptions o;
  o.out_dir = kDir + "/mix_report";
  o.render = false;
  std::filesystem::remove_all(o.out_dir);
  const ReportSummary s = write_comparison_report({{a, kDir + "/mix_a.json"}, {b, kDir + "/mix_b.json"}}, o);
  const std::string md = read_file(s.markdown);
  CHECK(md.rfind("# Comparison: study_a, study_b\n\n## Verdict\n\n", 0) == 0);
  CHECK(md.find("> **Warning:** the files come from different commits") != std::string::npos);
  CHECK(md.find("study_b `0123456789abcdef+dirty`") != std::string::npos);
  // study_b has no d = 3: those panels are not drawn, and a warning says so.
  CHECK(s.plots.size() == 2 * 2);
  for (const auto& name : s.plots) CHECK_MESSAGE(name.find("_d3_") == std::string::npos, name);
  CHECK(md.find("> **Warning:** no comparison panel for d = 3, r = 1 (only study_a has cells there); d = 3, r = 1.5 "
                "(only study_a has cells there)") != std::string::npos);
  CHECK(md.find("| study_a | backward | 3 | 1.5 |") != std::string::npos);  // the tables keep them
  CHECK(images_without_caption(md).empty());
  // Verdict lines per (file, label, d, r).
  CHECK(count_of(md, "| study_a | Dirac | d = ") == 2 * 4);
  CHECK(count_of(md, "| study_b | Dirac | d = ") == 2);
  // Both files' backward curves in distinct colours, the first in the scheme's own.
  const std::string block = plot_block(read_file(o.out_dir + "/plots.gp"), "conv_mmd_particles_d2_r1.5");
  const std::string ca = colour_of(block, "backward (study\\_a)"), cb = colour_of(block, "backward (study\\_b)");
  CHECK(ca == "#1f77b4");
  CHECK(cb.size() == 7);
  CHECK(cb != ca);
  CHECK(cb != colour_of(block, "forward (study\\_a)"));
}
