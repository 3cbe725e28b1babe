#include "neural/device.h"

#include <stdexcept>

#include <ATen/CPUGeneratorImpl.h>

namespace nwgf::neural {

torch::Device resolve_device(const std::string& name) {
  if (name == "cpu") return torch::Device(torch::kCPU);
  if (name == "cuda") {
    if (!torch::cuda::is_available())
      throw std::invalid_argument(
          "--device cuda: no CUDA device is available to this LibTorch build (allowed: cpu, auto, "
          "or cuda on a machine with a CUDA LibTorch and GPU)");
    return torch::Device(torch::kCUDA, 0);
  }
  if (name == "auto")
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
  throw std::invalid_argument("device '" + name + "' is not one of cpu, cuda, auto");
}

torch::Device resolve_device(DeviceChoice choice) { return resolve_device(std::string(device_name(choice))); }

std::string describe_device(const torch::Device& device) {
  if (device.is_cpu()) return "cpu";
  return device.str();
}

void set_threads(int n) {
  if (n < 0) throw std::invalid_argument("threads " + std::to_string(n) + " must be >= 0 (0: default)");
  if (n > 0) torch::set_num_threads(n);
}

int current_threads() { return torch::get_num_threads(); }

void seed_global_generators(std::uint64_t seed) {
  // torch::manual_seed seeds the default CPU generator and, when present, every CUDA one.
  torch::manual_seed(seed);
}

at::Generator make_cpu_generator(std::uint64_t seed) {
  return at::detail::createCPUGenerator(seed);
}

}  // namespace nwgf::neural
