// libFuzzer target: run.json of the run folder protocol nwgf-run/1 (suite/score/run_folder.h
// parse_run_manifest_text: JSON with its nesting limit, then every field, step and path checked),
// as `nwgf score` reads another program's run folder.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "suite/score/run_folder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  nwgf::fuzz::expect_clean_refusal([&] {
    const nwgf::suite::RunManifest m = nwgf::suite::parse_run_manifest_text(text, "fuzz run.json");
    // What a valid manifest promises (run_folder.h): steps increasing, the last one n = N.
    if (m.steps.empty() || m.steps.back().n != m.steps_total) std::abort();
    for (std::size_t k = 1; k < m.steps.size(); ++k)
      if (m.steps[k].n <= m.steps[k - 1].n) std::abort();
  });
  return 0;
}
