#pragma once
// The edge where names from command lines and configs become the enums of the scheme settings
// (neural/scheme_settings.h). An unknown name is a UsageError naming the field, the value and
// what is allowed: "'network.activation' = \"gelu\" is not one of relu, leaky_relu, elu, tanh,
// softplus" — the same line from `nwgf run`, `nwgf flow` and study configs.
#include <string>

#include "neural/scheme_settings.h"

namespace nwgf::suite {

neural::Scheme scheme_named(const std::string& name, const std::string& field = "scheme");
neural::Activation activation_named(const std::string& name, const std::string& field = "network.activation");
neural::TrainingEngine engine_named(const std::string& name, const std::string& field = "training.engine");
neural::GeneratorOutput generator_output_named(const std::string& name,
                                               const std::string& field = "network.generator_output");
neural::BatchSampling batch_sampling_named(const std::string& name, const std::string& field = "training.batch_sampling");
neural::DeviceChoice device_named(const std::string& name, const std::string& field = "device");

// Throws UsageError with the first problem of neural::settings_problems.
void check_settings(const neural::SchemeSettings& settings);

}  // namespace nwgf::suite
