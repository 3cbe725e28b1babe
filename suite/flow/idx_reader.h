#pragma once
// Reader for IDX files (the MNIST / Fashion-MNIST format), plain or gzip-compressed (zlib's
// gzread reads both transparently).
//
// IDX format (LeCun et al., the MNIST database page; Fashion-MNIST uses it unchanged):
//   bytes 0-1: zero; byte 2: element type (0x08 = unsigned byte, the only type read here);
//   byte 3: number of dimensions k; then k big-endian 32-bit sizes; then the elements,
//   row-major (last index fastest). Images: k = 3, sizes (count, rows, columns).
//
// Fashion-MNIST comes from Debian's package dataset-fashion-mnist, installed under
// /usr/share/datasets/fashion-mnist (train-images-idx3-ubyte.gz: 60000 images of 28 x 28).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace nwgf::suite {

struct IdxArray {
  std::vector<std::uint32_t> sizes;  // all dimensions as in the header (sizes[0]: item count)
  std::size_t items_read = 0;        // leading items actually read (<= sizes[0])
  std::vector<std::uint8_t> data;    // items_read * (product of sizes[1..]) bytes
};

// Reads the header and the first min(max_items, sizes[0]) items of an unsigned-byte IDX file.
// Throws UsageError naming the path when the file is missing, is not an IDX file of unsigned
// bytes, or is truncated.
IdxArray read_idx(const std::string& path, std::size_t max_items);

// Only the header (sizes) of an unsigned-byte IDX file.
std::vector<std::uint32_t> read_idx_sizes(const std::string& path);

// Where Fashion-MNIST is looked for when no directory is given: $NWGF_FASHION_MNIST_DIR if
// set, else /usr/share/datasets/fashion-mnist (Debian's dataset-fashion-mnist).
std::string default_fashion_mnist_dir();

struct FashionMnistImages {
  int rows = 0, columns = 0;            // 28 x 28 for Fashion-MNIST
  std::size_t count = 0;                // images read (K)
  std::size_t available = 0;            // images in the file
  std::vector<double> pixels;           // count x (rows * columns), grey levels / 255 in [0, 1]
  std::string path;                     // file read
};

// The first K training images of Fashion-MNIST in `dir` (train-images-idx3-ubyte.gz, or the
// same name without .gz). Throws UsageError: file missing (the message names the package
// dataset-fashion-mnist), K < 1 or K larger than the data set (the message gives the range).
FashionMnistImages read_fashion_mnist(const std::string& dir, std::size_t k);

}  // namespace nwgf::suite
