#include "suite/common/memory_limit.h"

#include <cstdio>

#include <fmt/format.h>

#include "suite/common/errors.h"

namespace nwgf::suite {

double available_memory_bytes() {
  std::FILE* f = std::fopen("/proc/meminfo", "r");
  if (!f) return 0;
  char line[256];
  double kb = 0;
  while (std::fgets(line, sizeof line, f))
    if (std::sscanf(line, "MemAvailable: %lf kB", &kb) == 1) break;
  std::fclose(f);
  return kb * 1024.0;
}

void refuse_beyond_available_memory(double need_bytes, const std::string& what) {
  const double have = available_memory_bytes();
  if (have > 0 && !(need_bytes <= have))
    throw UsageError(fmt::format("{} needs at least {:.3g} GB of memory; {:.3g} GB are available (MemAvailable of "
                                 "/proc/meminfo)",
                                 what, need_bytes / 1e9, have / 1e9));
}

}  // namespace nwgf::suite
