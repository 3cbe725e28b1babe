// Reading a chain folder as outside input (suite/common/chain_folder.h).
#include "suite/common/chain_folder.h"

#include <algorithm>

#include "suite/common/errors.h"
#include "suite/common/input_file.h"

namespace nwgf::suite {

neural::Chain read_chain_folder(const std::string& dir) {
  const InputFolder folder(dir, "chain folder");
  // The caps of input_file.h, tightened where the chain's own bound on what the file must hold
  // is lower.
  const neural::ChainFileReader read = [&](const std::string& name, std::uintmax_t max_bytes) {
    const InputKind& kind = name == "chain.txt" ? kChainManifestFile : kChainTensorFile;
    return folder.read(name, InputKind{kind.name, std::min(kind.max_bytes, max_bytes)});
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
