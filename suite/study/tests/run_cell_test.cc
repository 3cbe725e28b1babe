// Tests of suite/study/run_cell.h: validation and strict config JSON, and small real cells whose
// result JSON must carry every documented field (run_cell.h), with the MMD to the exact scheme
// iterate checked against an independent exact_mmd of the final particles.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "analytic/empirical_error.h"
#include "analytic/profile.h"
#include "suite/common/errors.h"
#include "suite/study/run_cell.h"
#include "testing/tolerances.h"

namespace su = nwgf::suite;
namespace an = nwgf::analytic;
using json = nlohmann::json;

namespace {
constexpr double kMetricTight = 1e-9;  // absolute, on MMDs of size 1e-2 computed two ways in double

su::CellConfig small(const std::string& scheme) {
  su::CellConfig c;
  c.scheme = *nwgf::neural::parse_scheme(scheme);
  c.tau = 0.05;
  c.T = 0.1;
  c.settings.iters = 60;
  c.particles = 200;
  c.eval_samples = 300;
  c.settings.step_batch = 200;
  c.seed = 5;
  c.settings.threads = 1;
  return c;
}

const char* kMetricKeys[] = {"n", "mmd", "mmd2", "mmd_floor", "mmd_to_scheme", "mmd_to_scheme_floor",
                             "radial_w2", "m2_rel_error", "energy_rel_error"};

void check_metrics(const json& m, bool with_scheme) {
  REQUIRE(m.is_object());
  for (const char* key : kMetricKeys) {
    INFO("metric key " << key);
    REQUIRE(m.contains(key));
    if (with_scheme || std::string(key).find("scheme") == std::string::npos) CHECK(m[key].is_number());
  }
}

void check_document(const json& doc, const su::CellConfig& c, bool chain) {
  for (const char* key : {"config", "provenance", "steps", "summary"}) REQUIRE(doc.contains(key));
  for (const char* key : {"git_commit", "compiler", "libtorch_version", "device", "threads", "start_time"})
    CHECK(doc["provenance"].contains(key));
  CHECK(doc["config"] == su::cell_config_to_json(c));
  const int steps = static_cast<int>(std::lround((c.T - c.t0) / c.tau));
  REQUIRE(doc["steps"].size() == static_cast<std::size_t>(steps));
  for (const json& s : doc["steps"]) {
    for (const char* key : {"n", "t", "exact_scale", "scheme_scale", "loss", "wall_s", "particles", "chain"})
      REQUIRE(s.contains(key));
    check_metrics(s["particles"], !s["scheme_scale"].is_null());
    if (chain) check_metrics(s["chain"], true);
    else CHECK(s["chain"].is_null());
    CHECK(s["loss"].is_null() == (c.scheme == nwgf::neural::Scheme::Particle));
  }
  const json& s = doc["summary"];
  for (const char* key : {"t", "steps", "status", "failure", "wall_s", "train_wall_s", "eval_wall_s",
                          "iteration_median_us", "step_median_s", "particles", "chain"})
    REQUIRE(s.contains(key));
  CHECK(s["status"] == "ok");
  CHECK(s["failure"].is_null());
  CHECK(s["t"].get<double>() == c.T);
  CHECK(s["iteration_median_us"].is_null() == (c.scheme == nwgf::neural::Scheme::Particle));
  CHECK(s["particles"] == doc["steps"].back()["particles"]);
  // The document survives a text round trip.
  CHECK(json::parse(doc.dump()) == doc);
}
}  // namespace

