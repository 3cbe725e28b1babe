#include "suite/flow/idx_reader.h"

#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "suite/common/errors.h"
#include "suite/common/input_file.h"

namespace nwgf::suite {

namespace {

struct GzCloser {
  void operator()(gzFile_s* f) const {
    if (f != nullptr) gzclose(f);
  }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

// Opened under the rule for outside files (suite/common/input_file.h: a regular file, checked on
// the descriptor; a FIFO cannot block the open), then read through zlib (gzip or raw).
GzFile open_gz(const std::string& path) {
  const int fd = open_input_file(path, kIdxFile);
  GzFile f(gzdopen(fd, "rb"));
  if (!f) {
    ::close(fd);
    throw UsageError("IDX file '" + path + "' cannot be opened");
  }
  return f;
}

// Reads exactly n bytes; false when the file ends early or is corrupt.
bool read_exact(gzFile_s* f, void* out, std::size_t n) {
  auto* p = static_cast<unsigned char*>(out);
  while (n > 0) {
    const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30));
    const int got = gzread(f, p, chunk);
    if (got <= 0) return false;
    p += got;
    n -= static_cast<std::size_t>(got);
  }
  return true;
}

std::vector<std::uint32_t> read_header(gzFile_s* f, const std::string& path) {
  unsigned char magic[4];
  if (!read_exact(f, magic, 4)) throw UsageError("IDX file '" + path + "' is empty or truncated");
  if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08 || magic[3] == 0)
    throw UsageError("'" + path +
                     "' is not an IDX file of unsigned bytes (expected magic 00 00 08 k with k >= 1)");
  std::vector<std::uint32_t> sizes(magic[3]);
  for (auto& s : sizes) {
    unsigned char b[4];
    if (!read_exact(f, b, 4)) throw UsageError("IDX file '" + path + "' has a truncated header");
    s = (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | b[3];
  }
  return sizes;
}

}  // namespace

std::vector<std::uint32_t> read_idx_sizes(const std::string& path) {
  GzFile f = open_gz(path);
  return read_header(f.get(), path);
}

IdxArray read_idx(const std::string& path, std::size_t max_items) {
  GzFile f = open_gz(path);
  IdxArray a;
  a.sizes = read_header(f.get(), path);
  // The header's sizes are untrusted: their product is bounded before anything is allocated, and
  // the data is read in chunks, so a short file claiming a huge array fails at its end instead of
  // reserving the claimed size first (found by fuzz/idx_fuzz.cc: 28 bytes reserved 0.9 GB).
  constexpr std::size_t kMaxBytes = std::size_t{1} << 30;
  std::size_t item_size = 1;
  for (std::size_t i = 1; i < a.sizes.size(); ++i) {
    if (a.sizes[i] != 0 && item_size > kMaxBytes / a.sizes[i])
      throw UsageError("IDX file '" + path + "': items of more than 2^30 bytes (the most read)");
    item_size *= a.sizes[i];
  }
  a.items_read = std::min<std::size_t>(max_items, a.sizes[0]);
  if (item_size != 0 && a.items_read > kMaxBytes / item_size)
    throw UsageError("IDX file '" + path + "': " + std::to_string(a.items_read) + " items of " +
                     std::to_string(item_size) + " bytes are more than 2^30 bytes (the most read)");
  const std::size_t total = a.items_read * item_size;
  constexpr std::size_t kChunk = std::size_t{1} << 20;
  while (a.data.size() < total) {
    const std::size_t start = a.data.size();
    a.data.resize(start + std::min(kChunk, total - start));
    if (!read_exact(f.get(), a.data.data() + start, a.data.size() - start))
      throw UsageError("IDX file '" + path + "' is truncated: fewer than " +
                       std::to_string(a.items_read) + " items of " + std::to_string(item_size) + " bytes");
  }
  return a;
}

std::string default_fashion_mnist_dir() {
  if (const char* env = std::getenv("NWGF_FASHION_MNIST_DIR"); env != nullptr && *env != '\0')
    return env;
  return "/usr/share/datasets/fashion-mnist";
}

FashionMnistImages read_fashion_mnist(const std::string& dir, std::size_t k) {
  const std::string base = (std::filesystem::path(dir) / "train-images-idx3-ubyte").string();
  std::string path = base + ".gz";
  if (!std::filesystem::exists(path)) path = base;
  if (!std::filesystem::exists(path))
    throw UsageError("Fashion-MNIST not found: '" + base +
                     ".gz' is missing; install Debian's package dataset-fashion-mnist "
                     "(apt-get install dataset-fashion-mnist) or pass its directory");
  const std::vector<std::uint32_t> sizes = read_idx_sizes(path);
  if (sizes.size() != 3)
    throw UsageError("'" + path + "' is not an IDX image file (expected 3 dimensions, found " +
                     std::to_string(sizes.size()) + ")");
  if (k < 1 || k > sizes[0])
    throw UsageError("fashion-mnist:K with K = " + std::to_string(k) + " is out of range; allowed: 1 to " +
                     std::to_string(sizes[0]) + " (images in '" + path + "')");
  const IdxArray a = read_idx(path, k);
  FashionMnistImages out;
  out.rows = static_cast<int>(sizes[1]);
  out.columns = static_cast<int>(sizes[2]);
  out.count = a.items_read;
  out.available = sizes[0];
  out.path = path;
  out.pixels.resize(a.data.size());
  for (std::size_t i = 0; i < a.data.size(); ++i) out.pixels[i] = a.data[i] / 255.0;
  return out;
}

}  // namespace nwgf::suite
