#include "suite/report/flow_plots.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#include "suite/report/gnuplot.h"

namespace nwgf::suite {

namespace {

namespace fs = std::filesystem;

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write '" + path + "'");
}

// The script through gnuplot (no shell; suite/report/gnuplot.h), naming the picture on failure.
void draw(const std::string& script, const std::string& name) {
  try {
    run_gnuplot(script);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("gnuplot failed drawing '" + name + "': " + e.what());
  }
}

bool is_gif(const std::string& path) {
  return path.size() >= 4 && path.substr(path.size() - 4) == ".gif";
}

std::string terminal(const std::string& path, int width, int height) {
  if (is_gif(path))
    // libgd gif terminal: 12/100 s per frame, loop forever, optimised palette.
    return fmt::format("set terminal gif animate delay 12 loop 0 optimize size {},{} font 'DejaVuSans,9'\n",
                       width, height);
  return fmt::format("set terminal pngcairo size {},{} font ',9'\n", width, height);
}

// Points as "x y" lines (first two coordinates; dim 1: y = 0).
void write_xy(std::ostream& out, const std::vector<double>& coords, int dim) {
  const std::size_t n = coords.size() / dim;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = coords[i * dim];
    const double y = dim >= 2 ? coords[i * dim + 1] : 0.0;
    if (std::isfinite(x) && std::isfinite(y)) out << fmt::format("{:.6g} {:.6g}\n", x, y);
  }
}

// The points (x_i, y_i) whose y_i is positive and finite (the only ones a logarithmic y axis
// can show) as a gnuplot data file, ended by a break.
void write_log_series(const std::string& file, const std::vector<double>& x, const std::vector<double>& y) {
  std::ostringstream out;
  for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
    if (y[i] > 0 && std::isfinite(y[i])) out << fmt::format("{:.6g} {:.6e}\n", x[i], y[i]);
  out << "nan nan\n";
  write_text(file, out.str());
}

}  // namespace

PlotBox scatter_box(const std::vector<double>& target, const std::vector<double>& start, int dim) {
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (const auto* v : {&target, &start})
    for (std::size_t i = 0; i + dim <= v->size(); i += dim) {
      x0 = std::min(x0, (*v)[i]);
      x1 = std::max(x1, (*v)[i]);
      if (dim >= 2) {
        y0 = std::min(y0, (*v)[i + 1]);
        y1 = std::max(y1, (*v)[i + 1]);
      }
    }
  if (dim < 2) y0 = -0.5, y1 = 0.5;
  // Equal sides (the pictures use an aspect ratio of 1), at least 0.2, plus a 15 % margin.
  const double cx = 0.5 * (x0 + x1), cy = 0.5 * (y0 + y1);
  const double half = 0.5 * std::max({x1 - x0, y1 - y0, 0.2}) * 1.15;
  return {cx - half, cx + half, cy - half, cy + half};
}

void plot_scatter(const std::string& path, const std::vector<FlowFrame>& frames,
                  const std::vector<double>& target, int dim, const PlotBox& box,
                  const std::string& scratch_dir) {
  const std::string name = fs::path(path).stem().string();
  const std::string target_path = (fs::path(scratch_dir) / (name + "_target.dat")).string();
  const std::string frames_path = (fs::path(scratch_dir) / (name + "_frames.dat")).string();
  {
    std::ofstream t(target_path);
    write_xy(t, target, dim);
    std::ofstream f(frames_path);
    for (std::size_t k = 0; k < frames.size(); ++k) {
      if (k > 0) f << "\n\n";  // gnuplot data blocks, selected by `index k`
      write_xy(f, frames[k].coords, dim);
      f << "nan nan\n";        // keeps an empty frame a valid block
    }
  }
  // The animation is drawn smaller than the snapshots: it has up to max_frames frames.
  std::string script = is_gif(path) ? terminal(path, 320, 336) : terminal(path, 420, 440);
  script += "set output " + gnuplot_quoted(path) + "\n";
  script += fmt::format("set size ratio -1\nset xrange [{}:{}]\nset yrange [{}:{}]\nunset key\n",
                        box.x0, box.x1, box.y0, box.y1);
  script += "set tics font ',8'\n";
  // A few target points (e.g. Diracs) are drawn as large red crosses on top; a sampled density
  // as small grey dots underneath the particles.
  const bool few_targets = target.size() / dim <= 50;
  for (std::size_t k = 0; k < frames.size(); ++k) {
    script += "set title " + gnuplot_quoted(frames[k].title) + "\n";
    const std::string particles =
        fmt::format("{} index {} with points pt 7 ps 0.3 lc rgb '#1f4fbf'", gnuplot_quoted(frames_path), k);
    if (few_targets)
      script += fmt::format("plot {}, {} with points pt 2 ps 2 lw 2 lc rgb '#d62728'\n", particles, gnuplot_quoted(target_path));
    else
      script += fmt::format("plot {} with points pt 7 ps 0.25 lc rgb '#b8b8b8', {}\n", gnuplot_quoted(target_path), particles);
  }
  draw(script, name);
}

