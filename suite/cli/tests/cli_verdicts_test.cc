// Verdicts on the terminal (suite/cli/verdicts.h), through the program in $NWGF_BIN: `nwgf score`
// prints a per-step table (at most 20 rows, evenly chosen, the first and last steps always) and a
// verdict line; `nwgf sweep` and `sweep merge` end with one line per convergence group (a shard's
// sweep with the line saying why it has none); --quiet prints none of it. Every expected cell is
// computed here from the JSON the same run wrote (the rows it should choose, the numbers as
// printed, the verdict's words and ratio): what is checked is that the terminal says what the
// results file holds.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"
#include "testing/npy.h"

namespace fs = std::filesystem;
using nlohmann::json;
using nwgf::testing::read_text;
using nwgf::testing::run_nwgf;

namespace {

// Points of a disk of radius 0.7 a in d = 2: a scatter near (a Id)_# of the d = 2, r = 1 profile.
std::vector<double> disk_points(double a, int count) {
  std::vector<double> x;
  for (int i = 0; i < count; ++i) {
    const double rho = a * 0.7 * std::sqrt((i + 0.5) / count), angle = 2.399963 * i;
    x.push_back(rho * std::cos(angle));
    x.push_back(rho * std::sin(angle));
  }
  return x;
}

// A Dirac-family run folder (d = 2, r = 1, backward, from t0 = 0) of `steps` steps of tau; the
// points of step n spread over a disk of radius 0.7 spread n tau (spread 1: near the flow).
void make_dirac_run(const fs::path& dir, int steps, double tau, double spread = 1) {
  fs::create_directories(dir);
  json records = json::array();
  for (int n = 1; n <= steps; ++n) {
    nwgf::testing::write_npy(dir / fmt::format("p{}.npy", n), disk_points(spread * tau * n, 40), 40, 2);
    records.push_back({{"n", n}, {"t", tau * n}, {"particles", fmt::format("p{}.npy", n)}});
  }
  const json run{{"protocol", "nwgf-run/1"}, {"solver", "verdicts"}, {"scheme", "backward"}, {"d", 2},
                 {"r", 1.0}, {"tau", tau}, {"T", tau * steps}, {"t0", 0.0}, {"seed", 0}, {"steps", records}};
  std::ofstream(dir / "run.json") << run.dump(1);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> words_of(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string g3(const json& v) { return v.is_number() ? fmt::format("{:.3g}", v.get<double>()) : "-"; }

// The verdict's words for an MMD and its floor (suite/cli/verdicts.h): at the floor when not above
// it, a percentage above it below twice the floor, a factor from there.
std::string expected_verdict(double mmd, double floor) {
  const double ratio = mmd / floor;
  return fmt::format("MMD {:.3g} vs floor {:.3g}: {}", mmd, floor,
                     mmd <= floor  ? std::string("at the noise floor")
                     : ratio < 2   ? fmt::format("{:.2g}% above the floor", 100 * (ratio - 1))
                                   : fmt::format("above the floor by {:.2g}x", ratio));
}

}  // namespace

TEST_CASE("nwgf score: 30 steps give 20 evenly chosen rows with the first and the last, and the verdict at T") {
  const fs::path s = nwgf::testing::scratch_dir("nwgf_cli_verdicts_score");
  make_dirac_run(s / "run", 30, 0.04);
  const auto r = run_nwgf({"score", (s / "run").string(), "--out", (s / "cell.json").string()}, s, 120);
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const json cell = json::parse(read_text(s / "cell.json"));
  const std::vector<std::string> lines = lines_of(r.out);
  // Title, header, 20 rows, verdict, "wrote".
  REQUIRE(lines.size() == 24);
  CHECK(lines[0].find("dirac family, d = 2, r = 1; scheme backward") == 0);
  CHECK(lines[0].find("(20 of 30 steps)") != std::string::npos);
  CHECK(words_of(lines[1]) == std::vector<std::string>{"n", "t", "MMD", "floor", "radial", "W2", "MMD", "to", "iterate"});
  for (int k = 0; k < 20; ++k) {
    // Row k shows step index round(k * 29 / 19): 0, 2, 3, 5, ..., 29 (n = index + 1).
    const int index = static_cast<int>(std::lround(k * 29.0 / 19.0));
    const json& step = cell["steps"][index];
    const json& p = step["particles"];
    CHECK(words_of(lines[2 + k]) == std::vector<std::string>{std::to_string(index + 1),
                                                             fmt::format("{:.4g}", step["t"].get<double>()), g3(p["mmd"]),
                                                             g3(p["mmd_floor"]), g3(p["radial_w2"]),
                                                             g3(p["mmd_to_scheme"])});
  }
  CHECK(words_of(lines[2]).front() == "1");
  CHECK(words_of(lines[21]).front() == "30");
  const json& last = cell["summary"]["particles"];
  CHECK(lines[22] == "verdict at T = 1.2: " + expected_verdict(last["mmd"].get<double>(), last["mmd_floor"].get<double>()));
  CHECK(lines[23] == "wrote " + (s / "cell.json").string() + ": ok, 30 steps");

  // Points spread four times too wide: far above the floor, and the verdict says by how much.
  make_dirac_run(s / "wide", 2, 0.5, 4.0);
  const auto w = run_nwgf({"score", (s / "wide").string(), "--out", (s / "wide.json").string()}, s, 120);
  INFO(w.out << w.err);
  REQUIRE(w.status == 0);
  const json wide = json::parse(read_text(s / "wide.json"))["summary"]["particles"];
  const std::string verdict = "verdict at T = 1: " + expected_verdict(wide["mmd"].get<double>(), wide["mmd_floor"].get<double>());
  CHECK(verdict.find(" above the floor") != std::string::npos);
  CHECK(w.out.find(verdict + "\n") != std::string::npos);

  // --quiet: no table, no verdict, nothing on stdout or stderr.
  const auto q = run_nwgf({"score", (s / "run").string(), "--out", (s / "quiet.json").string(), "--quiet"}, s, 120);
  CHECK(q.status == 0);
  CHECK(q.out.empty());
  CHECK(q.err.empty());
  fs::remove_all(s);
}

TEST_CASE("nwgf score of a line run: every step when there are few, W2 and the W2 to the exact iterate as columns") {
  const fs::path s = nwgf::testing::scratch_dir("nwgf_cli_verdicts_line");
  const fs::path run = s / "line";
  fs::create_directories(run);
  json steps = json::array();
  for (int n = 1; n <= 3; ++n) {
    std::vector<double> x;  // 16 values spread symmetrically, wider each step
    for (int i = 0; i < 16; ++i) x.push_back(0.1 * n * (i - 7.5) / 7.5);
    std::ofstream(run / fmt::format("q{}.npy", n), std::ios::binary) << nwgf::testing::npy_doubles(x, "(16,)");
    steps.push_back({{"n", n}, {"t", 0.1 * n}, {"particles", fmt::format("q{}.npy", n)}});
  }
  const json manifest{{"protocol", "nwgf-run/1"}, {"solver", "line_values"}, {"scheme", "forward"},
                      {"family", "line"},         {"start", "dirac:0"},     {"target", "diracs:-1;1"},
                      {"d", 1},                   {"r", 1.0},               {"tau", 0.1},
                      {"T", 0.3},                 {"t0", 0.0},              {"seed", 0},
                      {"steps", steps}};
  std::ofstream(run / "run.json") << manifest.dump(1);
  const auto r = run_nwgf({"score", run.string(), "--out", (s / "cell.json").string()}, s, 120);
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const json cell = json::parse(read_text(s / "cell.json"));
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(lines.size() == 7);  // title, header, 3 rows, verdict, wrote
  CHECK(lines[0].find("line family, dirac:0 -> diracs:-1;1; scheme forward") == 0);
  CHECK(lines[0].find("steps)") == std::string::npos);  // every step shown: no "(k of n steps)"
  CHECK(words_of(lines[1]) == std::vector<std::string>{"n", "t", "MMD", "floor", "W2", "MMD", "to", "iterate", "W2", "to",
                                                       "iterate"});
  for (int k = 0; k < 3; ++k) {
    const json& p = cell["steps"][k]["particles"];
    CHECK(words_of(lines[2 + k]) == std::vector<std::string>{std::to_string(k + 1),
                                                             fmt::format("{:.4g}", cell["steps"][k]["t"].get<double>()),
                                                             g3(p["mmd"]), g3(p["mmd_floor"]), g3(p["w2"]),
                                                             g3(p["mmd_to_scheme"]), g3(p["w2_to_scheme"])});
  }
  const json& last = cell["summary"]["particles"];
  CHECK(lines[5] == "verdict at T = 0.3: " + expected_verdict(last["mmd"].get<double>(), last["mmd_floor"].get<double>()));
  fs::remove_all(s);
}

TEST_CASE("nwgf sweep ends with one line per convergence group, '(at floor)' where the MMD is not above its floor") {
  const fs::path s = nwgf::testing::scratch_dir("nwgf_cli_verdicts_sweep");
  // The particle flow (fast): one Dirac group and one line group, two taus each.
  const json study = json::parse(R"({
    "name": "verdicts", "schemes": ["particle"], "d": [2], "r": [1], "taus": [0.2, 0.1], "seeds": [0],
    "T": 0.4, "particles": 64, "eval_samples": 0, "threads": 1,
    "line": [{"name": "two", "start": "dirac:0", "target": "diracs:-1;1", "T": 0.4, "taus": [0.2, 0.1]}]
  })");
  std::ofstream(s / "study.json") << study.dump();
  const auto r = run_nwgf({"sweep", "--config", (s / "study.json").string(), "--out", (s / "out.json").string()}, s, 300);
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const json doc = json::parse(read_text(s / "out.json"));
  REQUIRE(doc["convergence"].size() == 1);
  REQUIRE(doc["line_convergence"].size() == 1);
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(lines.size() == 5);  // wrote, the table's caption, header, two groups
  CHECK(lines[0].find("wrote ") == 0);
  CHECK(lines[1].find("convergence at T") == 0);
  CHECK(words_of(lines[2]).front() == "family");
  const auto metric = [](const json& group, const std::string& name) {
    for (const json& m : group["metrics"])
      if (m["metric"] == name) return m;
    FAIL("no metric " << name);
    return json();
  };
  const auto check_row = [&](const std::string& row, const json& group, const std::string& family,
                             const std::string& problem, const std::string& w2) {
    INFO(row);
    CHECK(row.find("  " + family + " ") == 0);
    CHECK(row.find(" particle ") != std::string::npos);
    CHECK(row.find(" " + problem + " ") != std::string::npos);
    CHECK(row.find(" particles ") != std::string::npos);
    const json mmd = metric(group, "mmd"), w = metric(group, w2);
    // The errors at the smallest tau (the last of the decreasing taus), as printed.
    CHECK(row.find(" " + g3(w["mean"].back()) + " ") != std::string::npos);
    CHECK(row.find(" " + g3(mmd["mean"].back()) + " ") != std::string::npos);
    CHECK(row.find(" " + g3(mmd["floor"].back()) + " ") != std::string::npos);
    // "(at floor)" after the order of each metric whose error at the smallest tau is not above its
    // floor (the family's W2 has a floor in the Dirac family only).
    const bool mmd_at_floor = mmd["mean"].back().get<double>() <= mmd["floor"].back().get<double>();
    const bool w2_at_floor = w["floor"].back().is_number() && w["mean"].back().get<double>() <= w["floor"].back().get<double>();
    // Two taus: the fit has no standard error (null), and none is printed.
    const json& fit = mmd["fit"];
    const std::string mmd_order = fit["stderr"].is_number()
                                      ? fmt::format("{:.2f}+-{:.2f}", fit["order"].get<double>(), fit["stderr"].get<double>())
                                      : fmt::format("{:.2f}", fit["order"].get<double>());
    CHECK(row.find(" " + mmd_order + (mmd_at_floor ? " (at floor) " : " ")) != std::string::npos);
    std::size_t marks = 0;
    for (std::size_t at = row.find("(at floor)"); at != std::string::npos; at = row.find("(at floor)", at + 1)) ++marks;
    CHECK(marks == static_cast<std::size_t>(mmd_at_floor) + static_cast<std::size_t>(w2_at_floor));
  };
  check_row(lines[3], doc["convergence"][0], "dirac", "d=2 r=1", "radial_w2");
  check_row(lines[4], doc["line_convergence"][0], "line", "dirac:0 -> diracs:-1;1", "w2");

  // --quiet: the "wrote" line only.
  const auto q = run_nwgf(
      {"sweep", "--config", (s / "study.json").string(), "--out", (s / "quiet.json").string(), "--quiet"}, s, 300);
  CHECK(q.status == 0);
  CHECK(lines_of(q.out).size() == 1);
  CHECK(q.out.find("convergence at T") == std::string::npos);

  // sweep merge of the finished study prints the same table.
  const auto m = run_nwgf({"sweep", "merge", (s / "out.json").string(), "--out", (s / "merged.json").string()}, s, 120);
  INFO(m.out << m.err);
  CHECK(m.status == 0);
  const std::vector<std::string> merged = lines_of(m.out);
  REQUIRE(merged.size() == 5);
  CHECK(merged[3] == lines[3]);
  CHECK(merged[4] == lines[4]);

  // A shard has no convergence groups: one line says why there is no table.
  const auto h = run_nwgf({"sweep", "--config", (s / "study.json").string(), "--out", (s / "shard.json").string(),
                           "--shard", "1/2"},
                          s, 300);
  INFO(h.out << h.err);
  CHECK(h.status == 0);
  const std::vector<std::string> shard_lines = lines_of(h.out);
  REQUIRE(shard_lines.size() == 2);  // wrote, the reason
  CHECK(shard_lines[1] == "no convergence table for a shard: merge the shards (nwgf sweep merge) for it");
  fs::remove_all(s);
}

TEST_CASE("nwgf validate ends with the convergence table, one line per group of the results file, in its order") {
  const fs::path s = nwgf::testing::scratch_dir("nwgf_cli_verdicts_validate");
  const auto r = run_nwgf({"validate", "--preset", "smoke", "--out", (s / "smoke.json").string(), "--report",
                           (s / "report").string()},
                          s, 300);
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const json doc = json::parse(read_text(s / "smoke.json"));
  const json& groups = doc["convergence"];
  REQUIRE(groups.size() > 0);
  const std::vector<std::string> lines = lines_of(r.out);
  // "wrote" the results, "wrote" the report, "wrote" its HTML page, the caption, the header, one row
  // per group.
  REQUIRE(lines.size() == 5 + groups.size());
  CHECK(lines[2].find("wrote ") == 0);
  CHECK(lines[2].find("report.html") != std::string::npos);
  CHECK(lines[3].find("convergence at T") == 0);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const json& g = groups[i];
    const std::vector<std::string> words = words_of(lines[5 + i]);
    INFO(lines[5 + i]);
    REQUIRE(words.size() >= 5);
    CHECK(words[0] == "dirac");
    CHECK(words[1] == g["label"].get<std::string>());
    CHECK(words[2] == fmt::format("d={}", g["d"].get<int>()));
    CHECK(words[3] == fmt::format("r={}", g["r"].get<double>()));
    CHECK(std::find(words.begin(), words.end(), g["source"].get<std::string>()) != words.end());
  }
  fs::remove_all(s);
}
