// Tests of suite/study/line_cell.h: line cells' config keys and refusals, small real cells
// against references derived here by hand (the particle flow toward two Diracs from delta_0
// before any level reaches an atom, in closed form; the explicit Euler and JKO iterates toward
// the uniform law from delta_0, in closed form), pooled runs against run_cell, study sections
// and their cell order, and the convergence analysis.
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "suite/common/errors.h"
#include "suite/study/line_cell.h"
#include "suite/study/run_cell.h"
#include "suite/study/study_config.h"
#include "suite/study/target_convergence.h"

namespace su = nwgf::suite;
using json = nlohmann::json;

namespace {

// The particles start 1e-9 apart (start_box): their W2 and MMD move by at most about that.
constexpr double kJitter = 1e-8;            // absolute, on W2 / MMD of size 1e-5 .. 1e-3
constexpr double kExactInTime = 1e-12;      // absolute, W2 of an exact JKO iterate to the flow
constexpr double kJkoRelative = 1e-9;       // relative, exact JKO iterate vs its closed form
constexpr double kEulerRelative = 1e-4;     // relative: the Euler law carries 4096 levels, constant
                                            // beyond the outer ones (about 2e-5 seen)

su::CellConfig line_cell(const std::string& scheme, const std::string& target, double tau, double T) {
  su::CellConfig c;
  c.family = "line";
  c.scheme = *nwgf::neural::parse_scheme(scheme);
  c.start = "dirac:0";
  c.target = target;
  c.d = 1;
  c.r = 1.0;
  c.tau = tau;
  c.T = T;
  c.particles = 200;
  c.eval_samples = 200;
  c.seed = 3;
  c.settings.iters = 20;
  c.settings.batch = 20;
  c.settings.step_batch = 200;
  c.settings.threads = 1;
  return c;
}

// study_config_from_json, with every problem in the failure message.
su::StudyConfig parse_study(const json& j) {
  try {
    return su::study_config_from_json(j);
  } catch (const su::StudyConfigError& e) {
    for (const auto& p : e.problems) MESSAGE(p);
    throw;
  }
}

}  // namespace

TEST_CASE("line cell config: keys only for line cells, round trip, refusals naming the value") {
  su::CellConfig dirac;
  const json dj = su::cell_config_to_json(dirac);
  CHECK_FALSE(dj.contains("family"));
  CHECK_FALSE(dj.contains("start"));
  CHECK_FALSE(dj.contains("target"));

  const su::CellConfig c = line_cell("particle", "diracs:-1;1", 0.1, 1.0);
  const json j = su::cell_config_to_json(c);
  CHECK(j["family"] == "line");
  CHECK(j["start"] == "dirac:0");
  CHECK(j["target"] == "diracs:-1;1");
  const su::CellConfig back = su::cell_config_from_json(j);
  CHECK(back.family == "line");
  CHECK(su::cell_config_to_json(back) == j);

  su::CellConfig bad = c;
  bad.d = 2;
  auto problems = su::cell_problems(bad);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("'d' = 2") != std::string::npos);
  CHECK(problems[0].find("[1, 1]") != std::string::npos);
  bad = c;
  bad.r = 1.5;
  problems = su::cell_problems(bad);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("'r' = 1.5") != std::string::npos);
  bad = c;
  bad.target = "uniform:1,-1";
  problems = su::cell_problems(bad);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("uniform:1,-1") != std::string::npos);
  bad = c;
  bad.start = "gaussian:1e9,1";  // a Gaussian start beyond the scales (m - 9 s is 5.6e7 flow scales out)
  CHECK(su::cell_problems(bad).size() == 1);
  su::CellConfig stray;
  stray.target = "dirac:1";
  CHECK(su::cell_problems(stray).size() == 1);
  json unknown = j;
  unknown["family"] = "circle";
  CHECK_THROWS_AS(su::cell_config_from_json(unknown), su::UsageError);
}

