// libFuzzer target: study results files as resume, merge and report read them (cells, partial
// and shard files: suite/study/sweep.h load_study_document, which checks the schema, the study
// config and every cell against the study's plan).
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "suite/study/sweep.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwgf::fuzz::MemoryFile file(data, size);
  nwgf::fuzz::expect_clean_refusal([&] { (void)nwgf::suite::load_study_document(file.path()); });
  return 0;
}
