// libFuzzer target: study configs (suite/study/study_config.h load_study_config: parse_json and
// study_config_from_json with its checks of every field and cell). Valid configs are expanded
// into their cells and written back, as nwgf sweep --plan would.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "suite/study/study_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwgf::fuzz::MemoryFile file(data, size);
  nwgf::fuzz::expect_clean_refusal([&] {
    const nwgf::suite::StudyConfig config = nwgf::suite::load_study_config(file.path());
    const auto cells = nwgf::suite::study_cells(config);
    (void)nwgf::suite::study_config_to_json(config).dump();
    (void)cells.size();
  });
  return 0;
}
