// Tests of suite/study/study_self_convergence.h: a study group's self-convergence read from its
// cells' final particles, validated against the exact solution where it is known.
//
// References, independent of the code under test:
//   - Dirac family, exact scheme iterates: the cell at tau holds (a_N(tau) Id)_# of one fixed
//     cloud x (256 exact samples of eta*, the same at every tau: coupled), a_N the exact JKO or
//     Euler scale (analytic/flow.h). Between two dilations of one cloud the identity coupling is
//     optimal (x -> c x, c > 0, is the gradient of a convex function), so
//     W2 = |a_N(tau) - a_N(tau / 2)| sqrt(mean |x_i|^2) exactly; the true error of the cell, the
//     W2 between gamma(T) = (a(T) Id)_# eta* and the iterate, is |a_N - a(T)| sqrt(m2(eta*)).
//   - Translations c(tau) e_1 of a cloud: W2 = |c - c'| (a translation's identity coupling is
//     optimal); two seeds' clouds translated alike are at the W2 of the clouds (point_set_w2).
//   - The line family from dirac:0 toward the uniform law on [-1, 1] (docs/math.md 6): the
//     particle flow is explicit Euler on the particles, x_i^n = (2 s_i - 1)(1 - (1 - tau)^n),
//     first order in tau; a real study of it (suite::run_sweep) must read order 1 within 0.1
//     from the solutions alone.
#include "suite/study/study_self_convergence.h"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytic/flow.h"
#include "analytic/point_set_w2.h"
#include "analytic/profile.h"
#include "suite/common/errors.h"
#include "suite/common/io_util.h"
#include "suite/study/solution_self_convergence.h"
#include "suite/study/study_config.h"
#include "suite/study/sweep.h"
#include "testing/tolerances.h"

using nlohmann::json;
namespace an = nwgf::analytic;
namespace su = nwgf::suite;

namespace {

constexpr std::size_t kPoints = 256;
// Relative: W2 of dilations of one cloud by exact assignment against the closed form (a sum
// of 256 squared distances and one square root).
constexpr double kAssignment = 1e-9;

json points_json(const std::vector<double>& x, int d, double scale = 1.0, double shift = 0.0) {
  json rows = json::array();
  for (std::size_t i = 0; i + d <= x.size(); i += d) {
    json row = json::array();
    for (int k = 0; k < d; ++k) row.push_back(scale * x[i + k] + (k == 0 ? shift : 0.0));
    rows.push_back(row);
  }
  return rows;
}

json cell(const std::string& scheme, int d, double r, double tau, int seed, double t0, double T, json points,
          double radial_w2) {
  json c;
  c["id"] = fmt::format("{}/d{}/r{}/tau{}/seed{}", scheme, d, r, tau, seed);
  c["config"] = {{"scheme", scheme}, {"d", d}, {"r", r}, {"tau", tau}, {"seed", seed}, {"t0", t0}, {"T", T}};
  c["summary"] = {{"status", "ok"}, {"particles", {{"radial_w2", radial_w2}}}, {"final_points", std::move(points)}};
  return c;
}

double mean_square_norm(const std::vector<double>& x) {
  double s = 0.0;
  for (double v : x) s += v * v;
  return s / static_cast<double>(kPoints);
}

}  // namespace

