#include "suite/flow/image_density.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numeric>
#include <string>

#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/input_file.h"

// The one translation unit with stb_image's implementation (Debian libstb-dev header).
#define STB_IMAGE_IMPLEMENTATION
#define STBI_FAILURE_USERMSG
#include <stb/stb_image.h>  // Debian libstb-dev: /usr/include/stb/stb_image.h

namespace nwgf::suite {

namespace {

// Separable Gaussian blur with zero padding, truncated at 4 standard deviations (the dropped
// tail mass is below 1e-4 of a stroke's mass and only changes the weights after normalising).
std::vector<double> gaussian_blur(const std::vector<double>& in, int width, int height,
                                  double sigma) {
  if (sigma <= 0.0) return in;
  const int radius = std::max(1, static_cast<int>(std::ceil(4.0 * sigma)));
  std::vector<double> kernel(2 * radius + 1);
  for (int k = -radius; k <= radius; ++k)
    kernel[k + radius] = std::exp(-0.5 * (k / sigma) * (k / sigma));
  const double total = std::accumulate(kernel.begin(), kernel.end(), 0.0);
  for (double& v : kernel) v /= total;

  std::vector<double> rows(in.size(), 0.0);
  for (int q = 0; q < height; ++q)
    for (int c = 0; c < width; ++c) {
      double s = 0.0;
      for (int k = -radius; k <= radius; ++k) {
        const int cc = c + k;
        if (cc >= 0 && cc < width) s += kernel[k + radius] * in[q * width + cc];
      }
      rows[q * width + c] = s;
    }
  std::vector<double> out(in.size(), 0.0);
  for (int q = 0; q < height; ++q)
    for (int c = 0; c < width; ++c) {
      double s = 0.0;
      for (int k = -radius; k <= radius; ++k) {
        const int qq = q + k;
        if (qq >= 0 && qq < height) s += kernel[k + radius] * rows[qq * width + c];
      }
      out[q * width + c] = s;
    }
  return out;
}

void normalise(std::vector<double>& v) {
  const double total = std::accumulate(v.begin(), v.end(), 0.0);
  if (total > 0.0)
    for (double& x : v) x /= total;
}

// Largest image read: a side of 8192 pixels and 2^24 pixels in all (a 16-megapixel density
// takes 128 MiB as doubles, and far more pixels than any target sample needs). The limit is on
// the decoded size, so a small compressed file that unpacks to a huge image is refused too.
constexpr long long kImageMaxSide = 8192;
constexpr long long kImageMaxPixels = 1LL << 24;

// Binary PGM/PPM (P5/P6): stb_image trusts the header and reads past the end of a file shorter
// than the header's width x height x channels bytes (found by fuzz/pgm_fuzz.cc), so the header
// is checked here first. UsageError naming the path.
void check_binary_pnm(const std::string& bytes, const std::string& path) {
  if (bytes.size() < 2 || bytes[0] != 'P' || (bytes[1] != '5' && bytes[1] != '6')) return;
  std::size_t pos = 2;
  long long field[3] = {0, 0, 0};  // width, height, maxval
  for (long long& value : field) {
    for (;;) {  // whitespace and # comments
      while (pos < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[pos]))) ++pos;
      if (pos < bytes.size() && bytes[pos] == '#') {
        while (pos < bytes.size() && bytes[pos] != '\n' && bytes[pos] != '\r') ++pos;
        continue;
      }
      break;
    }
    std::size_t digits = 0;
    while (pos < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[pos])) && digits < 9) {
      value = value * 10 + (bytes[pos++] - '0');
      ++digits;
    }
    if (digits == 0 || (pos < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[pos]))))
      throw UsageError("image '" + path + "': PGM/PPM header is not 'P5|P6 width height maxval' with numbers below 10^9");
  }
  ++pos;  // the single whitespace byte before the pixels
  const long long width = field[0], height = field[1], maxval = field[2];
  if (width < 1 || height < 1 || width > kImageMaxSide || height > kImageMaxSide || width * height > kImageMaxPixels)
    throw UsageError("image '" + path + "': " + std::to_string(width) + " x " + std::to_string(height) +
                     " pixels; allowed: sides 1 to " + std::to_string(kImageMaxSide) + ", at most 2^24 pixels");
  // 16-bit samples (maxval > 255): stb_image converts them with its 8-bit routine and then reads
  // twice the buffer it made (fuzz/pgm_fuzz.cc), so they are refused.
  if (maxval < 1 || maxval > 255)
    throw UsageError("image '" + path + "': PGM/PPM maxval " + std::to_string(maxval) +
                     "; allowed: 1 to 255 (8-bit samples; save 16-bit images with 8 bits)");
  const long long needed = width * height * (bytes[1] == '6' ? 3 : 1);
  const long long present = pos <= bytes.size() ? static_cast<long long>(bytes.size() - pos) : 0;
  if (present < needed)
    throw UsageError("image '" + path + "' is truncated: its header announces " + std::to_string(needed) +
                     " bytes of pixels, the file holds " + std::to_string(present));
}

}  // namespace