TEST_CASE("validate refuses bad cells with one line naming the value") {
  su::CellConfig c;
  c.scheme = nwgf::neural::Scheme::Forward;
  c.r = 1.5;
  CHECK_THROWS_WITH_AS(su::validate(c), doctest::Contains("t0"), su::UsageError);
  c.t0 = 0.1;
  c.T = 1.3;
  CHECK_NOTHROW(su::validate(c));
  su::CellConfig d;
  d.tau = 0.07;  // 1.2 / 0.07 is not whole
  CHECK_THROWS_AS(su::validate(d), su::UsageError);
  d = su::CellConfig{};
  d.r = 2.0;
  CHECK_THROWS_WITH_AS(su::validate(d), doctest::Contains("'r' = 2 is outside"), su::UsageError);
  d = su::CellConfig{};
  d.settings.start_box = 0;
  CHECK_THROWS_WITH_AS(su::validate(d), doctest::Contains("'particle_flow.start_box' = 0"), su::UsageError);
  d = su::CellConfig{};
  d.seed = su::CellBounds::kMaxSeed + 1;
  CHECK_THROWS_WITH_AS(su::validate(d), doctest::Contains("'seed' = 9223372036854775808"), su::UsageError);
  d = su::CellConfig{};
  d.d = su::CellBounds::kMaxDimension + 1;
  CHECK_THROWS_WITH_AS(su::validate(d), doctest::Contains("'d' = 65"), su::UsageError);
  json euler = su::cell_config_to_json(su::CellConfig{});
  euler["scheme"] = "euler";
  CHECK_THROWS_WITH_AS(su::cell_config_from_json(euler), doctest::Contains("'scheme' = \"euler\""), su::UsageError);
  json tpu = su::cell_config_to_json(su::CellConfig{});
  tpu["device"] = "tpu";
  CHECK_THROWS_WITH_AS(su::cell_config_from_json(tpu), doctest::Contains("'device' = \"tpu\""), su::UsageError);
}

TEST_CASE("cell config JSON is strict and round-trips") {
  su::CellConfig c = small("forward");
  c.r = 1.0;
  c.settings.activation = nwgf::neural::Activation::ELU;
  c.seed = 12345678901234ULL;
  const json j = su::cell_config_to_json(c);
  CHECK(su::cell_config_to_json(su::cell_config_from_json(j)) == j);
  json unknown = j;
  unknown["bogus"] = 1;
  CHECK_THROWS_WITH_AS(su::cell_config_from_json(unknown), doctest::Contains("bogus"), su::UsageError);
  json wrong = j;
  wrong["iters"] = "many";
  CHECK_THROWS_WITH_AS(su::cell_config_from_json(wrong), doctest::Contains("iters"), su::UsageError);
  CHECK(su::cell_config_from_json(json::object()).scheme == nwgf::neural::Scheme::Backward);  // defaults kept
  CHECK_FALSE(j.contains("engine"));  // the default engine is not written (old results compare equal)
  json torch = j;
  torch["engine"] = "torch";
  CHECK(su::cell_config_from_json(torch).settings.engine == nwgf::neural::TrainingEngine::Torch);
  CHECK(su::cell_config_to_json(su::cell_config_from_json(torch)) == torch);
  json bogus = j;
  bogus["engine"] = "bogus";
  CHECK_THROWS_WITH_AS(su::cell_config_from_json(bogus), doctest::Contains("bogus"), su::UsageError);
  CHECK_FALSE(j.contains("cuda_graph"));  // written only when switched off
  json eager = j;
  eager["cuda_graph"] = false;
  CHECK_FALSE(su::cell_config_from_json(eager).settings.cuda_graph);
  CHECK(su::cell_config_to_json(su::cell_config_from_json(eager)) == eager);
  eager["cuda_graph"] = "no";
  CHECK_THROWS_WITH_AS(su::cell_config_from_json(eager), doctest::Contains("cuda_graph"), su::UsageError);
}

TEST_CASE("a backward cell from delta_0 writes every field; for r = 1 the scheme is exact at t_n") {
  const su::CellConfig c = small("backward");
  const json doc = su::run_cell(c, {true, {}});
  check_document(doc, c, true);
  // r = 1: a_n = n tau = a(t_n), so the MMD to the scheme iterate equals the MMD to gamma(t_n).
  for (const json& s : doc["steps"]) {
    CHECK(s["scheme_scale"].get<double>() == doctest::Approx(s["exact_scale"].get<double>()).epsilon(1e-12));
    CHECK(std::abs(s["particles"]["mmd_to_scheme"].get<double>() - s["particles"]["mmd"].get<double>()) < kMetricTight);
  }
  CHECK(doc["summary"]["final_points"].size() == 200);
}

