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
//   training.engine, training.batch_sampling, network.generator_output, particle_flow.start_box,
//   device, threads.
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

// What the backward scheme's generator outputs (docs/math.md section 5): a displacement, the
// transport T(x, z) = x + G(x, z) (nwgf's default: each warm-started step starts near the
// identity), or the position itself, T(x, z) = G(x, z) (the published code). The forward scheme's
// generator outputs a velocity xi (particles move to x + tau s xi) and the particle flow has no
// generator, so "position" is refused for them (scheme_settings_problems).
enum class GeneratorOutput { Displacement, Position };
inline constexpr std::string_view kGeneratorOutputNames = "position, displacement";
constexpr std::string_view generator_output_name(GeneratorOutput g) {
  return g == GeneratorOutput::Displacement ? "displacement" : "position";
}
std::optional<GeneratorOutput> parse_generator_output(std::string_view name);

// How the neural schemes draw each of their two training batches (and the forward scheme its
// step batches) from the m particles: with replacement (nwgf's default; b independent uniform
// indices) or without (b distinct indices, a uniformly random b-subset: the published code's
// randperm(m)[:b]; needs b <= m). The two batches of an iteration are independent of each other
// either way. The particle flow draws no batches, so "without" is refused for it.
enum class BatchSampling { With, Without };
inline constexpr std::string_view kBatchSamplingNames = "with, without";
constexpr std::string_view batch_sampling_name(BatchSampling b) { return b == BatchSampling::With ? "with" : "without"; }
std::optional<BatchSampling> parse_batch_sampling(std::string_view name);

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
  // Backward scheme: T = x + G (default; the committed results use it) or T = G (the published code).
  GeneratorOutput generator_output = GeneratorOutput::Displacement;
  // Training: Adam on mini-batches, warm-started from step to step.
  int iters = 5000;                           // Adam iterations per step (reference 5000)
  int batch = 100;                            // mini-batch; two independent batches for E (reference 100)
  double lr = 1e-3;                           // Adam learning rate (reference 1e-3)
  TrainingEngine engine = TrainingEngine::Fused;  // CPU training code
  // Batches with replacement (default; the committed results use it) or without (the published code).
  BatchSampling batch_sampling = BatchSampling::With;
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

// The problems of running `scheme` on m = `particles` particles with these settings, beyond
// settings_problems: generator_output = position for a scheme other than backward, batch_sampling
// = without for the particle flow, or without and a batch (training.batch; forward also
// training.step_batch) larger than m. One line each, naming the field, the value and why.
std::vector<std::string> scheme_settings_problems(Scheme scheme, const SchemeSettings& s, long long particles);

}  // namespace nwgf::neural
