#include "suite/common/provenance.h"

#include "analytic/kernel_isa.h"

#include <cstdio>
#include <ctime>

#include <torch/version.h>

namespace nwgf::suite {

namespace {
std::string run_and_capture(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
    ::pclose(pipe);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

std::string compiler_name() {
#if defined(__clang__)
  return std::string("Clang ") + __clang_version__;
#elif defined(__GNUC__)
  return std::string("GCC ") + __VERSION__;
#else
  return "unknown";
#endif
}
}  // namespace

std::string utc_now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

Provenance collect_provenance(const std::string& device, int threads) {
  Provenance p;
  const std::string dir = NWGF_SOURCE_DIR;
  std::string commit = run_and_capture("git -C '" + dir + "' rev-parse HEAD 2>/dev/null");
  if (commit.empty()) {
    commit = "unknown";
  } else if (!run_and_capture("git -C '" + dir + "' status --porcelain --untracked-files=no 2>/dev/null")
                  .empty()) {
    commit += "+dirty";
  }
  p.git_commit = commit;
  p.compiler = compiler_name();
  p.libtorch_version = TORCH_VERSION;
  p.device = device;
  p.threads = threads;
  p.start_time = utc_now_iso8601();
  p.nwgf_version = NWGF_VERSION;
  p.kernel_isa = analytic::kernel_isa();
  return p;
}

nlohmann::json to_json(const Provenance& p) {
  return {{"git_commit", p.git_commit}, {"compiler", p.compiler},
          {"libtorch_version", p.libtorch_version}, {"device", p.device},
          {"threads", p.threads}, {"start_time", p.start_time},
          {"nwgf_version", p.nwgf_version}, {"kernel_isa", p.kernel_isa}};
}

}  // namespace nwgf::suite
