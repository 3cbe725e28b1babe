#pragma once
// The command-line options of the scheme settings (neural/scheme_settings.h), shared by
// `nwgf run` and `nwgf flow`: the same flags, the same help and, through the settings' one
// validation, the same message for the same bad value as in study configs.
//   --iters --batch --lr --width --depth --activation --latent --engine --eps --step-batch
//   --start-box --device --threads --no-cuda-graph --generator-output --batch-sampling
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "neural/scheme_settings.h"

namespace nwgf::suite {

struct SettingsFlags {
  neural::SchemeSettings values;             // numeric options land here
  std::string activation, engine, device;    // names, parsed when applied
  std::string generator_output, batch_sampling;
  bool no_cuda_graph = false;
};

// Adds the options to `cmd`, their help showing `defaults`.
std::shared_ptr<SettingsFlags> add_settings_options(CLI::App* cmd, const neural::SchemeSettings& defaults);

// Copies every option given on the command line into `settings` (names parsed; UsageError on an
// unknown name), leaving the others as they are (a preset's or the defaults).
void apply_settings_options(const CLI::App& cmd, const SettingsFlags& flags, neural::SchemeSettings& settings);

}  // namespace nwgf::suite
