// Tests of suite/flow/image_density.h: ink extraction from image files (written here as binary
// PGM), the density's weights, and sampling with sub-pixel jitter in the unit box.
#include "suite/flow/image_density.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "suite/common/errors.h"
#include "testing/tolerances.h"

// PNG writer for the test images (Debian libstb-dev), implemented in this test only.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace {

namespace fs = std::filesystem;
using nwgf::suite::ImageDensityOptions;

fs::path scratch_dir() {
  fs::path dir = fs::temp_directory_path() / ("nwgf_image_density_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

// Binary PGM (P5, maxval 255): grey[row * width + column].
std::string write_pgm(const std::string& name, int width, int height,
                      const std::vector<unsigned char>& grey) {
  const std::string path = (scratch_dir() / name).string();
  std::ofstream out(path, std::ios::binary);
  out << "P5\n" << width << " " << height << "\n255\n";
  out.write(reinterpret_cast<const char*>(grey.data()), static_cast<std::streamsize>(grey.size()));
  return path;
}

namespace tolerance = nwgf::tolerance;  // testing/tolerances.h

}  // namespace

TEST_CASE("a one-pixel image puts all its mass inside that pixel's box") {
  // 5 x 4 white image, one black pixel at column 3, row 1 (row 0 at the top).
  std::vector<unsigned char> grey(5 * 4, 255);
  grey[1 * 5 + 3] = 0;
  const std::string path = write_pgm("one_pixel.pgm", 5, 4, grey);
  const auto image = nwgf::suite::read_ink_image(path);
  CHECK(image.width == 5);
  CHECK(image.height == 4);
  ImageDensityOptions options;
  options.smoothing_px = 0.0;
  options.background_weight = 0.0;
  const std::vector<double> p = nwgf::suite::image_density(image, options);
  CHECK_REL(p[1 * 5 + 3], 1.0, tolerance::kRoundoff);
  std::mt19937_64 rng(7);
  const std::vector<double> xy = nwgf::suite::sample_image_density(p, 5, 4, 2000, rng);
  // By the coordinate convention, L = max(5, 4) = 5: x in [(3 - 2.5)/5, (4 - 2.5)/5] = [0.1, 0.3],
  // y in [(2 - 1 - 1)/5, (2 - 1)/5] = [0, 0.2].
  double mean_x = 0, mean_y = 0;
  for (std::size_t i = 0; i < 2000; ++i) {
    CHECK(xy[2 * i] >= 0.1 - tolerance::kRoundoff);
    CHECK(xy[2 * i] <= 0.3 + tolerance::kRoundoff);
    CHECK(xy[2 * i + 1] >= 0.0 - tolerance::kRoundoff);
    CHECK(xy[2 * i + 1] <= 0.2 + tolerance::kRoundoff);
    mean_x += xy[2 * i] / 2000;
    mean_y += xy[2 * i + 1] / 2000;
  }
  // Jitter is uniform in the pixel: mean = centre (0.2, 0.1); std of the mean of 2000 uniforms
  // of width 0.2 is 0.2 / sqrt(12 * 2000) = 1.3e-3; allow 5 of them.
  CHECK(std::abs(mean_x - 0.2) < 6.5e-3);
  CHECK(std::abs(mean_y - 0.1) < 6.5e-3);
}

TEST_CASE("smoothing and background keep a centred pixel's mass centred and near it") {
  // 21 x 21 image, one black pixel in the middle (column 10, row 10): its box is centred at 0.
  std::vector<unsigned char> grey(21 * 21, 255);
  grey[10 * 21 + 10] = 0;
  const auto image = nwgf::suite::read_ink_image(write_pgm("centre.pgm", 21, 21, grey));
  ImageDensityOptions options;  // defaults: smoothing 1 px, background 3 %
  const std::vector<double> p = nwgf::suite::image_density(image, options);
  CHECK(std::accumulate(p.begin(), p.end(), 0.0) == doctest::Approx(1.0).epsilon(1e-12));
  // The blur and background are symmetric about the centre pixel: weights mirror exactly.
  CHECK(p[10 * 21 + 9] == doctest::Approx(p[10 * 21 + 11]).epsilon(1e-12));
  CHECK(p[9 * 21 + 10] == doctest::Approx(p[11 * 21 + 10]).epsilon(1e-12));
  // The centre pixel carries the most mass. The 1-px blur is the sampled Gaussian truncated at
  // |k| <= 4 and normalised, so it keeps (1 / sum_{|k|<=4} exp(-k^2/2))^2 = 0.159155 (computed
  // by hand: the sum is 2.506621) of the stroke's mass on the centre; the 3 % background adds
  // between 0 and 0.03.
  const double stroke_centre = 0.159155;
  CHECK(p[10 * 21 + 10] >= 0.97 * stroke_centre - 1e-6);
  CHECK(p[10 * 21 + 10] <= 0.97 * stroke_centre + 0.03);
  CHECK(*std::max_element(p.begin(), p.end()) == p[10 * 21 + 10]);
  // Background: the corner pixel has positive (but small) mass.
  CHECK(p[0] > 0.0);
  CHECK(p[0] < 1e-3);
}

TEST_CASE("grey levels are inverted: a mid-grey pixel carries about half a black pixel's mass") {
  std::vector<unsigned char> grey(4 * 1, 255);
  grey[0] = 0;    // ink 1
  grey[2] = 128;  // ink 1 - 128/255 = 127/255
  const auto image = nwgf::suite::read_ink_image(write_pgm("grey.pgm", 4, 1, grey));
  CHECK(image.ink[0] == doctest::Approx(1.0));
  CHECK_REL(image.ink[2], 127.0 / 255.0, tolerance::kRoundoff);
  CHECK(image.ink[1] == 0.0);
  ImageDensityOptions options;
  options.smoothing_px = 0.0;
  options.background_weight = 0.0;
  const std::vector<double> p = nwgf::suite::image_density(image, options);
  CHECK_REL(p[2] / p[0], 127.0 / 255.0, tolerance::kRoundoff);
}

TEST_CASE("bad images: missing, undecodable, no ink") {
  CHECK_THROWS_AS(nwgf::suite::read_ink_image((scratch_dir() / "no_such.png").string()),
                  nwgf::suite::UsageError);
  const std::string junk = (scratch_dir() / "junk.png").string();
  std::ofstream(junk) << "this is not an image";
  CHECK_THROWS_WITH_AS(nwgf::suite::read_ink_image(junk), doctest::Contains("cannot be decoded"),
                       nwgf::suite::UsageError);
  const std::vector<unsigned char> white(3 * 3, 255);
  CHECK_THROWS_WITH_AS(nwgf::suite::read_ink_image(write_pgm("white.pgm", 3, 3, white)),
                       doctest::Contains("no ink"), nwgf::suite::UsageError);
}

TEST_CASE("options out of range are rejected with the allowed range") {
  ImageDensityOptions o;
  o.background_weight = 1.0;
  CHECK_THROWS_WITH_AS(nwgf::suite::validate(o), doctest::Contains("[0, 1)"), nwgf::suite::UsageError);
  o = {};
  o.smoothing_px = -1;
  CHECK_THROWS_AS(nwgf::suite::validate(o), nwgf::suite::UsageError);
}

TEST_CASE("a PNG with a transparent background: only opaque dark pixels carry ink") {
  // 4 x 4 grey + alpha: fully transparent black everywhere (no ink: alpha 0), except an opaque
  // black pixel at column 0, row 3 and an opaque white pixel at column 2, row 2 (no ink: white).
  std::vector<unsigned char> ga(4 * 4 * 2, 0);
  ga[2 * (3 * 4 + 0)] = 0;
  ga[2 * (3 * 4 + 0) + 1] = 255;
  ga[2 * (2 * 4 + 2)] = 255;
  ga[2 * (2 * 4 + 2) + 1] = 255;
  const std::string path = (scratch_dir() / "alpha.png").string();
  REQUIRE(stbi_write_png(path.c_str(), 4, 4, 2, ga.data(), 4 * 2) != 0);
  const auto image = nwgf::suite::read_ink_image(path);
  for (int i = 0; i < 16; ++i) CHECK(image.ink[i] == (i == 3 * 4 + 0 ? 1.0 : 0.0));
  // Pixel (0, 3) of a 4 x 4 image covers x in [-0.5, -0.25], y in [-0.5, -0.25].
  const auto box = nwgf::suite::pixel_box(4, 4, 0, 3);
  CHECK(box.x0 == -0.5);
  CHECK(box.x1 == -0.25);
  CHECK(box.y0 == -0.5);
  CHECK(box.y1 == -0.25);
}
