// nwgf validate end to end on the seconds-long "smoke" preset: a results file that the JSON
// Schema accepts (tools/validate_results.sh) and a rendered report; --resume on a finished
// study runs nothing and reproduces the numbers.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "suite/common/io_util.h"
#include "suite/study/sweep.h"

using namespace nwgf::suite;

namespace {
int run_status(const std::string& cmd) {
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// True (and says why on stderr) when the program under test is not given: the test case is then
// skipped, which doctest counts and CTest shows as "Skipped" (CMakeLists.txt, nwgf_add_test).
bool program_missing() {
  const bool missing = !std::getenv("NWGF_BIN") || !std::getenv("NWGF_SOURCE_DIR");
  if (missing)
    std::fprintf(stderr, "validate_test: NWGF_BIN / NWGF_SOURCE_DIR not set (they are set by ctest): skipped\n");
  return missing;
}
}  // namespace

TEST_CASE("nwgf validate --preset smoke writes a schema-valid results file and its report" *
          doctest::skip(program_missing())) {
  const char* bin = std::getenv("NWGF_BIN");
  const char* src = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE((bin && src));
  const std::string dir = "validate_test_tmp";
  std::filesystem::remove_all(dir);
  make_directories(dir);
  const std::string validate = std::string(bin) + " validate --quiet --preset smoke --out " + dir +
                               "/smoke.json --report " + dir + "/report";
  REQUIRE(run_status(validate + " > " + dir + "/stdout.txt") == 0);
  const auto doc = load_study_document(dir + "/smoke.json");
  CHECK(doc["complete"] == true);
  CHECK(doc["cells"].size() == 12);
  CHECK(doc["convergence"].size() > 0);
  CHECK(std::filesystem::exists(dir + "/report/report.md"));
  if (run_status("gnuplot --version > /dev/null 2>&1") == 0)
    CHECK(std::filesystem::exists(dir + "/report/conv_mmd_d2_r1.5.png"));
  if (run_status("/usr/bin/python3 -c 'import jsonschema' > /dev/null 2>&1") == 0)
    CHECK(run_status(std::string(src) + "/tools/validate_results.sh " + dir + "/smoke.json > /dev/null") == 0);

  REQUIRE(run_status(validate + " --resume > " + dir + "/again.txt") == 0);
  CHECK(read_file(dir + "/again.txt").find("0 run now, 12 resumed") != std::string::npos);
  CHECK(load_study_document(dir + "/smoke.json")["cells"] == doc["cells"]);
}
