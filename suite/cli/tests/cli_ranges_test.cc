// End-to-end tests of the ranges of numbers through the built binary (NWGF_BIN, set by
// CTest): r near 2 computed where double precision holds and refused beyond with the reason, in
// every command and in a study's --plan; whole numbers beyond their range refused, never clamped
// or wrapped, on the command line and in configs; empty numbers refused; requests that cannot fit
// in the available memory refused up front. A refusal is exit 2, one line, nothing written.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "testing/cli_runs.h"

namespace fs = std::filesystem;

namespace {

using Run = nwgf::testing::CliRun;
using nwgf::testing::count_lines;

fs::path scratch() { return nwgf::testing::scratch_dir("nwgf_cli_ranges"); }

std::vector<Run> run_all(const std::vector<std::string>& lines) { return nwgf::testing::run_nwgf_batch(lines, scratch()); }

// A study config file in the scratch folder: tau 0.05 to T = 0.1, no chain samples, the keys `body`
// gives (d, r, seeds, particles, ...) and, unless it names them, the backward scheme alone.
std::string study_file(const std::string& name, const std::string& body) {
  const fs::path path = scratch() / (name + ".json");
  const std::string schemes = body.find("\"schemes\"") == std::string::npos ? R"("schemes": ["backward"], )" : "";
  std::ofstream(path) << "{" << schemes << R"("taus": [0.05], "T": 0.1, "eval_samples": 0, )" << body << "}";
  return path.string();
}

// Each refusal: exit 2, one line containing `needle`, nothing on stdout, `out` not created.
void check_refused(const Run& r, const std::string& needle, const fs::path& out = {}) {
  INFO("stderr: " << r.err << " stdout: " << r.out);
  CHECK(r.status == 2);
  CHECK(count_lines(r.err) == 1);
  CHECK(r.err.find(needle) != std::string::npos);
  CHECK(r.out.empty());
  if (!out.empty()) CHECK_FALSE(fs::exists(out));
}

}  // namespace

TEST_CASE("r near 2: computed while double precision holds, refused beyond with the reason, everywhere") {
  const fs::path out = scratch() / "cell.json";
  const std::string plan_199 = study_file("r199", R"("d": [2], "r": [1.99], "particles": 16)");
  const std::string plan_195 = study_file("r195", R"("d": [2], "r": [1.95], "particles": 16)");
  const std::vector<Run> runs = run_all({
      "analytic --d 2 --r 1.95 --t 1 --json",
      "analytic --d 2 --r 1.9999 --t 1 --json",
      "analytic --d 2 --r 1.99 --t 1 --json",
      "run --r 1.99 --d 2 --tau 0.05 --T 0.1 --particles 16 --iters 2 --eval-samples 0 --quiet --out '" +
          out.string() + "'",
      "sweep --config '" + plan_199 + "' --plan",
      "sweep --config '" + plan_195 + "' --plan",
  });
  // r = 1.95: finite, and eta*'s radius from the closed form s^(2-r) = r Γ(2-r/2) Γ((d+r)/2) / Γ(d/2+1).
  REQUIRE(runs[0].status == 0);
  const auto j = nlohmann::json::parse(runs[0].out);
  const double r = 1.95;
  const double s = std::pow(r * std::tgamma(2 - r / 2) * std::tgamma(1 + r / 2) / std::tgamma(2.0), 1 / (2 - r));
  CHECK(std::abs(j["profile"]["radius"].get<double>() / s - 1) < 1e-12);
  CHECK(j["exact"]["m2"].is_number());
  CHECK(j["exact"]["energy"].is_number());
  // r = 1.9999: eta*'s M2 overflows (radius ~ 2^(1/(2-r)) = 10^3010).
  check_refused(runs[1], "is outside the range (0, 1.998");
  // r = 1.99: eta* is finite (radius 10^29.7) but a(1)^2 = (0.01)^200 is not a double.
  check_refused(runs[2], "a(t)^2 = 10^-400");
  // nwgf run: refused before training, nothing written (it trained, then died in a Boost quadrature).
  check_refused(runs[3], "outside the range of double precision", out);
  CHECK_FALSE(fs::exists(scratch() / "cell.chain"));
  // The study's --plan refuses what the sweep could not score.
  CHECK(runs[4].status == 2);
  CHECK(runs[4].err.find("a(t)^2 = 10^-660") != std::string::npos);
  CHECK(runs[5].status == 0);
  // And the study at r = 1.95 runs to its end, every cell recorded (it died mid-study).
  const std::string study_195 = study_file(
      "r195run", R"("schemes": ["particle", "backward"], "d": [2], "r": [1.95], "particles": 16, "training": {"iters": 20})");
  const fs::path results = scratch() / "r195.json";
  const Run sweep = nwgf::testing::run_nwgf_shell(
      "sweep --config '" + study_195 + "' --out '" + results.string() + "' --quiet", scratch());
  INFO("sweep stderr: " << sweep.err);
  REQUIRE(sweep.status == 0);
  const auto doc = nlohmann::json::parse(nwgf::testing::read_text(results));
  REQUIRE(doc["cells"].size() == 2);
  for (const auto& cell : doc["cells"]) {
    CHECK(cell["summary"]["status"] == "ok");
    CHECK(cell["steps"].size() == 2);
  }
  fs::remove_all(scratch());
}

