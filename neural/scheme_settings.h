#pragma once
// The settings a scheme runs with, in one value type shared by `nwgf run` (one cell), study
// configs (every cell of a study) and `nwgf flow` (flows toward a target): the network, the
// training, the forward scheme's eps and step batch, the particle flow's start box, the device,
// threads and the CPU training engine. Defaults are the reference settings of the published
// experiments (docs/math.md section 5). Names (schemes, activations, engines, devices) are parsed
// once at the edge into the enums below; nothing past the edge compares strings.
//
// Field names in messages are the study-config keys (the same in every front end):
//   network.width, network.depth, network.activation, network.latent,
//   training.iters, training.batch, training.lr, training.eps, training.step_batch,
//   training.engine, particle_flow.start_box, device, threads.
// Plain C++ (no LibTorch).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "neural/fused/activation.h"

namespace nwgf::neural {

// The three schemes of docs/math.md section 2.
enum class Scheme { Backward, Forward, Particle };
inline constexpr std::string_view kSchemeNames = "backward, forward, particle";
constexpr std::string_view scheme_name(Scheme s) {
  return s == Scheme::Backward ? "backward" : s == Scheme::Forward ? "forward" : "particle";
}
std::optional<Scheme> parse_scheme(std::string_view name);

// Which code trains the generator on the CPU: the fused engine (neural/fused/, hand-written
// forward/backward and Adam; the default) or LibTorch autograd (the reference implementation;
// always used on CUDA).
enum class TrainingEngine { Fused, Torch };
inline constexpr std::string_view kEngineNames = "fused, torch";
constexpr std::string_view engine_name(TrainingEngine e) { return e == TrainingEngine::Fused ? "fused" : "torch"; }
std::optional<TrainingEngine> parse_engine(std::string_view name);

// Where a scheme runs: "auto" is CUDA when LibTorch sees a device, else the CPU (neural/device.h).
enum class DeviceChoice { Cpu, Cuda, Auto };
inline constexpr std::string_view kDeviceNames = "cpu, cuda, auto";
constexpr std::string_view device_name(DeviceChoice d) {
  return d == DeviceChoice::Cpu ? "cpu" : d == DeviceChoice::Cuda ? "cuda" : "auto";
}
std::optional<DeviceChoice> parse_device(std::string_view name);

// Bounds of every setting, stated once (the --help texts and the messages quote them).
struct SettingsBounds {
  static constexpr int kMaxWidth = 65536;
  static constexpr int kMaxDepth = 64;
  static constexpr int kMaxLatent = 4096;
  static constexpr int kMaxIters = 100000000;
  static constexpr int kMaxBatch = 100000000;
  static constexpr int kMaxThreads = 4096;
};

struct SchemeSettings {
  // Network: the generator MLP on (x, z) (neural/generator.h).
  int width = 64;                             // nodes per hidden layer (reference 64)
  int depth = 2;                              // hidden layers (reference 2)
  Activation activation = Activation::ReLU;   // hidden activation (reference ReLU)
  int latent = 0;                             // size k of z; 0 means k = d (reference)
  // Training: Adam on mini-batches, warm-started from step to step.
  int iters = 5000;                           // Adam iterations per step (reference 5000)
  int batch = 100;                            // mini-batch; two independent batches for E (reference 100)
  double lr = 1e-3;                           // Adam learning rate (reference 1e-3)
  TrainingEngine engine = TrainingEngine::Fused;  // CPU training code
  bool cuda_graph = true;                     // CUDA: replay a CUDA graph of the iteration
  // Forward scheme (docs/math.md section 2).
  double eps = 1e-2;                          // eps in D_v F / (||v|| + eps) (reference 1e-2); > 0
  int step_batch = 2000;                      // batch estimating D_v F and ||v||^2 after training
  // Particle flow: a point-mass start is spread uniformly over a box of this side around each
  // atom, since a particle flow cannot leave an exact Dirac (every gradient vanishes).
  double start_box = 1e-9;                    // reference 1e-9; > 0
  // Execution.
  DeviceChoice device = DeviceChoice::Cpu;
  int threads = 0;                            // intra-op threads; 0: one per core where it matters
};

// Every problem of the settings, one line each, naming the field, the value and the allowed
// range ("'training.iters' = 0 is outside the allowed range [1, 100000000]"); empty when valid.
std::vector<std::string> settings_problems(const SchemeSettings& s);

}  // namespace nwgf::neural
