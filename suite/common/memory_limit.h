#pragma once
// The memory limit of work done by request (particles, chain samples, fresh samples, target
// points): before a command allocates what its options ask for, it compares an estimate of the
// bytes with the memory the machine has available (MemAvailable of /proc/meminfo) and refuses a
// request that cannot fit, up front (exit 2), instead of dying in an allocation (a LibTorch trace,
// std::bad_alloc) or the kernel's OOM killer mid-run.
#include <string>

namespace nwgf::suite {

// The limit as --help states it.
inline constexpr const char* kMemoryLimitText = "the available memory (MemAvailable of /proc/meminfo)";

// MemAvailable of /proc/meminfo in bytes; 0 when unknown (then nothing is refused).
double available_memory_bytes();

// Throws UsageError "WHAT needs at least X GB of memory; Y GB are available (MemAvailable of
// /proc/meminfo)" when need_bytes exceeds available_memory_bytes() (`what` names the values that
// ask for the memory: "--samples 100000000 of d = 2").
void refuse_beyond_available_memory(double need_bytes, const std::string& what);

}  // namespace nwgf::suite
