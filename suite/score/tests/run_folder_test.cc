// run.json of the run folder protocol nwgf-run/1 (suite/score/run_folder.h): a valid manifest
// parses field by field; every bad field is refused with the file, the field and the reason.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "suite/common/errors.h"
#include "suite/score/run_folder.h"
#include "suite/score/score_run.h"

using nlohmann::json;
using nwgf::suite::parse_run_manifest;
using nwgf::suite::RunManifest;
using nwgf::suite::UsageError;

namespace {

json good() {
  return json{{"protocol", "nwgf-run/1"}, {"solver", "my_jko"}, {"scheme", "backward"}, {"d", 2}, {"r", 1.0},
              {"tau", 0.25}, {"T", 1.0}, {"t0", 0.0}, {"seed", 3},
              {"steps", json::array({json{{"n", 2}, {"t", 0.5}, {"particles", "p2.npy"}, {"train_s", 1.5}},
                                     json{{"n", 4}, {"t", 1.0}, {"particles", "sub/p4.csv"}, {"samples", "s4.pt"}}})},
              {"notes", "two of four steps recorded"}};
}

std::string error_of(const json& j) {
  try {
    nwgf::suite::check_run_family(parse_run_manifest(j, "RUN/run.json"), "RUN/run.json");
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

void check_refused(const json& j, const std::string& says) {
  const std::string e = error_of(j);
  INFO(e);
  CHECK(e.rfind("RUN/run.json: ", 0) == 0);
  CHECK(e.find(says) != std::string::npos);
}

}  // namespace

TEST_CASE("a valid manifest: every field read, N = (T - t0)/tau, steps may be a subset ending at N") {
  const RunManifest m = parse_run_manifest(good(), "RUN/run.json");
  CHECK(m.solver == "my_jko");
  CHECK(m.scheme == "backward");
  CHECK(m.d == 2);
  CHECK(m.r == 1.0);
  CHECK(m.tau == 0.25);
  CHECK(m.T == 1.0);
  CHECK(m.seed == 3);
  CHECK(m.steps_total == 4);
  REQUIRE(m.steps.size() == 2);
  CHECK(m.steps[0].n == 2);
  CHECK(m.steps[0].particles == "p2.npy");
  CHECK(m.steps[0].samples.empty());
  CHECK(*m.steps[0].train_s == 1.5);
  CHECK(m.steps[1].samples == "s4.pt");
  CHECK(!m.steps[1].train_s);
  CHECK(m.notes == "two of four steps recorded");
}

TEST_CASE("bad manifests: protocol, missing and non-numeric fields, ranges, steps order and times") {
  const auto with = [](const char* key, json value) {
    json j = good();
    j[key] = std::move(value);
    return j;
  };
  const auto without = [](const char* key) {
    json j = good();
    j.erase(key);
    return j;
  };
  const auto step = [](std::size_t k, const char* key, json value) {
    json j = good();
    j["steps"][k][key] = std::move(value);
    return j;
  };
  check_refused(json::array(), "must be a JSON object");
  check_refused(with("protocol", "nwgf-run/2"), "protocol \"nwgf-run/2\" is not supported");
  check_refused(without("protocol"), "field 'protocol' is missing");
  check_refused(with("extra", 1), "field 'extra' is unknown");
  check_refused(with("solver", "bad name/with slash"), "field 'solver'");
  check_refused(with("scheme", "jko"), "field 'scheme' \"jko\" is not one of");
  for (const char* key : {"d", "r", "tau", "T", "t0", "seed", "steps", "solver", "scheme"})
    check_refused(without(key), std::string("field '") + key + "' is missing");
  check_refused(with("r", "1.0"), "field 'r' must be a number");
  check_refused(with("tau", nullptr), "field 'tau' must be a number");
  check_refused(with("d", 2.5), "field 'd' must be an integer in [1, 100000], got 2.5");
  check_refused(with("d", 0), "field 'd' = 0 is outside the allowed range [1, 100000]");
  check_refused(with("r", 2.0), "field 'r' 2 is outside the allowed range (0, 2)");
  check_refused(with("tau", -0.1), "field 'tau' -0.10000000000000001 is outside");
  check_refused(with("t0", -1), "field 't0' -1 is outside");
  check_refused(with("T", 0.0), "field 'T' 0 is outside the allowed range (t0, inf)");
  check_refused(with("tau", 0.3), "(T - t0)/tau must be a whole number");
  check_refused(with("seed", -1), "field 'seed' = -1 is outside the allowed range [0, 9223372036854775807]");
  // nlohmann reads 2^64 - 1 back as -1 through get<int64_t>; the file's own digits are named.
  check_refused(with("seed", std::numeric_limits<std::uint64_t>::max()),
                "field 'seed' = 18446744073709551615 is outside the allowed range [0, 9223372036854775807]");
  check_refused(step(0, "n", std::numeric_limits<std::uint64_t>::max()),
                "steps[0].n = 18446744073709551615 is outside the allowed range [1, 4]");
  check_refused(with("notes", 5), "field 'notes' must be a string");
  check_refused(with("steps", json::array()), "field 'steps' must be a non-empty array");
  check_refused(step(0, "n", 5), "steps[0].n = 5 is outside the allowed range [1, 4]");
  check_refused(step(0, "n", "2"), "steps[0].n must be an integer in [1, 4], got \"2\"");
  check_refused(step(1, "n", 2), "steps[1].n 2 is out of order (after step 2");
  check_refused(step(0, "t", 0.6), "steps[0].t 0.59999999999999998 does not match t0 + n tau = 0.5 (n = 2)");
  check_refused(step(0, "t", "0.5"), "steps[0].t must be a number");
  check_refused(step(0, "particles", 7), "steps[0].particles must be a file name");
  check_refused(step(0, "particles", "/etc/passwd"), "must be relative to the run folder");
  check_refused(step(0, "particles", "../x.npy"), "must stay inside the run folder");
  check_refused(step(1, "samples", ""), "steps[1].samples is an empty path");
  check_refused(step(0, "train_s", -1), "steps[0].train_s must be a finite number >= 0");
  check_refused(step(0, "loss", 1), "steps[0].loss is unknown");
  json early = good();
  early["steps"].erase(1);
  check_refused(early, "the last step is n = 2, but the run must reach T = 1 (n = 4)");
  json missing = good();
  missing["steps"][0].erase("particles");
  check_refused(missing, "steps[0].particles must be a file name (missing");
}

TEST_CASE("line runs: family, start and target read; d = 1 and r = 1 required with the reason") {
  json line = good();
  line["family"] = "line";
  line["start"] = "dirac:0";
  line["target"] = "diracs:-1@0.3;1@0.7";
  line["d"] = 1;
  const RunManifest m = parse_run_manifest(line, "RUN/run.json");
  CHECK(m.family == "line");
  CHECK(m.start == "dirac:0");
  CHECK(m.target == "diracs:-1@0.3;1@0.7");
  CHECK(parse_run_manifest(good(), "RUN/run.json").family == "dirac");  // absent: dirac
  const auto with = [&](const char* key, json value) {
    json j = line;
    j[key] = std::move(value);
    return j;
  };
  check_refused(with("family", "circle"), "field 'family' \"circle\" is not one of dirac, line, radial");
  check_refused(with("d", 2), "field 'd' 2 is outside the allowed range [1, 1] for a line run");
  check_refused(with("r", 1.5), "field 'r' 1.5 is outside the allowed range [1, 1] for a line run");
  check_refused(with("start", "triangle:0,1"), "field 'start' 'triangle:0,1' is not a start of the line family");
  check_refused(with("target", "uniform:1,0"), "a = 1, b = 0; allowed a < b");
  check_refused(with("target", 3), "field 'target' must be a spec string");
  json no_target = line;
  no_target.erase("target");
  check_refused(no_target, "field 'target' is missing");
  json dirac_with_start = good();
  dirac_with_start["start"] = "dirac:0";
  check_refused(dirac_with_start, "field 'start' is a field of runs toward a target only");
}

TEST_CASE("run.json text: a number beyond double and deep nesting are usage errors (found writing fuzz/run_json_fuzz)") {
  using nwgf::suite::parse_run_manifest_text;
  const auto text_error = [](const std::string& text) -> std::string {
    try {
      parse_run_manifest_text(text, "RUN/run.json");
    } catch (const UsageError& e) {
      return e.what();
    } catch (const std::exception& e) {
      return std::string("not a UsageError: ") + e.what();
    }
    return "";
  };
  // nlohmann::json throws out_of_range (not parse_error) for 1E999; it escaped as exit 1 before.
  std::string e = text_error(R"({"protocol": "nwgf-run/1", "r": 1E999})");
  INFO(e);
  CHECK(e.rfind("RUN/run.json: not valid JSON", 0) == 0);
  CHECK(e.find("1E999") != std::string::npos);
  e = text_error(std::string(100000, '['));
  INFO(e);
  CHECK(e.rfind("RUN/run.json: JSON nested deeper than 16 levels", 0) == 0);
  e = text_error("{");
  CHECK(e.rfind("RUN/run.json: not valid JSON", 0) == 0);
  // The text of a valid manifest reads as the document does.
  const RunManifest m = parse_run_manifest_text(good().dump(), "RUN/run.json");
  CHECK(m.steps_total == 4);
  CHECK(m.steps.size() == 2);
}
