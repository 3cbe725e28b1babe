#pragma once
// Devices, threads and seeding for the neural module.
//   resolve_device("cpu" | "cuda" | "auto"): "auto" is CUDA when LibTorch sees a CUDA device,
//   else CPU; "cuda" without a device throws std::invalid_argument (a usage error, exit 2).
//   set_threads(n): LibTorch intra-op threads (n = 0 keeps LibTorch's default).
//   seed_global_generators(seed): seeds LibTorch's default CPU and CUDA generators, which the
//   schemes draw their mini-batches and latent variables from (same seed, same numbers on the
//   same device). Evaluation sampling uses its own generator (make_cpu_generator) so that it
//   never perturbs the training stream.
#include <cstdint>
#include <string>

#include <torch/torch.h>

#include "neural/scheme_settings.h"

namespace nwgf::neural {

// Throws std::invalid_argument for a name other than cpu | cuda | auto, or for "cuda" when no
// CUDA device is available.
torch::Device resolve_device(const std::string& name);
torch::Device resolve_device(DeviceChoice choice);
// "cpu" or "cuda:0 (<name>)" when the device name is known.
std::string describe_device(const torch::Device& device);
// Throws std::invalid_argument for n < 0.
void set_threads(int n);
int current_threads();
void seed_global_generators(std::uint64_t seed);
// A CPU generator of its own (draws are then moved to the device).
at::Generator make_cpu_generator(std::uint64_t seed);

}  // namespace nwgf::neural
