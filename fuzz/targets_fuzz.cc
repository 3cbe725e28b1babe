// libFuzzer target: the target and start spec syntax of `nwgf flow` (suite/flow/targets.h):
// parse_start_spec, parse_point_list and the diracs: targets (the spec kinds that read no file).
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "suite/flow/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nwgf::suite;
  const std::string text(reinterpret_cast<const char*>(data), size);
  nwgf::fuzz::expect_clean_refusal([&] { (void)parse_start_spec(text); });
  nwgf::fuzz::expect_clean_refusal([&] { (void)parse_point_list(text, "fuzz list"); });
  // Targets: only "diracs:" reaches the parser without reading a file named by the input.
  nwgf::fuzz::expect_clean_refusal([&] { (void)load_target("diracs:" + text, TargetOptions{}, 1); });
  return 0;
}
