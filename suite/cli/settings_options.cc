#include "suite/cli/settings_options.h"

#include <fmt/format.h>

#include "suite/study/settings_names.h"

namespace nwgf::suite {

std::shared_ptr<SettingsFlags> add_settings_options(CLI::App* cmd, const neural::SchemeSettings& d) {
  using neural::SettingsBounds;
  auto f = std::make_shared<SettingsFlags>();
  f->values = d;
  neural::SchemeSettings& v = f->values;
  cmd->add_option("--iters", v.iters, fmt::format("Adam iterations per step, in [1, {}]; default {}", SettingsBounds::kMaxIters, d.iters));
  cmd->add_option("--batch", v.batch, fmt::format("mini-batch size (two independent batches), in [1, {}]; default {}", SettingsBounds::kMaxBatch, d.batch));
  cmd->add_option("--lr", v.lr, fmt::format("Adam learning rate, > 0; default {}", d.lr));
  cmd->add_option("--width", v.width, fmt::format("generator width, in [1, {}]; default {}", SettingsBounds::kMaxWidth, d.width));
  cmd->add_option("--depth", v.depth, fmt::format("generator hidden layers, in [1, {}]; default {}", SettingsBounds::kMaxDepth, d.depth));
  cmd->add_option("--activation", f->activation,
                  fmt::format("generator activation: {}; default {}", neural::kActivationNames, neural::activation_name(d.activation)));
  cmd->add_option("--latent", v.latent, fmt::format("latent size k, in [0, {}]; 0: k = d; default {}", SettingsBounds::kMaxLatent, d.latent));
  cmd->add_option("--engine", f->engine,
                  fmt::format("CPU training engine: fused | torch (LibTorch autograd); default {}", neural::engine_name(d.engine)));
  cmd->add_option("--generator-output", f->generator_output,
                  fmt::format("backward scheme: what the generator G outputs: position (T = G, the published code) | "
                              "displacement (T = x + G); position is refused for the forward scheme (its G is a "
                              "velocity) and the particle flow; default {}",
                              neural::generator_output_name(d.generator_output)));
  cmd->add_option("--batch-sampling", f->batch_sampling,
                  fmt::format("neural schemes: each of the two training batches (forward: and step batches) drawn "
                              "with | without replacement (without: distinct particles, the published code; needs "
                              "batch <= particles; refused for the particle flow); default {}",
                              neural::batch_sampling_name(d.batch_sampling)));
  cmd->add_option("--eps", v.eps, fmt::format("forward scheme: eps in D_v F / (||v|| + eps), > 0; default {}", d.eps));
  cmd->add_option("--step-batch", v.step_batch,
                  fmt::format("forward scheme: batch for D_v F and ||v||^2 after training, in [1, {}]; default {}", SettingsBounds::kMaxBatch, d.step_batch));
  cmd->add_option("--start-box", v.start_box,
                  fmt::format("particle flow: side of the box spreading a point-mass start, > 0 (a particle flow cannot leave an exact Dirac); default {}", d.start_box));
  cmd->add_option("--device", f->device, fmt::format("{}; default {}", neural::kDeviceNames, neural::device_name(d.device)));
  cmd->add_option("--threads", v.threads, fmt::format("intra-op threads, in [0, {}]; 0: one per core; default {}", SettingsBounds::kMaxThreads, d.threads));
  cmd->add_flag("--no-cuda-graph", f->no_cuda_graph, "CUDA: train eagerly instead of replaying a CUDA graph of the iteration");
  return f;
}

void apply_settings_options(const CLI::App& cmd, const SettingsFlags& f, neural::SchemeSettings& s) {
  const auto given = [&](const char* name) { return cmd.count(name) > 0; };
  const neural::SchemeSettings& v = f.values;
  if (given("--iters")) s.iters = v.iters;
  if (given("--batch")) s.batch = v.batch;
  if (given("--lr")) s.lr = v.lr;
  if (given("--width")) s.width = v.width;
  if (given("--depth")) s.depth = v.depth;
  if (given("--activation")) s.activation = activation_named(f.activation);
  if (given("--latent")) s.latent = v.latent;
  if (given("--engine")) s.engine = engine_named(f.engine);
  if (given("--generator-output")) s.generator_output = generator_output_named(f.generator_output);
  if (given("--batch-sampling")) s.batch_sampling = batch_sampling_named(f.batch_sampling);
  if (given("--eps")) s.eps = v.eps;
  if (given("--step-batch")) s.step_batch = v.step_batch;
  if (given("--start-box")) s.start_box = v.start_box;
  if (given("--device")) s.device = device_named(f.device);
  if (given("--threads")) s.threads = v.threads;
  if (f.no_cuda_graph) s.cuda_graph = false;
}

}  // namespace nwgf::suite