TEST_CASE("exact Dirac-family iterates: self-convergence order agrees with the exact order, Richardson within 2") {
  const int d = 2;
  const double r = 1.5, T = 1.2;
  const std::vector<double> taus{0.2, 0.1, 0.05, 0.025};
  const an::Profile p = an::make_profile(d, r);
  const std::vector<double> x = an::sample_profile(p, kPoints, 7);
  const double rms = std::sqrt(mean_square_norm(x));
  const double a_T = an::flow_scale(r, T);
  for (const auto& [scheme, exact, t0] : {std::tuple{"backward", an::ExactScheme::Jko, 0.0},
                                          std::tuple{"forward", an::ExactScheme::Euler, 0.2}}) {
    CAPTURE(scheme);
    json cells = json::array();
    std::vector<double> a;
    for (double tau : taus) {
      a.push_back(*an::exact_scheme_scale(exact, r, tau, t0, T));
      cells.push_back(cell(scheme, d, r, tau, 0, t0, T, points_json(x, d, a.back()),
                           std::abs(a.back() - a_T) * std::sqrt(p.m2)));
    }
    const json entries = su::to_json(su::study_self_convergence(su::cell_results_from_json(cells)));
    REQUIRE(entries.size() == 1);
    const json& e = entries[0];
    CHECK(e["group"] == fmt::format("{}/d2/r1.5", scheme));
    CHECK(e["family"] == "dirac");
    CHECK(e["points"] == kPoints);
    CHECK(e["status"] == "order");
    CHECK(e["reason"].get<std::string>().find(su::kNoFloorGiven) == 0);  // one seed: no floor
    const json& w2 = e["distances"]["w2"];
    CHECK(w2["method"] == "assignment");
    for (std::size_t i = 0; i + 1 < taus.size(); ++i)
      CHECK(w2["per_seed"][0][i].get<double>() ==
            doctest::Approx(std::abs(a[i] - a[i + 1]) * rms).epsilon(kAssignment));
    const json& x_entry = e["exact"];
    CHECK(x_entry["metric"] == "radial_w2");
    INFO("self order " << w2["analysis"]["observed_order"] << " +- " << w2["analysis"]["order_stderr"]
                       << ", exact order " << x_entry["order"] << " +- " << x_entry["order_stderr"]
                       << ", Richardson / exact " << x_entry["richardson_ratio"]);
    CHECK(x_entry["richardson_within_factor"] == true);
    // JKO: self 0.834, exact 0.834. Euler from gamma(0.2), r = 1.5: the differences' successive
    // orders 0.81, 0.91 still rising toward 1, least squares 0.856 +- 0.029 against the exact
    // error's 0.930 +- 0.015 (by hand from a_N above): a gap of 0.074, beyond twice the
    // regressions' errors (0.065), within the drift allowance kOrderAgreementDrift.
    CHECK(x_entry["order_agrees"] == true);
    CHECK(x_entry["order_gap"].get<double>() <= su::kOrderAgreementDrift);
    // The Richardson estimate by hand from the differences and the fitted order.
    const double order = w2["analysis"]["observed_order"].get<double>();
    CHECK(w2["analysis"]["richardson_error"].get<double>() ==
          doctest::Approx(std::abs(a[2] - a[3]) * rms / (std::pow(2.0, order) - 1.0)).epsilon(kAssignment));
  }
}

TEST_CASE("two seeds: differences per seed, the floor per tau between the seeds, the spread of their orders") {
  const int d = 2;
  const std::vector<double> taus{0.4, 0.2, 0.1};
  const an::Profile p = an::make_profile(d, 1.0);
  const std::vector<double> x0 = an::sample_profile(p, kPoints, 1), x1 = an::sample_profile(p, kPoints, 2);
  // c(tau) = 10 tau: differences 2 and 1, far above the clouds' own W2 (about 0.1).
  json cells = json::array();
  for (double tau : taus) {
    cells.push_back(cell("particle", d, 1.0, tau, 0, 0.0, 1.0, points_json(x0, d, 1.0, 10 * tau), 0.1));
    cells.push_back(cell("particle", d, 1.0, tau, 1, 0.0, 1.0, points_json(x1, d, 1.0, 10 * tau), 0.1));
  }
  const json e = su::to_json(su::study_self_convergence(su::cell_results_from_json(cells))).at(0);
  CHECK(e["seeds"] == json::array({0, 1}));
  CHECK(e["status"] == "order");
  CHECK(e["reason"] == "");
  const json& w2 = e["distances"]["w2"];
  const double clouds = an::point_set_w2(x0.data(), x1.data(), kPoints, d).w2;
  REQUIRE(w2["floors"].size() == 3);
  for (const json& f : w2["floors"]) CHECK(f.get<double>() == doctest::Approx(clouds).epsilon(kAssignment));
  for (int s = 0; s < 2; ++s) {
    CHECK(w2["per_seed"][s][0].get<double>() == doctest::Approx(2.0).epsilon(kAssignment));
    CHECK(w2["per_seed"][s][1].get<double>() == doctest::Approx(1.0).epsilon(kAssignment));
  }
  CHECK(w2["analysis"]["observed_order"].get<double>() == doctest::Approx(1.0).epsilon(kAssignment));
  CHECK(w2["analysis"]["seed_spread"]["seeds"] == 2);
  CHECK(w2["analysis"]["seed_spread"]["sd"].get<double>() == doctest::Approx(0.0).epsilon(kAssignment));
  // The exact errors are flat (0.1 at every tau): order 0, which the order 1 does not agree with.
  CHECK(e["exact"]["order_agrees"] == false);
  CHECK(e["exact"]["order_gap"].get<double>() == doctest::Approx(1.0).epsilon(kAssignment));
}

