// libFuzzer target: study results files as resume, merge and report read them (cells, partial
// and shard files: suite/study/sweep.h load_study_document, which checks the schema, the study
// config and every cell against the study's plan), then read into typed results as report and
// merge read it (suite/study/study_results.h study_results_from_json).
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "suite/study/study_results.h"
#include "suite/study/sweep.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwgf::fuzz::MemoryFile file(data, size);
  nwgf::fuzz::expect_clean_refusal([&] {
    const nlohmann::json doc = nwgf::suite::load_study_document(file.path());
    (void)nwgf::suite::study_results_from_json(doc, file.path());
  });
  return 0;
}
