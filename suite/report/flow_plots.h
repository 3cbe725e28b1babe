#pragma once
// Pictures of an MMD flow (`nwgf flow`), drawn by gnuplot (Debian gnuplot-nox):
//  - scatter snapshots (PNG, pngcairo): particles over the target's points, first two
//    coordinates, the same axes for every picture of a run;
//  - image-grid snapshots (PNG) for points that are images (e.g. 28 x 28 Fashion-MNIST in
//    [0, 1]^784): the first few particles drawn as grey images, values clamped to [0, 1];
//  - an animated GIF of the whole flow (gif terminal, animate), one frame per stored step;
//  - the squared MMD to the target over time for every scheme (PNG, log scale);
//  - self-convergence: the distance between successive solutions against tau (PNG, log-log),
//    one curve per scheme with its noise floor as a labelled horizontal line.
// Every function writes its file into an existing directory and throws std::runtime_error when
// gnuplot fails (the message ends with gnuplot's last error line). gnuplot runs without a shell
// (gnuplot.h, which also has gnuplot_available()).
#include <string>
#include <vector>

#include "suite/report/gnuplot.h"

namespace nwgf::suite {

// One picture: the particles' coordinates (row-major n x dim) and its title.
struct FlowFrame {
  std::vector<double> coords;
  std::string title;
};

struct PlotBox {
  double x0 = -1, x1 = 1, y0 = -1, y1 = 1;
};

// A square-ish box around the target and the start (first two coordinates; dim 1: y in
// [-0.5, 0.5]) with a 15 % margin, used by every scatter picture of one run.
PlotBox scatter_box(const std::vector<double>& target, const std::vector<double>& start, int dim);

// Scatter PNG (or, with several frames and a .gif path, an animated GIF) of the frames over the
// target (drawn light grey). dim >= 1; only the first two coordinates are shown.
void plot_scatter(const std::string& path, const std::vector<FlowFrame>& frames,
                  const std::vector<double>& target, int dim, const PlotBox& box,
                  const std::string& scratch_dir);

// Image-grid PNG (or animated GIF with several frames) of the first `images` particles of each
// frame, every particle a rows x columns image (dim = rows * columns).
void plot_image_grid(const std::string& path, const std::vector<FlowFrame>& frames, int dim,
                     int rows, int columns, int images, const std::string& scratch_dir);

// Squared MMD over time, one curve per scheme (log scale; non-positive values are skipped).
struct MmdCurve {
  std::string label;
  std::vector<double> t, mmd2;
};
void plot_mmd_curves(const std::string& path, const std::vector<MmdCurve>& curves,
                     const std::string& title, const std::string& scratch_dir);

// Distance between the solutions at tau and tau / ratio against tau (log-log; non-positive
// values are skipped), one curve per scheme (label: scheme and fitted order), and its noise floor
// drawn as a dashed horizontal line in the same colour (floor_label; skipped when <= 0).
struct SelfConvergenceCurve {
  std::string label;
  std::vector<double> tau, distance;
  double floor = 0.0;
  std::string floor_label;
};
void plot_self_convergence(const std::string& path, const std::vector<SelfConvergenceCurve>& curves,
                           const std::string& title, const std::string& scratch_dir);

}  // namespace nwgf::suite
