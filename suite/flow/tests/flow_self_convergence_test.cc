// Tests of suite/flow/flow_self_convergence.h: the common times of nested step sizes, the
// self-convergence entry of one scheme on clouds whose distances are known in closed form, and
// "no order" for identical solutions.
#include "suite/flow/flow_self_convergence.h"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <vector>

#include "analytic/point_set_w2.h"

namespace {

using nwgf::suite::SchemeSolutions;

// n points of a standard normal cloud in d = 2 from `seed`, row-major.
std::vector<double> normal_cloud(std::size_t n, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> normal;
  std::vector<double> x(2 * n);
  for (double& v : x) v = normal(rng);
  return x;
}

std::vector<double> shifted(std::vector<double> x, double dx) {
  for (std::size_t i = 0; i < x.size(); i += 2) x[i] += dx;
  return x;
}

// phi_tau(t) = phi + tau t e_1 at the times {0, 1}: a translation, so W2(phi_a, phi_b) = |a - b| t
// exactly (the identity coupling is optimal for a translation) and the order is 1.
SchemeSolutions translated_solutions(const std::vector<double>& taus) {
  const std::vector<double> phi = normal_cloud(60, 1);
  SchemeSolutions s;
  s.taus = taus;
  s.times = {0.0, 1.0};
  s.d = 2;
  s.r = 1.0;
  for (double tau : taus) s.coupled.push_back({phi, shifted(phi, tau)});
  s.other_seed = {normal_cloud(60, 2), shifted(normal_cloud(60, 2), taus.back())};
  return s;
}

}  // namespace

TEST_CASE("common_coarse_steps: the coarsest steps that are whole steps at every step size") {
  CHECK(nwgf::suite::common_coarse_steps({0.4, 0.2, 0.1}, 1.2) == std::vector<int>{0, 1, 2, 3});
  // Ratio 1.5: j 0.3 / 0.2 = 1.5 j and j 0.3 / (0.4 / 3) = 2.25 j are whole for j = 0, 4 only.
  CHECK(nwgf::suite::common_coarse_steps({0.3, 0.2, 0.4 / 3}, 1.2) == std::vector<int>{0, 4});
}

TEST_CASE("a translation at speed 1 gives W2 order 1 and the exact Richardson estimate") {
  const SchemeSolutions s = translated_solutions({0.4, 0.2, 0.1, 0.05});
  const nlohmann::json e = nwgf::suite::scheme_self_convergence(s);
  CHECK(e["verdict_distance"] == "w2");
  CHECK(e["times"] == std::vector<double>{0.0, 1.0});
  const nlohmann::json& w2 = e["distances"]["w2"];
  CHECK(w2["method"] == "assignment");
  REQUIRE(w2["pairs"].size() == 3);
  for (const auto& pair : w2["pairs"]) {
    CHECK(pair["values"][0].get<double>() == doctest::Approx(0.0).epsilon(1e-12));
    CHECK(pair["values"][1].get<double>() ==
          doctest::Approx(pair["tau_coarse"].get<double>() - pair["tau_fine"].get<double>()).epsilon(1e-12));
  }
  // The floor is W2 between the finest run and the other seed's, at each time.
  const std::vector<double> a = s.coupled.back()[1], b = s.other_seed[1];
  CHECK(w2["floor"][1].get<double>() == doctest::Approx(nwgf::analytic::assignment_w2(a.data(), b.data(), 60, 2)));
  // The floor of two independent normal samples of 60 points is ~0.5 >> the differences: no order.
  CHECK(e["status"] == "no order");
  // With a floor of 0 (the other seed's run equal to the finest one) the order is read: exactly 1,
  // and the Richardson estimate E_3 / (2^1 - 1) = 0.1 - 0.05 = 0.05 is the finest run's true
  // error, W2(phi + 0.05 e_1, phi) = 0.05 (the tail 0.025 + 0.0125 + ... of the differences).
  SchemeSolutions exact = s;
  exact.other_seed = exact.coupled.back();
  const nlohmann::json f = nwgf::suite::scheme_self_convergence(exact);
  const nlohmann::json& a2 = f["distances"]["w2"]["analysis"];
  CHECK(f["status"] == "order");
  CHECK(a2["observed_order"].get<double>() == doctest::Approx(1.0).epsilon(1e-9));
  CHECK(a2["richardson_error"].get<double>() == doctest::Approx(0.05).epsilon(1e-9));
  CHECK(a2["order_stderr"].get<double>() == doctest::Approx(0.0).scale(1.0).epsilon(1e-9));
  CHECK(f["distances"]["mmd"]["analysis"]["status"].is_string());
}

TEST_CASE("identical solutions at every step size: no order, with the reason") {
  const std::vector<double> phi = normal_cloud(40, 3);
  SchemeSolutions s;
  s.taus = {0.4, 0.2, 0.1};
  s.times = {1.2};
  s.d = 2;
  s.coupled = {{phi}, {phi}, {phi}};
  s.other_seed = {phi};
  const nlohmann::json e = nwgf::suite::scheme_self_convergence(s);
  for (const char* distance : {"w2", "mmd"}) {
    const nlohmann::json& a = e["distances"][distance]["analysis"];
    CHECK(a["status"] == "no order");
    CHECK(a["observed_order"].is_null());
    CHECK(a["richardson_error"].is_null());
    CHECK_FALSE(a["reason"].get<std::string>().empty());
  }
  CHECK(nwgf::suite::self_convergence_summary("particle", e).find("no order") != std::string::npos);
}

TEST_CASE("a failed run gives a no-order entry naming it") {
  const nlohmann::json e = nwgf::suite::failed_self_convergence({0.4, 0.2, 0.1}, "the run at tau = 0.1 failed: x");
  CHECK(e["status"] == "no order");
  CHECK(e["distances"].is_null());
  CHECK(nwgf::suite::self_convergence_summary("forward", e).find("tau = 0.1 failed") != std::string::npos);
}
