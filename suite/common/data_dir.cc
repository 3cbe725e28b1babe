#include "suite/common/data_dir.h"

#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "suite/common/errors.h"

namespace nwgf::suite {

namespace {
std::filesystem::path executable_folder() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}
}  // namespace

std::filesystem::path data_root() {
  std::vector<std::filesystem::path> candidates;
  if (const char* env = std::getenv("NWGF_DATA_DIR"); env && *env) candidates.emplace_back(env);
  const auto exe = executable_folder();
  if (!exe.empty()) {
    candidates.push_back(exe / "share" / "nwgf");
    candidates.push_back(exe.parent_path() / "share" / "nwgf");
  }
  std::string tried;
  for (const auto& c : candidates) {
    std::error_code ec;
    if (std::filesystem::is_directory(c / "presets", ec)) return c;
    tried += (tried.empty() ? "" : ", ") + c.string();
  }
  throw std::runtime_error("the nwgf data folder (presets/, data/) was not found; tried: " +
                           (tried.empty() ? std::string("nothing") : tried) +
                           " (set NWGF_DATA_DIR to a folder holding presets/ and data/)");
}

std::filesystem::path data_file(const std::string& relative) {
  const auto path = data_root() / relative;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw UsageError("'" + relative + "' not found in the nwgf data folder " + data_root().string());
  return path;
}

}  // namespace nwgf::suite
