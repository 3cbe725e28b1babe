#pragma once
// A 2D probability density made from an image, and samples from it (the image targets of
// `nwgf flow`).
//
// Conventions:
//  - Ink: the image is read as grey level g in [0, 1] and alpha a in [0, 1] (stb_image, any
//    PNG/JPEG/PGM/BMP/GIF/TGA it reads); ink = (1 - g) * a, so dark strokes on a light (or
//    transparent) background carry the mass.
//  - Density (weights per pixel, summing to 1):
//      p = (1 - w) * normalise(G_s * ink) + w * mean_k normalise(G_{s_k} * ink)
//    where G_s is a Gaussian blur of standard deviation s pixels (s = 0: none), w the
//    background weight and s_k = f_k * max(width, height) the background scales. The
//    background spreads a little mass around the strokes at several scales, so the target has
//    no hard edges far away from the ink. Blurs use zero padding: mass that leaves the frame
//    is dropped before normalising.
//  - Coordinates: with L = max(width, height), pixel (column c, row q; row 0 at the top) covers
//      x in [(c - W/2) / L, (c + 1 - W/2) / L],  y in [(H/2 - q - 1) / L, (H/2 - q) / L],
//    so the image fills a box of side 1 (along its longer side) centred at 0, y pointing up.
//  - Sampling: a pixel is drawn with probability p, then a point uniformly inside it
//    (sub-pixel jitter).
#include <cstddef>
#include <random>
#include <string>
#include <vector>

namespace nwgf::suite {

struct InkImage {
  int width = 0;
  int height = 0;
  std::vector<double> ink;  // row-major, height x width, values in [0, 1], row 0 at the top
};

// Reads an image file with stb_image. Throws UsageError naming the path when the file is
// missing or cannot be decoded, or when it has no ink at all (every pixel white or transparent).
InkImage read_ink_image(const std::string& path);

struct ImageDensityOptions {
  // Standard deviation of the Gaussian blur of the strokes, in pixels. 1 pixel turns a
  // drawn line into a smooth ridge without visibly thickening it; 0 keeps the pixels as they are.
  double smoothing_px = 1.0;
  // Fraction of the mass in the multi-scale background, in [0, 1). Small: the target stays
  // the drawing, but every point near it has positive density.
  double background_weight = 0.03;
  // Background blur widths as fractions of max(width, height): a near and a far halo.
  std::vector<double> background_scales = {0.03, 0.12};
};

// Throws UsageError naming the first invalid field and its allowed range.
void validate(const ImageDensityOptions& options);

// Weights p per pixel (row-major, height x width), summing to 1 (formula above).
std::vector<double> image_density(const InkImage& image, const ImageDensityOptions& options);

// Samples n points (row-major n x 2) from the pixel weights p of an image of the given size,
// with sub-pixel jitter, in the coordinates above.
std::vector<double> sample_image_density(const std::vector<double>& weights, int width,
                                         int height, std::size_t n, std::mt19937_64& rng);

// The box [x0, x1] x [y0, y1] that pixel (column c, row q) covers.
struct PixelBox {
  double x0, x1, y0, y1;
};
PixelBox pixel_box(int width, int height, int column, int row);

}  // namespace nwgf::suite
