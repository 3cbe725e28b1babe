#include "neural/scheme_settings.h"

#include <cmath>

#include "analytic/format_value.h"

namespace nwgf::neural {

std::optional<Scheme> parse_scheme(std::string_view name) {
  for (Scheme s : {Scheme::Backward, Scheme::Forward, Scheme::Particle})
    if (scheme_name(s) == name) return s;
  return std::nullopt;
}

std::optional<TrainingEngine> parse_engine(std::string_view name) {
  for (TrainingEngine e : {TrainingEngine::Fused, TrainingEngine::Torch})
    if (engine_name(e) == name) return e;
  return std::nullopt;
}

std::optional<DeviceChoice> parse_device(std::string_view name) {
  for (DeviceChoice d : {DeviceChoice::Cpu, DeviceChoice::Cuda, DeviceChoice::Auto})
    if (device_name(d) == name) return d;
  return std::nullopt;
}

std::optional<GeneratorOutput> parse_generator_output(std::string_view name) {
  for (GeneratorOutput g : {GeneratorOutput::Position, GeneratorOutput::Displacement})
    if (generator_output_name(g) == name) return g;
  return std::nullopt;
}

std::optional<BatchSampling> parse_batch_sampling(std::string_view name) {
  for (BatchSampling b : {BatchSampling::With, BatchSampling::Without})
    if (batch_sampling_name(b) == name) return b;
  return std::nullopt;
}

namespace {

void check_int(std::vector<std::string>& out, const char* key, int value, int low, int high) {
  if (value < low || value > high)
    out.push_back("'" + std::string(key) + "' = " + std::to_string(value) +
                  " is outside the allowed range [" + std::to_string(low) + ", " + std::to_string(high) + "]");
}

void check_positive(std::vector<std::string>& out, const char* key, double value, const char* why = "") {
  if (!(value > 0) || !std::isfinite(value))
    out.push_back("'" + std::string(key) + "' = " + analytic::format_double(value) +
                  " is outside the allowed range (0, inf)" + why);
}

}  // namespace

std::vector<std::string> settings_problems(const SchemeSettings& s) {
  using B = SettingsBounds;
  std::vector<std::string> out;
  check_int(out, "network.width", s.width, 1, B::kMaxWidth);
  check_int(out, "network.depth", s.depth, 1, B::kMaxDepth);
  check_int(out, "network.latent", s.latent, 0, B::kMaxLatent);
  check_int(out, "training.iters", s.iters, 1, B::kMaxIters);
  check_int(out, "training.batch", s.batch, 1, B::kMaxBatch);
  check_positive(out, "training.lr", s.lr);
  check_positive(out, "training.eps", s.eps, " (the forward loss divides by ||v|| + eps)");
  check_int(out, "training.step_batch", s.step_batch, 1, B::kMaxBatch);
  check_positive(out, "particle_flow.start_box", s.start_box,
                 " (a particle flow cannot leave an exact Dirac: every gradient vanishes)");
  check_int(out, "threads", s.threads, 0, B::kMaxThreads);
  return out;
}

std::vector<std::string> scheme_settings_problems(Scheme scheme, const SchemeSettings& s, long long particles) {
  std::vector<std::string> out;
  if (s.generator_output == GeneratorOutput::Position && scheme != Scheme::Backward)
    out.push_back("'network.generator_output' = position applies to the backward scheme only: the " +
                  std::string(scheme == Scheme::Forward
                                  ? "forward scheme's generator outputs a velocity xi (a particle moves to x + tau s xi)"
                                  : "particle flow has no generator") +
                  "; leave it at displacement");
  if (s.batch_sampling == BatchSampling::Without) {
    if (scheme == Scheme::Particle) {
      out.push_back("'training.batch_sampling' = without applies to the neural schemes only: the particle flow "
                    "draws no batches; leave it at with");
    } else {
      const auto fits = [&](const char* key, int batch) {
        if (batch > particles)
          out.push_back("'" + std::string(key) + "' = " + std::to_string(batch) + " is outside the allowed range [1, " +
                        std::to_string(particles) + "]: batches drawn without replacement hold distinct particles "
                        "of the " + std::to_string(particles) + " ('training.batch_sampling' = without)");
      };
      fits("training.batch", s.batch);
      if (scheme == Scheme::Forward) fits("training.step_batch", s.step_batch);
    }
  }
  return out;
}

}  // namespace nwgf::neural
