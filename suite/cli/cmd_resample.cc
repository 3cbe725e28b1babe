// `nwgf resample`: fresh samples of the measure after step n of a saved chain of generators
// (neural/chain.h), written atomically as CSV (header x1,...,xd) or JSON
// {"chain", "step", "seed", "d", "samples": [[...], ...]} according to the --out extension.
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "neural/chain.h"
#include "neural/device.h"
#include "suite/common/chain_folder.h"
#include "suite/common/errors.h"
#include "suite/common/input_file.h"
#include "suite/cli/commands.h"
#include "suite/cli/number_options.h"
#include "suite/study/run_cell.h"
#include "suite/common/file_lock.h"
#include "suite/common/io_util.h"
#include "suite/common/memory_limit.h"
#include "suite/common/output_path.h"
#include "suite/common/format.h"

namespace nwgf::suite {

namespace {

struct ResampleArgs {
  std::string chain;
  int step = -1;
  long long samples = 20000;
  std::uint64_t seed = 0;
  std::string device = "cpu";
  std::string out;
};

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// A lower estimate of the bytes `samples` fresh samples take at once: the draws and the network's
// activations (about 4 arrays of samples x (d + latent + width) doubles) and the output text
// (about 25 bytes per CSV number, 100 per JSON number with its node).
double resample_memory_estimate_bytes(long long samples, const neural::GeneratorOptions& g, bool csv) {
  const double n = static_cast<double>(samples), d = g.d;
  return n * (4.0 * 8.0 * (d + g.latent_size() + g.width) + (csv ? 25.0 : 100.0) * d);
}

void resample_command(const ResampleArgs& a) {
  const bool csv = ends_with(a.out, ".csv");
  if (!csv && !ends_with(a.out, ".json"))
    throw UsageError("--out " + a.out + " must end in .csv or .json");
  if (a.samples < 1) throw UsageError(fmt::format("--samples {} is outside the allowed range [1, inf)", a.samples));
  check_outputs({file_output("--out", a.out)}, {a.chain});
  const FileLock lock = lock_output(a.out, "nwgf resample --out " + a.out, false);
  const torch::Device device = neural::resolve_device(a.device);
  const neural::Chain chain = read_chain_folder(a.chain);
  const int step = a.step < 0 ? chain.steps() : a.step;
  if (step > chain.steps())
    throw UsageError(fmt::format("--step {} is outside the allowed range [0, {}] of this chain", a.step, chain.steps()));
  refuse_beyond_available_memory(resample_memory_estimate_bytes(a.samples, chain.generator_options(), csv),
                                 fmt::format("--samples {} of d = {}", a.samples, chain.generator_options().d));
  const torch::Tensor x = chain.sample(step, a.samples, a.seed, device).contiguous();
  const double* p = x.data_ptr<double>();
  const int d = static_cast<int>(x.size(1));
  std::string text;
  if (csv) {
    for (int k = 0; k < d; ++k) text += fmt::format("{}x{}", k ? "," : "", k + 1);
    text += "\n";
    for (long long i = 0; i < a.samples; ++i) {
      for (int k = 0; k < d; ++k) text += (k ? "," : "") + format_double(p[i * d + k]);
      text += "\n";
    }
  } else {
    nlohmann::json rows = nlohmann::json::array();
    for (long long i = 0; i < a.samples; ++i) {
      nlohmann::json row = nlohmann::json::array();
      for (int k = 0; k < d; ++k) row.push_back(p[i * d + k]);
      rows.push_back(row);
    }
    text = nlohmann::json{{"chain", a.chain}, {"step", step}, {"seed", a.seed}, {"d", d}, {"samples", rows}}.dump() + "\n";
  }
  write_file_atomic(a.out, text);
}

}  // namespace

void add_resample_command(CLI::App& app) {
  auto args = std::make_shared<ResampleArgs>();
  CLI::App* cmd = app.add_subcommand("resample", "Draw fresh samples of the measure after step n of a saved chain");
  cmd->add_option("--chain", args->chain,
                  "chain directory (FILE.chain/ written by nwgf run); its files must lie inside it: chain.txt " +
                      input_cap_text(kChainManifestFile) + ", start_points.pt and link_<n>.pt each " +
                      input_cap_text(kChainTensorFile))
      ->required();
  cmd->add_option("--step", args->step, "step n (0: the start measure; default: the last step)");
  cmd->add_option("--samples", args->samples,
                  std::string("number of fresh samples, >= 1; refused before any work when they cannot fit in ") +
                      kMemoryLimitText)
      ->capture_default_str();
  cmd->add_option("--seed", args->seed,
                  fmt::format("seed of the start sample and the latent draws, in [0, {}]", CellBounds::kMaxSeed))
      ->check(whole_number_range(0, static_cast<std::int64_t>(CellBounds::kMaxSeed)))
      ->capture_default_str();
  cmd->add_option("--device", args->device, "cpu | cuda | auto")->capture_default_str();
  cmd->add_option("--out", args->out,
                  "output file, .csv or .json: a regular file (replaced) or a new path in a writable folder, outside "
                  "the chain folder")
      ->required();
  cmd->callback([args]() { resample_command(*args); });
}

}  // namespace nwgf::suite