InkImage read_ink_image(const std::string& path) {
  // A regular file of at most 256 MiB, read whole (suite/common/input_file.h).
  const std::string bytes = read_input_file(path, kImageFile);
  check_binary_pnm(bytes, path);
  int width = 0, height = 0, channels = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const int size = static_cast<int>(bytes.size());
  if (stbi_info_from_memory(data, size, &width, &height, &channels) &&
      (width > kImageMaxSide || height > kImageMaxSide ||
       static_cast<long long>(width) * height > kImageMaxPixels))
    throw UsageError("image '" + path + "': " + std::to_string(width) + " x " + std::to_string(height) +
                     " pixels; allowed: sides up to " + std::to_string(kImageMaxSide) + ", at most 2^24 pixels");
  // 2 components: grey and alpha (stb converts colour to grey by its luma weights).
  std::unique_ptr<unsigned char, void (*)(void*)> pixels(
      stbi_load_from_memory(data, size, &width, &height, &channels, 2), stbi_image_free);
  if (!pixels)
    throw UsageError("image '" + path + "' cannot be decoded (" + stbi_failure_reason() +
                     "); allowed: PNG, JPEG, PGM/PPM, BMP, GIF, TGA");
  InkImage image;
  image.width = width;
  image.height = height;
  image.ink.resize(static_cast<std::size_t>(width) * height);
  double max_ink = 0.0;
  for (std::size_t i = 0; i < image.ink.size(); ++i) {
    const double grey = pixels.get()[2 * i] / 255.0;
    const double alpha = pixels.get()[2 * i + 1] / 255.0;
    image.ink[i] = (1.0 - grey) * alpha;
    max_ink = std::max(max_ink, image.ink[i]);
  }
  if (max_ink <= 0.0)
    throw UsageError("image '" + path +
                     "' has no ink: every pixel is white or transparent (dark strokes carry the mass)");
  return image;
}

void validate(const ImageDensityOptions& o) {
  if (!(o.smoothing_px >= 0.0 && o.smoothing_px <= 100.0))
    throw UsageError("image smoothing " + format_double(o.smoothing_px) +
                     " px is out of range; allowed: 0 to 100 pixels");
  if (!(o.background_weight >= 0.0 && o.background_weight < 1.0))
    throw UsageError("image background weight " + format_double(o.background_weight) +
                     " is out of range; allowed: [0, 1)");
  for (double s : o.background_scales)
    if (!(s > 0.0 && s <= 1.0))
      throw UsageError("image background scale " + format_double(s) +
                       " is out of range; allowed: (0, 1] (fraction of the image side)");
  if (o.background_weight > 0.0 && o.background_scales.empty())
    throw UsageError("image background weight > 0 needs at least one background scale");
}

std::vector<double> image_density(const InkImage& image, const ImageDensityOptions& options) {
  validate(options);
  std::vector<double> p = gaussian_blur(image.ink, image.width, image.height, options.smoothing_px);
  normalise(p);
  if (options.background_weight > 0.0) {
    const double side = std::max(image.width, image.height);
    std::vector<double> background(p.size(), 0.0);
    for (double f : options.background_scales) {
      std::vector<double> b = gaussian_blur(image.ink, image.width, image.height, f * side);
      normalise(b);
      for (std::size_t i = 0; i < b.size(); ++i) background[i] += b[i] / options.background_scales.size();
    }
    for (std::size_t i = 0; i < p.size(); ++i)
      p[i] = (1.0 - options.background_weight) * p[i] + options.background_weight * background[i];
  }
  normalise(p);
  return p;
}

PixelBox pixel_box(int width, int height, int column, int row) {
  const double side = std::max(width, height);
  return {(column - 0.5 * width) / side, (column + 1 - 0.5 * width) / side,
          (0.5 * height - row - 1) / side, (0.5 * height - row) / side};
}

std::vector<double> sample_image_density(const std::vector<double>& weights, int width,
                                         int height, std::size_t n, std::mt19937_64& rng) {
  std::vector<double> cumulative(weights.size());
  std::partial_sum(weights.begin(), weights.end(), cumulative.begin());
  const double total = cumulative.empty() ? 0.0 : cumulative.back();
  if (!(total > 0.0)) throw UsageError("image density has no mass to sample");
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<double> out(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    const double u = unit(rng) * total;
    std::size_t k = static_cast<std::size_t>(
        std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
    if (k >= weights.size()) k = weights.size() - 1;
    while (weights[k] <= 0.0 && k > 0) --k;  // u landed exactly on a step: take the pixel below
    const int row = static_cast<int>(k / width), column = static_cast<int>(k % width);
    const PixelBox box = pixel_box(width, height, column, row);
    out[2 * i] = box.x0 + unit(rng) * (box.x1 - box.x0);
    out[2 * i + 1] = box.y0 + unit(rng) * (box.y1 - box.y0);
  }
  return out;
}

}  // namespace nwgf::suite