TEST_CASE("particle flow toward two Diracs from delta_0 equals the closed form before the atoms") {
  // Before t = 1 no level has reached an atom: the particle at level s_i = (i - 1/2)/N moves at
  // the rank velocity 2 s_i - 1 exactly (docs/math.md 6.2), x_i(t) = (2 s_i - 1) t, while the flow
  // is uniform on [-t, t]. For these points, by hand: W2^2 = Σ_i ∫ 4t^2 (s_i - s)^2 ds over cells
  // of width 1/N = t^2 / (3 N^2), and D^2 = ∫ (F_N - F)^2 dx = t / (6 N^2) (N - 1 gaps of width
  // 2t/N with the sawtooth 1/(12 N^2), two end pieces of width t/N with 1/(12 N^2)).
  const su::CellConfig c = line_cell("particle", "diracs:-1;1", 0.1, 1.2);
  const json result = su::run_cell(c);
  REQUIRE(result["summary"]["status"] == "ok");
  const double N = c.particles;
  int checked = 0;
  for (const auto& step : result["steps"]) {
    const double t = step["t"];
    if (t > 1.0 + 1e-9) continue;
    const json& m = step["particles"];
    CHECK(std::abs(m["w2"].get<double>() - t / (std::sqrt(3.0) * N)) < kJitter);
    CHECK(std::abs(m["mmd"].get<double>() - std::sqrt(t / 6.0) / N) < kJitter);
    // The flow is uniform on [-t, t]: the noise floor is sqrt((1/N) ∫ F (1 - F) dx) = sqrt(t / (3N)).
    CHECK(std::abs(m["mmd_floor"].get<double>() - std::sqrt(t / (3.0 * N))) < 1e-12);
    ++checked;
  }
  CHECK(checked == 10);
  // Every record and the summary carry the documented keys.
  for (const char* k : {"n", "t", "loss", "wall_s", "scheme_w2_to_flow", "scheme_mmd_to_flow", "particles", "chain"})
    CHECK(result["steps"][0].contains(k));
  for (const char* k : {"w2", "mmd", "mmd2", "mmd_floor", "w2_to_scheme", "mmd_to_scheme", "mmd_to_scheme_floor",
                        "mmd_to_target"})
    CHECK(result["summary"]["particles"].contains(k));
  CHECK(result["summary"]["scheme_reference"] == "euler");
  CHECK(result["summary"]["quantiles"].size() == 4);
}

TEST_CASE("exact scheme iterates toward the uniform law: JKO and Euler against their closed forms") {
  // Toward U[-1, 1] from delta_0 every level follows q' = (2s - 1) - q (docs/math.md 6.2): the
  // flow is (2s - 1)(1 - e^-t), the Euler iterate (2s - 1)(1 - (1 - tau)^n), the JKO iterate
  // (2s - 1)(1 - (1 + tau)^-n); W2 between two such laws is |difference| * sqrt(∫ (2s-1)^2 ds)
  // = |difference| / sqrt(3).
  const double tau = 0.25, T = 1.0;
  const json particle = su::run_cell(line_cell("particle", "uniform:-1,1", tau, T));
  su::CellConfig b = line_cell("backward", "uniform:-1,1", tau, T);
  const json backward = su::run_cell(b);
  REQUIRE(particle["summary"]["status"] == "ok");
  REQUIRE(backward["summary"]["status"] == "ok");
  for (int n = 1; n <= 4; ++n) {
    const double t = n * tau;
    const double euler = std::abs(std::exp(-t) - std::pow(1 - tau, n)) / std::sqrt(3.0);
    const double jko = std::abs(std::exp(-t) - std::pow(1 + tau, -n)) / std::sqrt(3.0);
    const double pe = particle["steps"][n - 1]["scheme_w2_to_flow"];
    const double bj = backward["steps"][n - 1]["scheme_w2_to_flow"];
    CHECK(std::abs(pe - euler) < kEulerRelative * euler);
    CHECK(std::abs(bj - jko) < kJkoRelative * jko);
  }
  CHECK(backward["summary"]["scheme_reference"] == "jko");
  CHECK(backward["summary"]["chain"].is_object());
}

TEST_CASE("JKO toward two Diracs from delta_0 is exact in time") {
  const json r = su::run_cell(line_cell("backward", "diracs:-1;1", 0.2, 1.2));
  REQUIRE(r["summary"]["status"] == "ok");
  for (const auto& step : r["steps"]) CHECK(step["scheme_w2_to_flow"].get<double>() < kExactInTime);
}