TEST_CASE("identical runs give an explicit no order, with no verdict against the exact error") {
  const std::vector<double> x = an::sample_profile(an::make_profile(3, 1.0), kPoints, 3);
  json cells = json::array();
  for (double tau : {0.2, 0.1, 0.05})
    for (int seed : {0, 1}) cells.push_back(cell("backward", 3, 1.0, tau, seed, 0.0, 1.0, points_json(x, 3), 0.01));
  const json e = su::to_json(su::study_self_convergence(su::cell_results_from_json(cells))).at(0);
  CHECK(e["status"] == "no order");
  CHECK(!e["reason"].get<std::string>().empty());
  CHECK(e["distances"]["w2"]["analysis"]["observed_order"].is_null());
  CHECK(e["distances"]["w2"]["analysis"]["richardson_error"].is_null());
  CHECK(e["exact"]["order_agrees"].is_null());
  CHECK(e["exact"]["richardson_within_factor"].is_null());
}

TEST_CASE("groups: fewer than three step sizes have none; not nested, or without particles, say why") {
  const std::vector<double> x = an::sample_profile(an::make_profile(2, 1.0), 16, 4);
  json two = json::array();
  for (double tau : {0.2, 0.1}) two.push_back(cell("particle", 2, 1.0, tau, 0, 0.0, 1.0, points_json(x, 2, tau), 0.1));
  CHECK(su::to_json(su::study_self_convergence(su::cell_results_from_json(two))).empty());

  json not_nested = json::array();
  for (double tau : {0.2, 0.1, 0.04})
    not_nested.push_back(cell("particle", 2, 1.0, tau, 0, 0.0, 1.0, points_json(x, 2, 1 + tau), 0.1));
  const json e = su::to_json(su::study_self_convergence(su::cell_results_from_json(not_nested))).at(0);
  CHECK(e["status"] == "no order");
  CHECK(e["reason"].get<std::string>().find("nested") != std::string::npos);
  CHECK(e["distances"].is_null());

  json old = not_nested;  // a results file written before every cell kept its particles
  for (json& c : old) c["summary"].erase("final_points");
  const json o = su::to_json(su::study_self_convergence(su::cell_results_from_json(old))).at(0);
  CHECK(o["status"] == "no order");
  CHECK(o["reason"].get<std::string>().find("summary.self_convergence_points") != std::string::npos);

  // Rows of different length in one group: the first rows every cell has.
  json mixed = json::array();
  for (double tau : {0.4, 0.2, 0.1}) {
    json c = cell("particle", 2, 1.0, tau, 0, 0.0, 1.0, points_json(x, 2, 1.0, tau), 0.1);
    if (tau == 0.2) c["summary"]["final_points"].erase(c["summary"]["final_points"].begin() + 10, c["summary"]["final_points"].end());
    mixed.push_back(c);
  }
  CHECK(su::to_json(su::study_self_convergence(su::cell_results_from_json(mixed))).at(0)["points"] == 10);
}

TEST_CASE("self_convergence_points: 256 rows evenly strided over the particles, 7 significant digits") {
  json rows = json::array();
  for (int i = 0; i < 1000; ++i) rows.push_back(json::array({i + 0.123456789, -1.0}));
  const json kept = su::self_convergence_points(rows);
  REQUIRE(kept.size() == su::kSelfConvergenceRows);
  for (std::size_t j = 0; j < kept.size(); ++j) {
    const std::size_t i = j * 1000 / su::kSelfConvergenceRows;  // floor(j n / rows)
    CHECK(kept[j][0].get<double>() == su::round_significant(i + 0.123456789, su::kSelfConvergenceDigits));
    CHECK(kept[j][1].get<double>() == -1.0);
  }
  CHECK(kept.back()[0].get<double>() == doctest::Approx(996.1235));  // 255 * 1000 / 256 = 996
  json few = json::array({json::array({0.5}), json::array({0.25})});
  CHECK(su::self_convergence_points(few) == few);
}

TEST_CASE("round_significant keeps 7 digits") {
  CHECK(su::round_significant(0.123456789, 7) == 0.1234568);
  CHECK(su::round_significant(-12345.678901, 7) == -12345.68);
  CHECK(su::round_significant(0.0, 7) == 0.0);
}

TEST_CASE("a real study: the line particle flow toward the uniform law reads order 1 within 0.1 from its solutions") {
  const std::string dir = "study_self_convergence_test_tmp";
  std::filesystem::remove_all(dir);
  su::make_directories(dir);
  const json config = json::parse(R"({
    "name": "selfconv", "schemes": ["particle"], "seeds": [0, 1], "threads": 1,
    "line": [{"name": "uniform", "start": "dirac:0", "target": "uniform:-1,1", "T": 1,
              "taus": [0.2, 0.1, 0.05, 0.025], "particles": 1000, "eval_samples": 0}]
  })");
  su::SweepOptions options;
  options.out = dir + "/selfconv.json";
  options.quiet = true;
  su::run_sweep(su::study_config_from_json(config), options);
  const json doc = json::parse(su::read_file(options.out));
  std::filesystem::remove_all(dir);
  REQUIRE(doc["self_convergence"].size() == 1);
  const json& e = doc["self_convergence"][0];
  CHECK(e["family"] == "line");
  CHECK(e["points"] == su::kSelfConvergenceRows);  // every cell keeps them, the plotted one more
  const json& w2 = e["distances"]["w2"];
  CHECK(w2["method"] == "sorted");
  INFO(e.dump());
  REQUIRE(w2["analysis"]["observed_order"].is_number());
  CHECK(std::abs(w2["analysis"]["observed_order"].get<double>() - 1.0) <= 0.1);
  CHECK(e["exact"]["metric"] == "w2");
  CHECK(e["exact"]["order_agrees"] == true);
  CHECK(e["exact"]["richardson_within_factor"] == true);
}

