// libFuzzer target: point files (suite/flow/targets.h read_point_file: CSV or JSON lists of
// points, as targets and starts read them).
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "suite/flow/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwgf::fuzz::MemoryFile file(data, size);
  nwgf::fuzz::expect_clean_refusal([&] { (void)nwgf::suite::read_point_file(file.path()); });
  return 0;
}
