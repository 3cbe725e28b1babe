#include "suite/flow/image_density.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numeric>

#include "suite/common/errors.h"
#include "suite/common/format.h"

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

}  // namespace

InkImage read_ink_image(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) throw UsageError("image '" + path + "' cannot be opened (missing or unreadable)");
  int width = 0, height = 0, channels = 0;
  // 2 components: grey and alpha (stb converts colour to grey by its luma weights).
  std::unique_ptr<unsigned char, void (*)(void*)> pixels(
      stbi_load_from_file(f, &width, &height, &channels, 2), stbi_image_free);
  std::fclose(f);
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