TEST_CASE("pooled line cells equal run_cell's numbers") {
  std::vector<su::CellConfig> configs{line_cell("backward", "diracs:-1;1", 0.2, 0.4),
                                      line_cell("particle", "uniform:-1,1", 0.2, 0.4),
                                      line_cell("forward", "uniform:-1,1", 0.2, 0.4)};
  std::vector<json> pooled(configs.size());
  su::PooledCallbacks callbacks;
  callbacks.on_result = [&](std::size_t i, json result) { pooled[i] = std::move(result); };
  su::run_cells_pooled(configs, 2, callbacks);
  for (std::size_t i = 0; i < configs.size(); ++i) {
    const json alone = su::run_cell(configs[i]);
    REQUIRE(pooled[i]["steps"].size() == alone["steps"].size());
    for (std::size_t k = 0; k < alone["steps"].size(); ++k) {
      CHECK(pooled[i]["steps"][k]["particles"] == alone["steps"][k]["particles"]);
      CHECK(pooled[i]["steps"][k]["chain"] == alone["steps"][k]["chain"]);
    }
  }
}

TEST_CASE("study line sections: cells after the Dirac cells, ids, refusals, JSON only when present") {
  const json base = {{"schemes", {"backward", "particle"}}, {"d", json::array({2})}, {"r", json::array({1})}, {"taus", json::array({0.1})}, {"T", 0.2}};
  const su::StudyConfig plain = parse_study(base);
  CHECK_FALSE(su::study_config_to_json(plain).contains("line"));
  const auto plain_cells = su::study_cells(plain);

  json with = base;
  with["line"] = json::array({json{{"start", "dirac:0"}, {"target", "diracs:-1;1"}, {"T", 1}, {"taus", {0.5, 0.25}},
                                    {"schemes", json::array({"particle"})}, {"seeds", {0, 4}}, {"iters", 10}}});
  const su::StudyConfig c = parse_study(with);
  const auto cells = su::study_cells(c);
  REQUIRE(cells.size() == plain_cells.size() + 4);
  for (std::size_t i = 0; i < plain_cells.size(); ++i) CHECK(cells[i].id == plain_cells[i].id);
  CHECK(cells[plain_cells.size()].id == "particle/line/dirac0_to_diracs-1_1/tau0.5/seed0");
  CHECK(cells.back().id == "particle/line/dirac0_to_diracs-1_1/tau0.25/seed4");
  CHECK(cells.back().index == static_cast<int>(cells.size()) - 1);
  CHECK(cells.back().config.family == "line");
  CHECK(cells.back().config.settings.iters == 10);
  const json round = su::study_config_to_json(c);
  REQUIRE(round.contains("line"));
  CHECK(su::study_config_to_json(parse_study(round)) == round);

  // A study of line sections only: no d, r, taus; its results' config (with empty lists) reads back.
  const json line_only = {{"schemes", json::array({"particle"})}, {"line", with["line"]}};
  const su::StudyConfig lo = parse_study(line_only);
  CHECK(su::study_cells(lo).size() == 4);
  const json lo_json = su::study_config_to_json(lo);
  CHECK(lo_json["d"].empty());
  CHECK(su::study_config_to_json(parse_study(lo_json)) == lo_json);

  const auto refused = [&](const json& section, const std::string& needle) {
    json j = base;
    j["line"] = json::array({section});
    try {
      su::study_config_from_json(j);
      FAIL("accepted: " << section.dump());
    } catch (const su::StudyConfigError& e) {
      bool found = false;
      for (const auto& p : e.problems) found |= p.find(needle) != std::string::npos;
      CHECK_MESSAGE(found, needle);
    }
  };
  refused({{"start", "dirac:0"}, {"target", "diracs:-1;1"}, {"T", 1}, {"taus", json::array({0.3})}}, "does not divide");
  refused({{"start", "dirac:0"}, {"target", "nowhere:1"}, {"T", 1}, {"taus", json::array({0.5})}}, "nowhere:1");
  refused({{"start", "dirac:0"}, {"target", "dirac:1"}, {"T", 1}, {"taus", json::array({0.5})}, {"colour", 1}}, "line[0].colour");
  refused({{"target", "dirac:1"}, {"T", 1}, {"taus", json::array({0.5})}}, "line[0].start");
}