TEST_CASE("whole numbers beyond their range are refused with the range, never clamped or wrapped") {
  const fs::path out = scratch() / "seed.json";
  const std::string tail = " --tau 0.05 --T 0.05 --particles 16 --iters 2 --eval-samples 0 --quiet --out '" +
                           out.string() + "'";
  const std::string big_seed = study_file("bigseed", R"("d": [2], "r": [1], "seeds": [18446744073709551615])");
  const std::string wide_seed = study_file("wideseed", R"("d": [2], "r": [1], "seeds": [9223372036854775808])");
  const std::string big_width = study_file("bigwidth", R"("d": [2], "r": [1], "network": {"width": 4294967296})");
  const std::vector<Run> runs = run_all({
      "run --seed 9223372036854775808" + tail,
      "run --seed 18446744073709551616" + tail,
      "resample --chain '" + (scratch() / "none.chain").string() + "' --seed -1 --out '" +
          (scratch() / "x.csv").string() + "'",
      "sweep --config '" + big_seed + "' --plan",
      "sweep --config '" + wide_seed + "' --plan",
      "sweep --config '" + big_width + "' --plan",
      "run --d 99999999999999999999" + tail,
      "analytic --d 010 --r 1 --t 1 --json",  // decimal 10, not octal 8
  });
  check_refused(runs[0], "--seed: 9223372036854775808 is outside the allowed range [0, 9223372036854775807]", out);
  check_refused(runs[1], "--seed: 18446744073709551616 is outside the allowed range [0, 9223372036854775807]", out);
  check_refused(runs[2], "--seed: -1 is outside the allowed range [0, 9223372036854775807]", scratch() / "x.csv");
  // A config's seed is reported as written (it was read back as -1), in one line: a config with
  // one problem says it once (it was listed, then counted: two lines).
  for (int k : {3, 4, 5}) {
    CHECK(runs[k].status == 2);
    CHECK(count_lines(runs[k].err) == 1);
  }
  CHECK(runs[3].err.find("'seeds[0]' = 18446744073709551615 is outside the allowed range [0, 9223372036854775807]") !=
        std::string::npos);
  CHECK(runs[4].err.find("'seeds[0]' = 9223372036854775808 is outside the allowed range") != std::string::npos);
  CHECK(runs[5].err.find("'network.width' = 4294967296 is outside the allowed range") != std::string::npos);
  check_refused(runs[6], "--d: 99999999999999999999 is outside the allowed range", out);
  REQUIRE(runs[7].status == 0);
  CHECK(nlohmann::json::parse(runs[7].out)["d"] == 10);
  fs::remove_all(scratch());
}

TEST_CASE("an empty or non-numeric number option is refused as such, not read as 0") {
  const fs::path out = scratch() / "empty.json";
  const std::vector<Run> runs = run_all({
      "analytic --d 2 --r '' --t 1",
      "analytic --d '' --r 1 --t 1",
      "run --tau '' --quiet --out '" + out.string() + "'",
      "analytic --d 2 --r 1x --t 1",
  });
  check_refused(runs[0], "--r: '' is not a number");
  check_refused(runs[1], "--d: '' is not a whole number");
  check_refused(runs[2], "--tau: '' is not a number", out);
  CHECK(runs[3].status == 2);
  CHECK(count_lines(runs[3].err) == 1);
  fs::remove_all(scratch());
}

TEST_CASE("requests that cannot fit in the available memory are refused before any work") {
  const fs::path dir = scratch();
  // A tiny chain to resample from.
  const fs::path cell = dir / "tiny.json";
  const Run made = nwgf::testing::run_nwgf_shell(
      "run --d 2 --r 1 --tau 0.05 --T 0.05 --particles 16 --iters 2 --eval-samples 0 --threads 1 --quiet --out '" +
          cell.string() + "'",
      dir);
  REQUIRE(made.status == 0);
  const std::string huge_cells = study_file("huge", R"("d": [64], "r": [1], "particles": 100000000)");
  std::string mean64 = "gaussian:0";
  for (int k = 1; k < 64; ++k) mean64 += ",0";
  std::string mean20000 = "gaussian:0";  // d = 20000 with one target point: the particles are the request
  for (int k = 1; k < 20000; ++k) mean20000 += ",0";
  const fs::path flow_out = dir / "flow";
  const fs::path csv = dir / "many.csv";
  const std::vector<Run> runs = run_all({
      "sweep --config '" + huge_cells + "' --plan",
      "resample --chain '" + (dir / "tiny.chain").string() + "' --samples 100000000000 --out '" + csv.string() + "'",
      "flow --target '" + mean64 + ",1' --start dirac --target-samples 2147483647 --scheme particle --tau 0.1 --T 0.1 "
      "--no-plots --quiet --out '" + flow_out.string() + "'",
      "flow --target '" + mean20000 + ",1' --start dirac --target-samples 1 --particles 1000000 --scheme particle "
      "--tau 0.1 --T 0.1 --no-plots --quiet --out '" + flow_out.string() + "'",
  });
  check_refused(runs[0], "GB of memory");
  CHECK(runs[0].err.find("MemAvailable") != std::string::npos);
  check_refused(runs[1], "--samples 100000000000 of d = 2 needs at least", csv);
  check_refused(runs[2], "--target-samples 2147483647 in d = 64 needs at least", flow_out);
  check_refused(runs[3], "--particles 1000000 in d = 20000 needs at least", flow_out);
  fs::remove_all(dir);
}
