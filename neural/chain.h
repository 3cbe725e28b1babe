#pragma once
// The chain of generators of a neural scheme run: the starting measure mu_0 and, for every
// step n = 1..N, the trained generator G_n and its link rule
//   x_n = (keep_input ? x_{n-1} : 0) + factor_n * G_n(x_{n-1}, z_n),  z_n ~ N(0, I_k) fresh,
// i.e. backward scheme: T_n(x, z) = x + G_n(x, z) (keep_input, factor 1; or G_n alone);
//      forward scheme:  x + tau s_n G_n(x, z) with the step factor s_n of docs/math.md section 2.
// mu_n is the law of x_n, so it can be resampled afterwards with any number of fresh samples:
// this is how evaluation escapes the m-particle noise floor.
//
// On disk (Chain::save / Chain::load): DIR/chain.txt, a line-oriented manifest
//   "nwgf-chain 1", then "key value" lines: d, latent, width, depth, activation, start
//   (points | profile), start_r, start_scale (profile), steps, and per link
//   "link <n> <keep_input 0|1> <factor %.17g>";
// DIR/start_points.pt (points start: the M x d support, uniform weights, float64) and
// DIR/link_<n>.pt (torch::save of G_n's parameters).
//
// Loading trusts nothing in the folder (Chain::load): the manifest is parsed line by line with
// every value bounded (ChainLimits), the network's parameter count is bounded and checked against
// the size of each link file before a network is allocated, and LibTorch's load errors are
// folded to one short line. The files themselves are read by the caller's ChainFileReader, which
// applies the suite's rule for outside files (suite/common/chain_folder.h: regular files inside
// the folder's resolved path, sizes capped).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "neural/generator.h"

namespace nwgf::neural {

// The starting measure mu_0: uniform on a point set (delta_0 is the single point 0), or the
// profile (scale Id)_# eta*(d, r) of analytic/profile.h sampled exactly.
struct ChainStart {
  enum class Kind { Points, Profile };
  Kind kind = Kind::Points;
  int d = 2;
  torch::Tensor points;  // Points: M x d, float64 on the CPU
  double r = 1.0;        // Profile: exponent of eta*
  double scale = 0.0;    // Profile: a(t0)

  static ChainStart dirac(int d);  // delta_0
  static ChainStart uniform_on(const torch::Tensor& points);
  static ChainStart profile(int d, double r, double scale);

  // n i.i.d. samples of mu_0 (float64, CPU, n x d), reproducible for a seed.
  torch::Tensor sample(std::int64_t n, std::uint64_t seed) const;
};

struct ChainLink {
  Generator generator{nullptr};  // a CPU copy of the trained weights
  bool keep_input = true;
  double factor = 1.0;
};

// Bounds on what a chain folder may declare (Chain::load).
struct ChainLimits {
  int max_d = 100000;                     // as run.json's d
  int max_latent = 100000;
  int max_width = 65536;
  int max_depth = 1024;
  int max_steps = 1000000;
  std::int64_t max_parameters = std::int64_t{1} << 28;  // per network: 1 GiB of float32
  std::int64_t max_start_points = std::int64_t{1} << 27;  // M x d values of start_points.pt (1 GiB float64)
};

// The bytes of the file `name` of a chain folder ("chain.txt", "start_points.pt",
// "link_0001.pt"), at most max_bytes of them; throws std::invalid_argument (or a subclass)
// naming the file when it cannot be read under the reader's rules.
using ChainFileReader = std::function<std::string(const std::string& name, std::uintmax_t max_bytes)>;

// The number of float32 parameters of a generator with these options (generator.h), computed
// without overflow (saturating at INT64_MAX).
std::int64_t generator_parameter_count(const GeneratorOptions& options);

class Chain {
 public:
  Chain(const GeneratorOptions& generator_options, ChainStart start);

  // Appends a copy of g (moved to the CPU) with its link rule.
  void append(const Generator& g, bool keep_input, double factor);
  int steps() const { return static_cast<int>(links_.size()); }
  const ChainStart& start() const { return start_; }
  const GeneratorOptions& generator_options() const { return options_; }
  const ChainLink& link(int n) const;  // n = 1..steps()

  // Applies link n (1-based) to the float64 points x (any device), drawing z from `gen` (CPU
  // generator). Returns float64 points on x's device. Chunked (chunk rows at a time).
  torch::Tensor apply_link(int n, const torch::Tensor& x, at::Generator& gen,
                           std::int64_t chunk = 1 << 16) const;
  // `samples` fresh samples of mu_step (step in 0..steps()), float64 on the CPU.
  torch::Tensor sample(int step, std::int64_t samples, std::uint64_t seed,
                       const torch::Device& device = torch::kCPU) const;

  void save(const std::string& dir) const;
  // Loads the chain saved in folder `dir` (named in messages), its files read through `read`.
  // Throws std::invalid_argument with one line naming the file (and the manifest line or
  // value) when the folder holds no valid chain within `limits`.
  static Chain load(const std::string& dir, const ChainFileReader& read, const ChainLimits& limits = {});

 private:
  GeneratorOptions options_;
  ChainStart start_;
  std::vector<ChainLink> links_;
  // Link generators moved to a device on demand (cached per device type).
  mutable std::vector<Generator> device_copies_;
  mutable torch::Device cached_device_{torch::kCPU};
  Generator on_device(int n, const torch::Device& device) const;
};

}  // namespace nwgf::neural