TEST_CASE("line convergence: the particle flow's exact Euler baseline has order 1 toward the uniform law") {
  json cells = json::array();
  const std::vector<double> taus{0.5, 0.25, 0.125};
  for (double tau : taus) {
    json r = su::run_cell(line_cell("particle", "uniform:-1,1", tau, 1.0));
    cells.push_back(r);
  }
  const auto rules = su::target_convergence_rules(su::line_family());
  const std::vector<su::ConvergenceGroup> groups = su::convergence_groups(*rules, su::cell_results_from_json(cells));
  REQUIRE(groups.size() == 1);  // particles only (no chain for the particle flow)
  const su::ConvergenceGroup& g = groups[0];
  CHECK(g.family == "line");
  CHECK(g.source == "particles");
  CHECK_FALSE(g.states_d_r);
  const su::MetricConvergence* w2 = g.metric("w2");
  REQUIRE(w2 != nullptr);
  // Successive orders of |e^-1 - (1 - tau)^(1/tau)| by hand, against the recorded baseline's.
  const auto euler = [](double tau) { return std::abs(std::exp(-1.0) - std::pow(1 - tau, 1 / tau)) / std::sqrt(3.0); };
  REQUIRE(w2->exact_orders.successive.size() == taus.size() - 1);
  for (std::size_t i = 0; i + 1 < taus.size(); ++i) {
    const double order = std::log(euler(taus[i]) / euler(taus[i + 1])) / std::log(2.0);
    CHECK(std::abs(w2->exact_orders.successive[i] - order) < 1e-3);
  }
  // The results file's JSON of the group reads back to the same group.
  const su::ConvergenceGroup back = su::convergence_group_from_json(su::to_json(g), "line", "line_convergence[0]");
  CHECK(su::to_json(back) == su::to_json(g));
  CHECK_FALSE(su::to_json(g).contains("d"));  // the line family's groups are d = 1, r = 1 without saying so
  CHECK(su::convergence_groups(*rules, {}).empty());
}

TEST_CASE("line cells from a Gaussian start, toward a mixture, and between table files") {
  // A particle cell from N(0, 0.5^2) toward 0.5 N(1, 0.3^2) + 0.25 (delta_-1 + delta_1): runs and
  // scores every step (the Gaussian tail under the atom at -1 is the case the level integrals'
  // resolution rule exists for, analytic/line/quadrature.h).
  su::CellConfig g = line_cell("particle", "mix:gaussian:1,0.3@1|diracs:-1;1@1", 0.1, 0.2);
  g.start = "gaussian:0,0.5";
  CHECK(su::cell_problems(g).empty());
  const json rg = su::run_line_cell(g);
  CHECK(rg["summary"]["status"] == "ok");
  REQUIRE(rg["steps"].size() == 2);
  for (const auto& step : rg["steps"]) {
    CHECK(step["particles"]["w2"].get<double>() > 0.0);
    CHECK(std::isfinite(step["particles"]["mmd_to_target"].get<double>()));
    CHECK(step["scheme_w2_to_flow"].get<double>() > 0.0);
  }
  // U[-1, 1] as a quantile table (start) and as a CDF table (target): the start is the target,
  // so the flow and the exact Euler iterate stay at 2s - 1 and their W2 is 0 to rounding.
  const auto dir = std::filesystem::temp_directory_path() / ("nwgf_line_cell_tables_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string q = (dir / "u.quantile").string(), c = (dir / "u.cdf").string();
  std::ofstream(q) << "0 -1\n1 1\n";
  std::ofstream(c) << "-1 0\n1 1\n";
  su::CellConfig t = line_cell("particle", "cdf:" + c, 0.1, 0.2);
  t.start = "quantile:" + q;
  CHECK(su::cell_problems(t).empty());
  const json rt = su::run_line_cell(t);
  CHECK(rt["summary"]["status"] == "ok");
  REQUIRE(rt["steps"].size() == 2);
  CHECK(rt["steps"][1]["scheme_w2_to_flow"].get<double>() < kExactInTime);
  // A missing table: one problem naming the path.
  su::CellConfig missing = t;
  missing.target = "cdf:" + (dir / "missing.cdf").string();
  const auto problems = su::cell_problems(missing);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("missing.cdf") != std::string::npos);
  std::filesystem::remove_all(dir);
}
