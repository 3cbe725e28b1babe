#include "suite/study/settings_names.h"

#include <optional>
#include <string_view>

#include "suite/common/errors.h"

namespace nwgf::suite {

namespace {
template <typename E>
E named(std::optional<E> parsed, const std::string& name, const std::string& field, std::string_view allowed) {
  if (!parsed)
    throw UsageError("'" + field + "' = \"" + name + "\" is not one of " + std::string(allowed));
  return *parsed;
}
}  // namespace

neural::Scheme scheme_named(const std::string& name, const std::string& field) {
  return named(neural::parse_scheme(name), name, field, neural::kSchemeNames);
}
neural::Activation activation_named(const std::string& name, const std::string& field) {
  return named(neural::parse_activation(name), name, field, neural::kActivationNames);
}
neural::TrainingEngine engine_named(const std::string& name, const std::string& field) {
  return named(neural::parse_engine(name), name, field, neural::kEngineNames);
}
neural::GeneratorOutput generator_output_named(const std::string& name, const std::string& field) {
  return named(neural::parse_generator_output(name), name, field, neural::kGeneratorOutputNames);
}
neural::BatchSampling batch_sampling_named(const std::string& name, const std::string& field) {
  return named(neural::parse_batch_sampling(name), name, field, neural::kBatchSamplingNames);
}
neural::DeviceChoice device_named(const std::string& name, const std::string& field) {
  return named(neural::parse_device(name), name, field, neural::kDeviceNames);
}

void check_settings(const neural::SchemeSettings& settings) {
  const auto problems = neural::settings_problems(settings);
  if (!problems.empty()) throw UsageError(problems.front());
}

}  // namespace nwgf::suite
