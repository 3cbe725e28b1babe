#pragma once
// Checks on LibTorch archives read from outside (Python's torch.save, C++'s torch::save: a zip of
// stored entries holding pickles and storage records) before LibTorch reads them. LibTorch 1.13
// trusts what an archive says (found by fuzz/pt_fuzz): a memo index of a pickle (LONG_BINPUT)
// sizes the unpickler's memo table, so a 750-byte file asked for 27 GB. Used by the .pt snapshot
// reader (suite/score/snapshot.h) and the chain folder reader (suite/common/chain_folder.h).
// Every problem is a UsageError "<path>: not a file written by torch.save (<what>)".
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace nwgf::suite {

// One entry of a zip archive's central directory (APPNOTE.TXT 4.3.12), with where its data starts.
struct ZipEntry {
  std::string name;
  std::uint64_t offset = 0;  // of the entry's data in the file
  std::uint64_t size = 0;    // bytes in the file (stored: compressed size = uncompressed size)
  bool compressed = false;   // deflated (only where zip_entries allows it)
};

// The entries of the zip archive `b`; every offset and size checked against the file. Stored
// (uncompressed) entries, as Python's torch.save writes them; with max_inflated_bytes > 0 also
// deflated ones that inflate to at most that many bytes (C++'s torch::save deflates some of the
// TorchScript code records of a module).
std::vector<ZipEntry> zip_entries(const std::string& b, const std::string& path, std::uint64_t max_inflated_bytes = 0);

// Walks the opcodes of a pickle (protocols 0-5, Python's Lib/pickletools.py) without running
// them: every argument must lie inside the pickle, every memo index (the PUT and GET family) must
// be below the pickle's length (each memo entry takes at least two bytes to make), the pickle
// ends with STOP. What LibTorch's unpickler then allocates is bounded by the pickle's size.
// `name` is the archive entry, named in messages.
void check_pickle(const std::string& pickle, const std::string& path, const std::string& name = "data.pkl");

// The whole archive: zip_entries (deflated entries up to max_inflated_bytes), then check_pickle on
// every pickle record (a name ending in "pkl": data.pkl, constants.pkl, *.debug_pkl), which must be
// stored and at most max_pickle_bytes.
void check_torch_archive(const std::string& bytes, const std::string& path, std::uint64_t max_pickle_bytes,
                         std::uint64_t max_inflated_bytes);

}  // namespace nwgf::suite
