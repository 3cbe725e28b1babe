// The typed results and the one convergence routine against the committed results files: every
// convergence group each file holds (written by the code before the routine was shared by the
// families, commit ba71ad5) reads into its typed group and writes back to the same JSON, and the
// routine recomputes it from the file's cells; self-convergence likewise (its stored entries read
// into SelfConvergenceEntry and write back the same JSON). The stored files are the
// independent reference: they were computed by the per-family routines this one replaced.
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "suite/study/dirac_convergence.h"
#include "suite/study/study_results.h"
#include "suite/study/study_self_convergence.h"
#include "suite/study/sweep.h"
#include "suite/study/target_convergence.h"

namespace su = nwgf::suite;
using nlohmann::json;

namespace {

// Numbers equal to rel (the floors draw exact samples through vectorised sums: the last bits may
// differ between an AVX2 and an AVX-512 build); everything else equal. The first difference in
// `where`, empty when none.
std::string first_difference(const json& a, const json& b, const std::string& where, double rel) {
  if (a.is_number() && b.is_number()) {
    const double x = a.get<double>(), y = b.get<double>();
    return std::abs(x - y) <= rel * std::max(std::abs(x), std::abs(y)) ? "" : fmt::format("{}: {} != {}", where, x, y);
  }
  if (a.type() != b.type()) return fmt::format("{}: {} != {}", where, a.dump().substr(0, 80), b.dump().substr(0, 80));
  if (a.is_array()) {
    if (a.size() != b.size()) return fmt::format("{}: {} != {} entries", where, a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
      if (auto d = first_difference(a[i], b[i], fmt::format("{}[{}]", where, i), rel); !d.empty()) return d;
    return "";
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return fmt::format("{}: keys differ ({} != {})", where, a.size(), b.size());
    for (const auto& [key, value] : a.items()) {
      if (!b.contains(key)) return fmt::format("{}.{}: missing", where, key);
      if (auto d = first_difference(value, b[key], where + "." + key, rel); !d.empty()) return d;
    }
    return "";
  }
  return a == b ? "" : fmt::format("{}: {} != {}", where, a.dump(), b.dump());
}

std::string committed(const std::string& name) {
  const char* source = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE(source != nullptr);
  return (std::filesystem::path(source) / "results" / name).string();
}

std::vector<su::ConvergenceGroup> groups_of(const su::StudyResults& results, const std::string& family) {
  std::vector<su::ConvergenceGroup> out;
  for (const su::ConvergenceGroup* g : results.groups_of(family)) out.push_back(*g);
  return out;
}

constexpr double kSameBits = 0.0;
constexpr double kLastBits = 1e-12;

}  // namespace

TEST_CASE("committed results: typed groups read and write back the stored JSON; the routine recomputes them") {
  for (const char* name : {"default.json", "solvers.json", "line-solvers.json", "radial-solvers.json",
                           "published-displacement-with.json"}) {
    CAPTURE(name);
    const json doc = su::load_study_document(committed(name));
    const su::StudyResults results = su::study_results_from_json(doc, name);
    REQUIRE(results.complete);
    REQUIRE(results.cells.size() == doc["cells"].size());

    // Read and written back: the same JSON, key for key and bit for bit.
    CHECK(first_difference(su::to_json(groups_of(results, "dirac")), doc["convergence"], "convergence", kSameBits) == "");

    // Recomputed from the cells by the one routine.
    CHECK(first_difference(su::to_json(su::convergence_groups(su::dirac_convergence_rules(), results.cells)),
                           doc["convergence"], "convergence", kLastBits) == "");
    for (const su::TargetFamily* family : su::target_families()) {
      const std::string key = family->name + "_convergence";
      if (!doc.contains(key)) continue;
      CHECK(first_difference(su::to_json(groups_of(results, family->name)), doc[key], key, kSameBits) == "");
      CHECK(first_difference(su::to_json(su::convergence_groups(*su::target_convergence_rules(*family), results.cells)),
                             doc[key], key, kLastBits) == "");
    }
    CHECK(first_difference(su::study_timings(results.cells), doc["timings"], "timings", kSameBits) == "");
  }
}

TEST_CASE("committed results: self-convergence recomputed from the kept points equals the stored analysis") {
  for (const char* name : {"line-solvers.json", "radial-solvers.json"}) {
    CAPTURE(name);
    const json doc = su::load_study_document(committed(name));
    const su::StudyResults results = su::study_results_from_json(doc, name);
    CHECK(first_difference(su::to_json(su::study_self_convergence(results.cells)), doc["self_convergence"],
                           "self_convergence", kLastBits) == "");
  }
}

TEST_CASE("committed results: stored self-convergence entries read into their typed form and write back bit for bit") {
  for (const char* name : {"default.json", "solvers.json", "line-solvers.json", "radial-solvers.json",
                           "published-displacement-with.json", "published-position-without.json"}) {
    CAPTURE(name);
    const json doc = su::load_study_document(committed(name));
    REQUIRE(doc.contains("self_convergence"));
    const std::vector<su::SelfConvergenceEntry> entries =
        su::self_convergence_entries_from_json(doc["self_convergence"], "self_convergence");
    REQUIRE(entries.size() == doc["self_convergence"].size());
    const json written = su::to_json(entries);
    CHECK(first_difference(written, doc["self_convergence"], "self_convergence", kSameBits) == "");
    CHECK(written.dump() == doc["self_convergence"].dump());  // key for key, the same number texts
  }
}
