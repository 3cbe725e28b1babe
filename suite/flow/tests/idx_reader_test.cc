// Tests of suite/flow/idx_reader.h on tiny IDX files written here (plain and gzip-compressed with
// zlib), laid out as in the MNIST format description: magic 00 00 08 k, k big-endian sizes,
// unsigned bytes row-major.
#include "suite/flow/idx_reader.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "suite/common/errors.h"

namespace {

namespace fs = std::filesystem;

fs::path scratch_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() /
                 ("nwgf_idx_reader_test_" + std::to_string(::getpid())) / name;
  fs::create_directories(dir);
  return dir;
}

std::vector<unsigned char> idx_bytes(const std::vector<std::uint32_t>& sizes,
                                     const std::vector<unsigned char>& data) {
  std::vector<unsigned char> b = {0, 0, 0x08, static_cast<unsigned char>(sizes.size())};
  for (std::uint32_t s : sizes)
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<unsigned char>(s >> shift));
  b.insert(b.end(), data.begin(), data.end());
  return b;
}

void write_gz(const std::string& path, const std::vector<unsigned char>& bytes) {
  gzFile f = gzopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  REQUIRE(gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size())) == static_cast<int>(bytes.size()));
  gzclose(f);
}

void write_plain(const std::string& path, const std::vector<unsigned char>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// Three 2 x 3 "images" whose pixel j of image i is 10 i + j, except one pixel at 255.
std::vector<unsigned char> three_images() {
  std::vector<unsigned char> data(3 * 6);
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 6; ++j) data[i * 6 + j] = static_cast<unsigned char>(10 * i + j);
  data[17] = 255;
  return data;
}

}  // namespace

TEST_CASE("a gzip-compressed IDX image file is read with its sizes and bytes") {
  const fs::path dir = scratch_dir("gz");
  write_gz((dir / "train-images-idx3-ubyte.gz").string(), idx_bytes({3, 2, 3}, three_images()));
  const auto a = nwgf::suite::read_idx((dir / "train-images-idx3-ubyte.gz").string(), 2);
  CHECK(a.sizes == std::vector<std::uint32_t>{3, 2, 3});
  CHECK(a.items_read == 2);
  REQUIRE(a.data.size() == 12);
  CHECK(a.data[7] == 11);

  const auto images = nwgf::suite::read_fashion_mnist(dir.string(), 3);
  CHECK(images.rows == 2);
  CHECK(images.columns == 3);
  CHECK(images.count == 3);
  CHECK(images.available == 3);
  REQUIRE(images.pixels.size() == 18);
  CHECK(images.pixels[0] == 0.0);
  CHECK(images.pixels[13] == doctest::Approx(21.0 / 255.0).epsilon(1e-15));
  CHECK(images.pixels[17] == 1.0);
}

TEST_CASE("an uncompressed IDX file is read the same way") {
  const fs::path dir = scratch_dir("plain");
  write_plain((dir / "train-images-idx3-ubyte").string(), idx_bytes({3, 2, 3}, three_images()));
  const auto images = nwgf::suite::read_fashion_mnist(dir.string(), 1);
  CHECK(images.count == 1);
  CHECK(images.pixels[5] == doctest::Approx(5.0 / 255.0).epsilon(1e-15));
}

TEST_CASE("K outside 1..count, a missing data set and corrupt files are usage errors") {
  const fs::path dir = scratch_dir("bad");
  write_gz((dir / "train-images-idx3-ubyte.gz").string(), idx_bytes({3, 2, 3}, three_images()));
  CHECK_THROWS_WITH_AS(nwgf::suite::read_fashion_mnist(dir.string(), 4),
                       doctest::Contains("allowed: 1 to 3"), nwgf::suite::UsageError);
  CHECK_THROWS_AS(nwgf::suite::read_fashion_mnist(dir.string(), 0), nwgf::suite::UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::read_fashion_mnist(scratch_dir("empty").string(), 1),
                       doctest::Contains("dataset-fashion-mnist"), nwgf::suite::UsageError);
  // Truncated: the header promises 3 images, only 1.5 are there.
  const fs::path short_dir = scratch_dir("short");
  auto truncated = three_images();
  truncated.resize(9);
  write_gz((short_dir / "train-images-idx3-ubyte.gz").string(), idx_bytes({3, 2, 3}, truncated));
  CHECK_THROWS_WITH_AS(nwgf::suite::read_fashion_mnist(short_dir.string(), 2),
                       doctest::Contains("truncated"), nwgf::suite::UsageError);
  // Wrong magic (a float IDX, type 0x0D).
  auto bytes = idx_bytes({3, 2, 3}, three_images());
  bytes[2] = 0x0D;
  const fs::path float_dir = scratch_dir("float");
  write_gz((float_dir / "train-images-idx3-ubyte.gz").string(), bytes);
  CHECK_THROWS_WITH_AS(nwgf::suite::read_fashion_mnist(float_dir.string(), 1),
                       doctest::Contains("unsigned bytes"), nwgf::suite::UsageError);
}

TEST_CASE("an IDX path that is a FIFO or a device is refused at once by what it is") {
  // The name was checked, then opened by gzopen (a FIFO put there in between blocked it), and the
  // refusal did not say what the file was; the descriptor is now opened without blocking and
  // checked.
  const fs::path dir = scratch_dir("special");
  const fs::path fifo = dir / "train-images-idx3-ubyte.gz";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto refusal = [](const std::string& path) {
    try {
      nwgf::suite::read_idx(path, 1);
    } catch (const nwgf::suite::UsageError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(refusal(fifo.string()) == fifo.string() + ": is a FIFO (named pipe); a gzip or raw IDX file must be a regular file");
  CHECK(refusal("/dev/zero") == "/dev/zero: is a character device; a gzip or raw IDX file must be a regular file");
  fs::remove_all(dir.parent_path());
}
