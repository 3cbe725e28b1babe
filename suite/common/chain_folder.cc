// Reading a chain folder as outside input (suite/common/chain_folder.h).
#include "suite/common/chain_folder.h"

#include <algorithm>

#include "suite/common/errors.h"
#include "suite/common/input_file.h"
#include "suite/common/torch_archive.h"

namespace nwgf::suite {

namespace {

// The pickles of a network's archive (its structure and parameter names) take a few KB.
constexpr std::uint64_t kChainPickleMaxBytes = std::uint64_t{1} << 24;
// A deflated record (the TorchScript code of a layer, a few hundred bytes) inflates to at most this.
constexpr std::uint64_t kChainInflatedMaxBytes = std::uint64_t{1} << 24;

}  // namespace

neural::Chain read_chain_folder(const std::string& dir) {
  const InputFolder folder(dir, "chain folder");
  // The caps of input_file.h, tightened where the chain's own bound on what the file must hold
  // is lower.
  // Tensor files are LibTorch archives: checked (torch_archive.h) before LibTorch reads them.
  const neural::ChainFileReader read = [&](const std::string& name, std::uintmax_t max_bytes) {
    const bool manifest = name == "chain.txt";
    const InputKind& kind = manifest ? kChainManifestFile : kChainTensorFile;
    std::string bytes = folder.read(name, InputKind{kind.name, std::min(kind.max_bytes, max_bytes)});
    if (!manifest) check_torch_archive(bytes, folder.display(name), kChainPickleMaxBytes, kChainInflatedMaxBytes);
    return bytes;
  };
  try {
    return neural::Chain::load(dir, read);
  } catch (const UsageError&) {
    throw;
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

}  // namespace nwgf::suite
