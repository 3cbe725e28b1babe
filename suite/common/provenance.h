#pragma once
// Where a result came from: git commit of the source tree, compiler, LibTorch version,
// device, threads, start time (UTC, ISO 8601) and the kernels' ISA path (analytic/kernel_isa.h). Written into every results JSON.
#include <string>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

struct Provenance {
  std::string git_commit;    // `git rev-parse HEAD` of the source tree, "+dirty" if modified,
                             // "unknown" outside a checkout
  std::string compiler;      // e.g. "GCC 12.2.0"
  std::string libtorch_version;
  std::string device;        // "cpu" or "cuda:0 (<name>)"
  int threads = 1;
  std::string start_time;    // UTC, e.g. 2026-11-28T03:00:00Z
  std::string nwgf_version;
  std::string kernel_isa;    // the kernels' instruction-set path: avx512 | avx2 | generic
};

// Fills every field; device and threads are what the run uses.
Provenance collect_provenance(const std::string& device, int threads);
nlohmann::json to_json(const Provenance& p);
std::string utc_now_iso8601();

}  // namespace nwgf::suite