TEST_CASE("a cell whose final particles are not rows of d numbers is refused when the results are read") {
  const std::vector<double> x = an::sample_profile(an::make_profile(2, 1.0), 16, 4);
  json bad = json::array();
  for (double tau : {0.4, 0.2, 0.1}) bad.push_back(cell("particle", 2, 1.0, tau, 0, 0.0, 1.0, points_json(x, 2, tau), 0.1));
  bad[1]["summary"]["final_points"][3] = json::array({1.0});  // d = 2: one coordinate missing
  CHECK_THROWS_WITH_AS(su::cell_results_from_json(bad), doctest::Contains("cells[1].summary.final_points"),
                       nwgf::suite::UsageError);
}

TEST_CASE("entries read back from their JSON write it again; a malformed entry is refused naming the entry and key") {
  const int d = 2;
  const an::Profile p = an::make_profile(d, 1.0);
  const std::vector<double> x0 = an::sample_profile(p, kPoints, 1), x1 = an::sample_profile(p, kPoints, 2);
  json cells = json::array();
  for (double tau : {0.4, 0.2, 0.1}) {  // an entry with an order, floors and a seed spread
    cells.push_back(cell("particle", d, 1.0, tau, 0, 0.0, 1.0, points_json(x0, d, 1.0, 10 * tau), 0.1));
    cells.push_back(cell("particle", d, 1.0, tau, 1, 0.0, 1.0, points_json(x1, d, 1.0, 10 * tau), 0.1));
  }
  for (double tau : {0.2, 0.1, 0.04})  // and one with no order (not nested): distances and exact null
    cells.push_back(cell("backward", d, 1.0, tau, 0, 0.0, 1.0, points_json(x0, d, 1 + tau), 0.1));
  const std::vector<su::SelfConvergenceEntry> entries = su::study_self_convergence(su::cell_results_from_json(cells));
  REQUIRE(entries.size() == 2);
  const json written = su::to_json(entries);
  const std::vector<su::SelfConvergenceEntry> back = su::self_convergence_entries_from_json(written, "self_convergence");
  CHECK(su::to_json(back).dump() == written.dump());
  CHECK(back[0].seeds == std::vector<long long>{0, 1});
  CHECK(back[0].status == an::SelfConvergenceStatus::kOrder);
  REQUIRE(back[0].distances);
  CHECK(back[0].distances->w2.floors->size() == 3);
  CHECK(back[0].distances->w2.analysis.spread->seeds == 2);
  CHECK(su::observed_order(back[0].distances->w2.analysis) == su::observed_order(entries[0].distances->w2.analysis));
  CHECK(back[0].exact->order_agrees == false);
  CHECK(back[1].status == an::SelfConvergenceStatus::kNoOrder);
  CHECK(!back[1].distances);
  CHECK(!back[1].exact);

  const auto refused = [&](const std::function<void(json&)>& spoil, const std::string& message) {
    json bad = written;
    spoil(bad);
    CHECK_THROWS_WITH_AS(su::self_convergence_entries_from_json(bad, "self_convergence"), doctest::Contains(message.c_str()),
                         su::UsageError);
  };
  refused([](json& j) { j[0]["distances"]["w2"]["analysis"].erase("observed_order"); },
          "self_convergence[0].distances.w2.analysis.observed_order is missing");
  refused([](json& j) { j[0]["exact"]["order_agrees"] = "yes"; }, "self_convergence[0].exact.order_agrees");
  refused([](json& j) { j[1]["status"] = "converged"; }, "self_convergence[1].status");
  refused([](json& j) { j[0]["distances"]["mmd"]["per_seed"][1] = "x"; }, "self_convergence[0].distances.mmd.per_seed[1]");
  refused([](json& j) { j[0]["seeds"][0] = 0.5; }, "self_convergence[0].seeds");
  refused([](json& j) { j[1] = json::array(); }, "self_convergence[1] is not an object");
}
