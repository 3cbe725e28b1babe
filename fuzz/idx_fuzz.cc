// libFuzzer target: the IDX reader (suite/flow/idx_reader.h), plain or gzip-compressed input.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "suite/flow/idx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwgf::fuzz::MemoryFile file(data, size);
  nwgf::fuzz::expect_clean_refusal([&] { (void)nwgf::suite::read_idx_sizes(file.path()); });
  nwgf::fuzz::expect_clean_refusal([&] { (void)nwgf::suite::read_idx(file.path(), 16); });
  return 0;
}