void plot_image_grid(const std::string& path, const std::vector<FlowFrame>& frames, int dim,
                     int rows, int columns, int images, const std::string& scratch_dir) {
  if (rows * columns != dim) throw std::invalid_argument("image grid: rows * columns != dimension");
  const std::string name = fs::path(path).stem().string();
  std::string script;
  int grid_w = 0, grid_h = 0;
  std::vector<std::string> files;
  for (std::size_t k = 0; k < frames.size(); ++k) {
    const int n = std::min<int>(images, static_cast<int>(frames[k].coords.size() / dim));
    const int gc = std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n)))));
    const int gr = std::max(1, (n + gc - 1) / gc);
    // One-pixel separators of mid grey between the images.
    const int h = gr * (rows + 1) + 1, w = gc * (columns + 1) + 1;
    grid_w = w;
    grid_h = h;
    std::vector<double> grid(static_cast<std::size_t>(h) * w, 0.35);
    for (int i = 0; i < n; ++i) {
      const int r0 = (i / gc) * (rows + 1) + 1, c0 = (i % gc) * (columns + 1) + 1;
      for (int a = 0; a < rows; ++a)
        for (int b = 0; b < columns; ++b) {
          const double v = frames[k].coords[static_cast<std::size_t>(i) * dim + a * columns + b];
          grid[static_cast<std::size_t>(r0 + a) * w + c0 + b] = std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0;
        }
    }
    const std::string file = (fs::path(scratch_dir) / fmt::format("{}_{:04}.dat", name, k)).string();
    std::ostringstream out;
    for (int a = 0; a < h; ++a) {
      for (int b = 0; b < w; ++b) out << (b ? " " : "") << fmt::format("{:.4g}", grid[static_cast<std::size_t>(a) * w + b]);
      out << "\n";
    }
    write_text(file, out.str());
    files.push_back(file);
  }
  // Snapshots about 420 px wide; the animation at about half that (many frames of noisy images
  // compress poorly).
  const int scale = std::max(1, (is_gif(path) ? 240 : 420) / std::max(grid_w, grid_h));
  script += terminal(path, grid_w * scale + 20, grid_h * scale + 40);
  script += "set output " + gnuplot_quoted(path) + "\n";
  script += "unset key\nunset tics\nunset border\nunset colorbox\nset palette grey\nset cbrange [0:1]\n";
  script += "set size ratio -1\nset margins 1,1,1,3\n";
  script += fmt::format("set xrange [-0.5:{}]\nset yrange [{}:-0.5]\n", grid_w - 0.5, grid_h - 0.5);
  for (std::size_t k = 0; k < frames.size(); ++k) {
    script += "set title " + gnuplot_quoted(frames[k].title) + "\n";
    script += "plot " + gnuplot_quoted(files[k]) + " matrix with image\n";
  }
  draw(script, name);
}

void plot_mmd_curves(const std::string& path, const std::vector<MmdCurve>& curves,
                     const std::string& title, const std::string& scratch_dir) {
  const std::string name = fs::path(path).stem().string();
  std::string plot = "plot ";
  for (std::size_t c = 0; c < curves.size(); ++c) {
    const std::string file = (fs::path(scratch_dir) / fmt::format("{}_{}.dat", name, c)).string();
    write_log_series(file, curves[c].t, curves[c].mmd2);
    plot += (c ? ", " : "") + gnuplot_quoted(file) + " with linespoints pt 7 ps 0.5 title " + gnuplot_quoted(curves[c].label);
  }
  std::string script = terminal(path, 520, 360);
  script += "set output " + gnuplot_quoted(path) + "\n";
  script += "set logscale y\nset format y '%.0e'\nset xlabel 't'\nset ylabel 'squared MMD to the target'\n";
  script += "set key top right\nset grid\nset title " + gnuplot_quoted(title) + "\n";
  draw(script + plot + "\n", name);
}

void plot_self_convergence(const std::string& path, const std::vector<SelfConvergenceCurve>& curves,
                           const std::string& title, const std::string& scratch_dir) {
  const std::string name = fs::path(path).stem().string();
  std::string plot = "plot ";
  for (std::size_t c = 0; c < curves.size(); ++c) {
    const std::string file = (fs::path(scratch_dir) / fmt::format("{}_{}.dat", name, c)).string();
    write_log_series(file, curves[c].tau, curves[c].distance);
    plot += fmt::format("{}{} with linespoints lc {} pt 7 ps 0.8 title {}", c ? ", " : "", gnuplot_quoted(file), c + 1,
                        gnuplot_quoted(curves[c].label));
    if (curves[c].floor > 0 && std::isfinite(curves[c].floor))
      plot += fmt::format(", {:.6e} with lines lc {} dt 2 title {}", curves[c].floor, c + 1,
                          gnuplot_quoted(curves[c].floor_label));
  }
  // The x axis spans the step sizes (log scale) with a margin; the key sits below the plot.
  double lo = INFINITY, hi = 0.0;
  for (const SelfConvergenceCurve& c : curves)
    for (double tau : c.tau) lo = std::min(lo, tau), hi = std::max(hi, tau);
  std::string script = terminal(path, 560, 440);
  script += "set output " + gnuplot_quoted(path) + "\n";
  if (hi > 0) script += fmt::format("set xrange [{:.6g}:{:.6g}]\n", lo / 1.3, hi * 1.3);
  std::string tics;  // a tic at every step size of the first curve (a log axis shorter than a decade has none)
  if (!curves.empty())
    for (double tau : curves.front().tau) tics += fmt::format("{}{:.6g}", tics.empty() ? "" : ", ", tau);
  if (!tics.empty()) script += "set xtics (" + tics + ")\nset format x '%g'\n";
  script += "set logscale xy\nset format y '%.0e'\nset xlabel 'tau (coarser step of the pair)'\n";
  script += "set ylabel 'distance between solutions at tau and tau / ratio'\n";
  script += "set key below font ',8'\nset grid\nset title " + gnuplot_quoted(title) + "\n";
  draw(script + plot + "\n", name);
}

}  // namespace nwgf::suite