TEST_CASE("a forward cell from gamma(t0) with r = 1.5 scores against the explicit Euler iterate") {
  su::CellConfig c = small("forward");
  c.r = 1.5;
  c.t0 = 0.2;
  c.T = 0.25;
  const json doc = su::run_cell(c, {true, {}});
  check_document(doc, c, true);
  CHECK(doc["summary"]["scheme_scale_kind"] == "forward");
  // Independent check of mmd_to_scheme: the explicit Euler iterate computed here from the closed
  // forms (docs/math.md section 3.3): a_0 = a(t0) = ((2 - r) t0)^(1/(2 - r)) = 0.01,
  // a_1 = a_0 + tau a_0^(r - 1) = 0.015; then exact_mmd of the final particles at a_1.
  const double a0 = std::pow((2 - 1.5) * 0.2, 1 / (2 - 1.5));
  const double a1 = a0 + 0.05 * std::pow(a0, 1.5 - 1);
  const json& last = doc["steps"].back();
  CHECK_REL(last["scheme_scale"].get<double>(), a1, nwgf::tolerance::kRoundoff);
  std::vector<double> x;
  for (const json& row : doc["summary"]["final_points"])
    for (const json& v : row) x.push_back(v.get<double>());
  const an::MmdEstimate direct = an::exact_mmd(an::make_profile(2, 1.5), a1, x.data(), x.size() / 2);
  CHECK(std::abs(direct.mmd - last["particles"]["mmd_to_scheme"].get<double>()) < kMetricTight);
  CHECK(direct.floor == doctest::Approx(last["particles"]["mmd_to_scheme_floor"].get<double>()).epsilon(1e-12));
}

TEST_CASE("a particle cell has no loss, no chain and no iteration time") {
  su::CellConfig c = small("particle");
  const json doc = su::run_cell(c, {true, {}});
  check_document(doc, c, false);
  CHECK(doc["summary"]["start"] == "box");
  CHECK(doc["steps"][1]["scheme_scale"].get<double>() == doctest::Approx(0.1).epsilon(1e-12));
}

// A failure at run time -- here saving the chain under a path whose parent is a regular
// file -- escaped run_cell (nwgf run wrote no result, a sweep died); it ends the cell as failed with
// its reason, alone and side by side in a pool, where the other cell finishes.
TEST_CASE("a cell that fails at run time is a failed cell with its reason, alone and in a pool") {
  const std::string blocker = "run_cell_test_blocker.txt";
  std::ofstream(blocker) << "a file, not a folder\n";
  su::CellConfig bad = small("backward");
  bad.settings.iters = 2;
  bad.particles = 16;
  bad.eval_samples = 0;
  bad.chain_dir = blocker + "/cell.chain";
  const json alone = su::run_cell(bad);
  CHECK(alone["summary"]["status"] == "failed");
  CHECK(alone["summary"]["failure"].get<std::string>().find("step 1 (t = 0.05)") != std::string::npos);
  CHECK(alone["steps"].empty());
  CHECK(alone["summary"]["particles"].is_null());

  su::CellConfig good = bad;
  good.chain_dir.clear();
  std::map<std::size_t, json> results;
  su::PooledCallbacks callbacks;
  callbacks.on_result = [&](std::size_t i, json result) { results[i] = std::move(result); };
  su::run_cells_pooled({bad, good}, 2, callbacks);
  REQUIRE(results.size() == 2);
  CHECK(results[0]["summary"]["status"] == "failed");
  CHECK(results[1]["summary"]["status"] == "ok");
  CHECK(results[1]["steps"].size() == 2);
  std::remove(blocker.c_str());
}
