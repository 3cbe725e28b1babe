// Tests of suite/study/solution_self_convergence.h without a floor (nwgf score of run folders
// without a second seed) and with the floor run's own seed; the entry with nwgf flow's floor is
// tested in suite/flow/tests/flow_self_convergence_test.cc.
#include "suite/study/solution_self_convergence.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "testing/tolerances.h"

namespace {

using nwgf::suite::SchemeSolutions;

// A fixed cloud of 30 points in d = 2 (a sunflower spiral), row-major.
std::vector<double> cloud() {
  std::vector<double> x;
  for (int i = 0; i < 30; ++i) {
    const double rho = std::sqrt((i + 0.5) / 30.0), angle = 2.399963 * i;
    x.push_back(rho * std::cos(angle));
    x.push_back(rho * std::sin(angle));
  }
  return x;
}

std::vector<double> shifted(std::vector<double> x, double dx) {
  for (std::size_t i = 0; i < x.size(); i += 2) x[i] += dx;
  return x;
}

// phi_tau(t) = phi + tau^2 t e_1 at the times {0.5, 1}: a translation, so W2(phi_a, phi_b) =
// |a^2 - b^2| t exactly (the identity coupling is optimal for a translation): order 2.
SchemeSolutions quadratic_solutions() {
  SchemeSolutions s;
  s.taus = {0.4, 0.2, 0.1};
  s.times = {0.5, 1.0};
  s.d = 2;
  s.seed = 7;
  for (double tau : s.taus) s.coupled.push_back({shifted(cloud(), tau * tau * 0.5), shifted(cloud(), tau * tau)});
  return s;
}

}  // namespace

TEST_CASE("without a second seed: no floor given, floor null, the order read from the differences alone") {
  const nlohmann::json e = nwgf::suite::scheme_self_convergence(quadratic_solutions());
  CHECK(e["floor_seed"].is_null());
  CHECK(e["seed"] == 7);
  CHECK(e["status"] == "order");
  CHECK(e["reason"].get<std::string>().rfind(nwgf::suite::kNoFloorGiven, 0) == 0);
  const nlohmann::json& w2 = e["distances"]["w2"];
  CHECK(w2["floor"].is_null());
  CHECK(e["distances"]["mmd"]["floor"].is_null());
  // W2 at T = 1: 0.4^2 - 0.2^2 = 0.12 and 0.2^2 - 0.1^2 = 0.03; order log2(0.12 / 0.03) = 2.
  CHECK_REL(w2["pairs"][0]["values"][1].get<double>(), 0.12, nwgf::tolerance::kRoundoff);
  CHECK_REL(w2["pairs"][1]["values"][1].get<double>(), 0.03, nwgf::tolerance::kRoundoff);
  CHECK_REL(w2["analysis"]["observed_order"].get<double>(), 2.0, nwgf::tolerance::kRoundoff);
  // Richardson: E_2 / (2^2 - 1) = 0.01, the finest run's true error 0.1^2 = 0.01.
  CHECK_REL(w2["analysis"]["richardson_error"].get<double>(), 0.01, nwgf::tolerance::kRoundoff);
  CHECK(nwgf::suite::self_convergence_summary("solver", e).find("no floor given") != std::string::npos);
}

TEST_CASE("with a floor run: its seed is floor_seed and the floor is its distance to the finest run") {
  SchemeSolutions s = quadratic_solutions();
  // The floor run: the finest run moved by 0.001 along e_2, so W2 = 0.001 at each time.
  for (const std::vector<double>& x : s.coupled.back()) {
    std::vector<double> y = x;
    for (std::size_t i = 1; i < y.size(); i += 2) y[i] += 0.001;
    s.other_seed.push_back(y);
  }
  s.floor_seed = 12;
  const nlohmann::json e = nwgf::suite::scheme_self_convergence(s);
  CHECK(e["floor_seed"] == 12);
  CHECK(e["reason"].get<std::string>().find(nwgf::suite::kNoFloorGiven) == std::string::npos);
  CHECK_REL(e["distances"]["w2"]["floor"][1].get<double>(), 0.001, nwgf::tolerance::kRoundoff);  // x + 0.001 - x: 1e-16 of 1e-3
  CHECK(e["distances"]["w2"]["analysis"]["status"] == "order");
  // A floor run that does not cover every common time is refused.
  s.other_seed.pop_back();
  CHECK_THROWS_AS(nwgf::suite::scheme_self_convergence(s), std::invalid_argument);
}
