#include "suite/flow/targets.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>

#include <boost/math/special_functions/erf.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytic/measure_spec.h"
#include "suite/common/data_dir.h"
#include "suite/common/errors.h"
#include "suite/flow/idx_reader.h"
#include "suite/common/io_util.h"
#include "suite/common/memory_limit.h"
#include "suite/common/message_limits.h"

namespace nwgf::suite {

namespace {

std::string trim(const std::string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}


// Parses a whole token as a finite double (the grammar's reader, analytic/measure_spec.h);
// `what` names where it came from.
double parse_finite(const std::string& token, const std::string& what) {
  try {
    return analytic::parse_spec_number(token, what, "finite numbers");
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

// The grammar's parts of a spec (analytic/measure_spec.h); its refusals as usage errors.
analytic::MeasureSpec spec_parts(const std::string& spec, const std::string& option) {
  try {
    return analytic::parse_measure_spec(spec, option);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

// The single list of numbers of a one-point kind (uniform:a,b, gaussian:..., dirac:x).
const std::vector<std::string>& spec_numbers(const analytic::MeasureSpec& spec, const std::string& form) {
  try {
    return spec.numbers(form);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

std::size_t parse_count(const std::string& token, const std::string& what) {
  const std::string t = trim(token);
  if (t.empty() || !std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    throw UsageError(what + ": '" + excerpt(t) + "' is not a whole number >= 1");
  errno = 0;
  const unsigned long long v = std::strtoull(t.c_str(), nullptr, 10);
  if (errno == ERANGE) throw UsageError(what + ": '" + excerpt(t) + "' is too large");
  return static_cast<std::size_t>(v);
}

// Appends a row, checking its dimension against the first row.
void append_row(PointCloud& cloud, const std::vector<double>& row, std::size_t row_number,
                const std::string& what) {
  if (row.empty()) throw UsageError(what + ": row " + std::to_string(row_number) + " has no coordinates");
  if (cloud.dim == 0) cloud.dim = static_cast<int>(row.size());
  if (static_cast<int>(row.size()) != cloud.dim)
    throw UsageError(what + ": row " + std::to_string(row_number) + " has " + std::to_string(row.size()) +
                     " coordinates but row 1 has " + std::to_string(cloud.dim) +
                     " (every point needs the same dimension)");
  cloud.coords.insert(cloud.coords.end(), row.begin(), row.end());
}

PointCloud read_point_json(const std::string& text, const std::string& path) {
  const std::string what = "point file '" + excerpt(path, kPathExcerptMaxChars) + "'";
  nlohmann::json j = parse_json(text, what);
  if (j.is_object()) {
    if (!j.contains("points"))
      throw UsageError(what + ": a JSON object needs a \"points\" array of points");
    j = j["points"];
  }
  if (!j.is_array()) throw UsageError(what + ": expected a JSON array of points ([[x, y], ...])");
  PointCloud cloud;
  std::size_t n = 0;
  for (const auto& row : j) {
    ++n;
    std::vector<double> values;
    const auto add = [&](const nlohmann::json& v, std::size_t col) {
      // NaN and infinities are not JSON numbers; accept them only to reject them clearly.
      if (v.is_number()) {
        const double x = v.get<double>();
        if (!std::isfinite(x))
          throw UsageError(what + ": row " + std::to_string(n) + " column " + std::to_string(col) +
                           " is not finite (NaN or infinite)");
        values.push_back(x);
      } else if (v.is_null()) {
        throw UsageError(what + ": row " + std::to_string(n) + " column " + std::to_string(col) +
                         " is null (NaN is not a number)");
      } else {
        throw UsageError(what + ": row " + std::to_string(n) + " column " + std::to_string(col) +
                         " is not a number");
      }
    };
    if (row.is_array()) {
      std::size_t col = 0;
      for (const auto& v : row) add(v, ++col);
    } else {
      add(row, 1);  // a flat list of numbers: points in one dimension
    }
    append_row(cloud, values, n, what);
  }
  if (cloud.size() == 0) throw UsageError(what + ": no points");
  return cloud;
}

PointCloud read_point_csv(const std::string& text, const std::string& path) {
  const std::string what = "point file '" + excerpt(path, kPathExcerptMaxChars) + "'";
  PointCloud cloud;
  std::istringstream in(text);
  std::string line;
  std::size_t line_number = 0, rows = 0;
  bool header_allowed = true;
  while (std::getline(in, line)) {
    ++line_number;
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    for (char& c : t)
      if (c == ',' || c == ';' || c == '\t') c = ' ';
    std::istringstream fields(t);
    std::vector<std::string> tokens;
    for (std::string tok; fields >> tok;) tokens.push_back(tok);
    if (tokens.empty()) continue;  // separators only (",,"): a blank line (found by fuzz/points_fuzz.cc)
    // One header line (the first non-comment line whose first field is not a number) is skipped.
    if (header_allowed) {
      header_allowed = false;
      char* end = nullptr;
      std::strtod(tokens[0].c_str(), &end);
      const bool numeric = end == tokens[0].c_str() + tokens[0].size();
      const std::string lower = [&] {
        std::string s = tokens[0];
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
      }();
      if (!numeric && lower != "nan" && lower != "inf" && lower != "-inf") continue;
    }
    ++rows;
    std::vector<double> values;
    for (std::size_t c = 0; c < tokens.size(); ++c)
      values.push_back(parse_finite(tokens[c], what + " line " + std::to_string(line_number) +
                                                   " (row " + std::to_string(rows) + ") column " +
                                                   std::to_string(c + 1)));
    append_row(cloud, values, rows, what);
  }
  if (cloud.size() == 0) throw UsageError(what + ": no points");
  return cloud;
}

// "x1,y1@w1;x2,y2@w2;..." (weights on every point) -> an equal-weight cloud of m points in which
// point k is repeated n_k times, n_k = floor(w_k m / W) plus one for the largest remainders
// (Σ n_k = m): the weights are represented to within 1/m each, exactly when every w_k m / W is
// whole. Atoms whose n_k is 0 are dropped (their weight is below 1/m).
// m target points in R^d drawn by request (--target-samples): refused up front when the points
// and the flow's copies of them (about 3 arrays of m x d doubles) cannot fit in the available memory.
void refuse_target_beyond_memory(std::size_t m, int d) {
  refuse_beyond_available_memory(3.0 * 8.0 * static_cast<double>(m) * d,
                                 fmt::format("--target-samples {} in d = {}", m, d));
}

// The points of a diracs: spec (weights ignored), every point the same dimension.
PointCloud cloud_of(const std::vector<analytic::SpecPoint>& points, const std::string& what) {
  PointCloud cloud;
  for (std::size_t n = 0; n < points.size(); ++n) {
    std::vector<double> row;
    std::size_t col = 0;
    for (const std::string& tok : points[n].numbers)
      row.push_back(parse_finite(tok, what + " point " + std::to_string(n + 1) + " coordinate " +
                                          std::to_string(++col)));
    append_row(cloud, row, n + 1, what);
  }
  if (cloud.size() == 0) throw UsageError(what + ": no points (expected x1,y1;x2,y2;...)");
  return cloud;
}

// The weights of a diracs: spec's points: all weighted (positive, finite total) or none (empty).
std::vector<double> point_weights(const std::vector<analytic::SpecPoint>& points, const std::string& what) {
  std::vector<double> weights;
  std::size_t weighted = 0;
  for (const auto& p : points) weighted += p.weighted ? 1 : 0;
  if (weighted == 0) return weights;
  for (std::size_t n = 0; n < points.size(); ++n) {
    if (!points[n].weighted)
      throw UsageError(what + " point " + std::to_string(n + 1) +
                       ": no weight; allowed: all points weighted (x1,y1@w1;...) or none");
    const double w = parse_finite(points[n].weight, what + " point " + std::to_string(n + 1) + " weight");
    if (!(w > 0.0))
      throw UsageError(what + " point " + std::to_string(n + 1) + ": weight " + points[n].weight +
                       " is outside the allowed range (0, inf)");
    weights.push_back(w);
  }
  double total = 0.0;
  for (double w : weights) total += w;
  if (!(total > 0.0) || !std::isfinite(total))
    throw UsageError(what + ": total weight " + fmt::format("{}", total) + " is outside the allowed range (0, inf)");
  return weights;
}

// Copies of each of n atoms among m points in proportion to `weights` (empty: equal weights):
// n_k = floor(w_k m / W) plus one for the largest remainders, so Σ n_k = m and each weight is
// represented to within 1/m, exactly when w_k m / W is whole.
std::vector<std::size_t> apportion(const std::vector<double>& weights, std::size_t n, std::size_t m) {
  std::vector<double> w = weights.empty() ? std::vector<double>(n, 1.0) : weights;
  double total = 0.0;
  for (double x : w) total += x;
  std::vector<std::size_t> count(n);
  std::vector<std::pair<double, std::size_t>> remainder;
  std::size_t used = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const double exact = w[k] / total * static_cast<double>(m);
    count[k] = static_cast<std::size_t>(std::floor(exact));
    used += count[k];
    remainder.push_back({exact - std::floor(exact), k});
  }
  std::stable_sort(remainder.begin(), remainder.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; used < m && i < remainder.size(); ++i, ++used) ++count[remainder[i].second];
  return count;
}

// A weighted diracs: target as an equal-weight cloud of m points in which point k is repeated
// apportion(...)[k] times; atoms whose count is 0 are dropped (their weight is below 1/m).
PointCloud weighted_diracs(const std::vector<analytic::SpecPoint>& points, std::size_t m, const std::string& what) {
  const std::vector<double> weights = point_weights(points, what);
  const PointCloud atoms = cloud_of(points, what);
  if (m < 1) throw UsageError(what + ": target samples " + std::to_string(m) + " is out of range; allowed: >= 1");
  const std::vector<std::size_t> count = apportion(weights, atoms.size(), m);
  refuse_target_beyond_memory(m, atoms.dim);
  PointCloud cloud;
  cloud.dim = atoms.dim;
  for (std::size_t k = 0; k < atoms.size(); ++k)
    for (std::size_t c = 0; c < count[k]; ++c)
      cloud.coords.insert(cloud.coords.end(), atoms.row(k), atoms.row(k) + atoms.dim);
  return cloud;
}

// "m1,...,md,s" -> m points of N(mean, s^2 I_d): in d = 1 the quantiles at the midpoint levels
// (i - 1/2)/m (deterministic; W2 to the Gaussian O(sqrt(log m)/m)), in d > 1 i.i.d. draws.
PointCloud gaussian_points(const std::vector<std::string>& tokens, std::size_t m, std::uint64_t seed,
                           const std::string& what) {
  std::vector<double> v;
  std::size_t col = 0;
  for (const std::string& tok : tokens) v.push_back(parse_finite(tok, what + " number " + std::to_string(++col)));
  if (v.size() < 2)
    throw UsageError(what + ": gaussian:s (N(0, s^2 I)) leaves a target's dimension open; allowed as a target: "
                            "gaussian:m1,...,md,s (the mean's d numbers and s > 0; " + analytic::kMeasureSpecDoc + ")");
  const double s = v.back();
  if (!(s > 0.0))
    throw UsageError(what + ": standard deviation s = " + tokens.back() + " is outside the allowed range (0, inf)");
  if (m < 1) throw UsageError(what + ": target samples " + std::to_string(m) + " is out of range; allowed: >= 1");
  PointCloud cloud;
  cloud.dim = static_cast<int>(v.size()) - 1;
  refuse_target_beyond_memory(m, cloud.dim);
  cloud.coords.resize(m * static_cast<std::size_t>(cloud.dim));
  if (cloud.dim == 1) {
    for (std::size_t i = 0; i < m; ++i) {
      const double level = (static_cast<double>(i) + 0.5) / static_cast<double>(m);
      cloud.coords[i] = v[0] - s * std::sqrt(2.0) * boost::math::erfc_inv(2.0 * level);
    }
  } else {
    std::mt19937_64 rng(seed ^ 0x6761757373ULL);  // "gauss": a stream of its own
    std::normal_distribution<double> normal(0.0, s);
    for (std::size_t i = 0; i < m; ++i)
      for (int k = 0; k < cloud.dim; ++k) cloud.coords[i * cloud.dim + k] = v[k] + normal(rng);
  }
  return cloud;
}

}  // namespace

PointCloud parse_point_list(const std::string& list, const std::string& what) {
  const analytic::MeasureSpec spec = spec_parts("diracs:" + list, what);
  for (std::size_t n = 0; n < spec.points.size(); ++n)
    if (spec.points[n].weighted)
      throw UsageError(what + " point " + std::to_string(n + 1) + ": a weight; allowed: x1,y1;x2,y2;... (no '@')");
  return cloud_of(spec.points, what);
}

PointCloud read_point_file(const std::string& path) {
  const std::string text = read_file(path, kPointFile);  // suite/common/input_file.h
  const std::string t = trim(text);
  const bool json = (path.size() >= 5 && path.substr(path.size() - 5) == ".json") ||
                    (!t.empty() && (t[0] == '[' || t[0] == '{'));
  return json ? read_point_json(text, path) : read_point_csv(text, path);
}

Target load_target(const std::string& spec, const TargetOptions& options, std::uint64_t seed) {
  const analytic::MeasureSpec parts = spec_parts(spec, "target");
  const std::string& kind = parts.kind;
  const std::string& rest = parts.args;
  Target target;
  target.spec = spec;
  target.kind = kind;
  if (kind == "image") {
    if (rest.empty()) throw UsageError("target 'image:PATH' needs a path");
    if (options.image_samples < 1)
      throw UsageError("target samples " + std::to_string(options.image_samples) + " is out of range; allowed: >= 1");
    // A relative path missing from the working folder names a file of the program's data
    // folder (suite/common/data_dir.h), recorded relative to it, never as an absolute path.
    std::string path = rest;
    std::error_code ec;
    if (std::filesystem::path(rest).is_relative() && !std::filesystem::exists(rest, ec)) {
      path = data_file("data/" + rest).string();
      target.source = "share/nwgf/data/" + rest;
    } else {
      target.source = rest;
    }
    const InkImage image = read_ink_image(path);
    const std::vector<double> weights = image_density(image, options.image);
    std::mt19937_64 rng(seed ^ 0x696d616765ULL);  // "image": a stream of its own
    target.points.dim = 2;
    refuse_target_beyond_memory(options.image_samples, 2);
    target.points.coords = sample_image_density(weights, image.width, image.height,
                                                options.image_samples, rng);
  } else if (kind == "diracs" && parts.has_args) {
    bool weighted = false;
    for (const auto& p : parts.points) weighted = weighted || p.weighted;
    if (weighted)
      target.points = weighted_diracs(parts.points, options.image_samples, "target diracs");
    else
      target.points = cloud_of(parts.points, "target diracs");
  } else if (kind == "dirac" && parts.has_args) {  // one point: diracs: with one point
    target.kind = "diracs";
    target.points = cloud_of({analytic::SpecPoint{spec_numbers(parts, "dirac:x1,...,xd"), "", false}},
                             "target dirac");
  } else if (kind == "gaussian" && parts.has_args) {
    target.points = gaussian_points(spec_numbers(parts, "gaussian:m1,...,md,s"), options.image_samples, seed,
                                    "target '" + excerpt(spec) + "'");
  } else if (kind == "fashion-mnist") {
    const std::size_t k = rest.empty() ? 100 : parse_count(rest, "target fashion-mnist:K");
    const std::string dir =
        options.fashion_mnist_dir.empty() ? default_fashion_mnist_dir() : options.fashion_mnist_dir;
    const FashionMnistImages images = read_fashion_mnist(dir, k);
    target.source = images.path;
    target.points.dim = images.rows * images.columns;
    target.points.coords = images.pixels;
    target.image_rows = images.rows;
    target.image_columns = images.columns;
  } else if (kind == "points") {
    if (rest.empty()) throw UsageError("target 'points:FILE' needs a file");
    target.source = rest;
    target.points = read_point_file(rest);
  } else {
    throw UsageError("target '" + excerpt(spec) +
                     "' is not a target of nwgf flow; allowed: image:PATH, diracs:x1,y1;x2,y2;... "
                     "(weighted: x1,y1@w1;...), dirac:x1,...,xd, gaussian:m1,...,md,s, fashion-mnist[:K], points:FILE (" +
                     analytic::kMeasureSpecDoc + ")");
  }
  return target;
}

StartSpec parse_start_spec(const std::string& spec) {
  const analytic::MeasureSpec parts = spec_parts(spec, "start");
  const std::string& kind = parts.kind;
  const std::string& rest = parts.args;
  StartSpec s;
  s.spec = spec;
  s.kind = kind;
  const std::string what = "start '" + excerpt(spec) + "'";
  if (kind == "dirac") {
    if (!rest.empty()) s.values = cloud_of({analytic::SpecPoint{spec_numbers(parts, "dirac:x1,...,xd"), "", false}}, what).coords;
  } else if (kind == "two-points") {
    if (parts.has_args) throw UsageError(what + ": two-points takes no arguments");
    // The published 2D start, diracs:-0.5,0;0.5,0.
    s.atoms.dim = 2;
    s.atoms.coords = {-0.5, 0.0, 0.5, 0.0};
  } else if (kind == "diracs" && parts.has_args) {
    s.weights = point_weights(parts.points, what);
    s.atoms = cloud_of(parts.points, what);
  } else if (kind == "gaussian" && parts.has_args) {
    // gaussian:sigma is N(0, sigma^2 I); gaussian:m1,...,md,sigma is N(m, sigma^2 I).
    const auto& tokens = spec_numbers(parts, "gaussian:s or gaussian:m1,...,md,s");
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k)
      s.mean.push_back(parse_finite(tokens[k], what + " mean " + std::to_string(k + 1)));
    s.values = {parse_finite(tokens.back(), what + " sigma")};
    if (!(s.values[0] > 0.0)) throw UsageError(what + ": sigma must be > 0");
  } else if (kind == "uniform" && parts.has_args) {
    const auto& tokens = spec_numbers(parts, "uniform:lo,hi");
    if (tokens.size() != 2) throw UsageError(what + ": expected uniform:lo,hi");
    s.values = {parse_finite(tokens[0], what + " lo"), parse_finite(tokens[1], what + " hi")};
    if (!(s.values[0] < s.values[1])) throw UsageError(what + ": needs lo < hi");
  } else if (kind == "points") {
    if (rest.empty()) throw UsageError(what + ": 'points:FILE' needs a file");
    s.path = rest;
  } else {
    throw UsageError("start '" + excerpt(spec) +
                     "' is not a start of nwgf flow; allowed: dirac[:x1,...,xd], diracs:x1,...;x2,... (weighted: "
                     "x1,...@w1;...), two-points, gaussian:s, gaussian:m1,...,md,s, uniform:lo,hi, points:FILE (" +
                     analytic::kMeasureSpecDoc + ")");
  }
  return s;
}

PointCloud sample_start(const StartSpec& start, int dim, std::size_t m, std::uint64_t seed,
                        double jitter_box) {
  if (dim < 1) throw UsageError("start: target dimension must be >= 1");
  const std::string what = "start '" + start.spec + "'";
  std::mt19937_64 rng(seed ^ 0x7374617274ULL);  // "start": a stream of its own
  PointCloud out;
  out.dim = dim;
  if (start.kind == "points") {
    out = read_point_file(start.path);
    if (out.dim != dim)
      throw UsageError(what + " has dimension " + std::to_string(out.dim) + " but the target has dimension " +
                       std::to_string(dim) + " (they must match)");
    return out;
  }
  if (m < 1) throw UsageError("particles " + std::to_string(m) + " is out of range; allowed: >= 1");
  out.coords.assign(m * static_cast<std::size_t>(dim), 0.0);
  if (start.is_point_mass()) {
    std::vector<std::vector<double>> atoms;
    std::vector<std::size_t> first;  // atoms[k] takes particles first[k] .. first[k + 1] - 1
    if (start.kind == "two-points" || start.kind == "diracs") {
      if (start.atoms.dim != dim)
        throw UsageError(what + " has dimension " + std::to_string(start.atoms.dim) + " but the target has dimension " +
                         std::to_string(dim) + " (they must match)");
      for (std::size_t k = 0; k < start.atoms.size(); ++k)
        atoms.emplace_back(start.atoms.row(k), start.atoms.row(k) + dim);
      if (!start.weights.empty()) {
        const std::vector<std::size_t> count = apportion(start.weights, atoms.size(), m);
        first.push_back(0);
        for (std::size_t c : count) first.push_back(first.back() + c);
      }
    } else if (start.values.empty() || (start.values.size() == 1 && start.values[0] == 0.0)) {
      atoms = {std::vector<double>(dim, 0.0)};
    } else {
      if (static_cast<int>(start.values.size()) != dim)
        throw UsageError(what + " has dimension " + std::to_string(start.values.size()) +
                         " but the target has dimension " + std::to_string(dim) + " (they must match)");
      atoms = {start.values};
    }
    std::uniform_real_distribution<double> jitter(-0.5 * jitter_box, 0.5 * jitter_box);
    std::size_t k = 0;
    for (std::size_t i = 0; i < m; ++i) {
      // Equal weights: equal shares in order (halves for two atoms); weights: apportioned counts.
      if (!first.empty())
        while (i >= first[k + 1]) ++k;
      const auto& atom = atoms[first.empty() ? i * atoms.size() / m : k];
      for (int k = 0; k < dim; ++k)
        out.coords[i * dim + k] = atom[k] + (jitter_box > 0.0 ? jitter(rng) : 0.0);
    }
  } else if (start.kind == "gaussian") {
    if (!start.mean.empty() && static_cast<int>(start.mean.size()) != dim)
      throw UsageError(what + " has a mean of dimension " + std::to_string(start.mean.size()) +
                       " but the target has dimension " + std::to_string(dim) + " (they must match)");
    std::normal_distribution<double> normal(0.0, start.values[0]);
    for (double& v : out.coords) v = normal(rng);
    if (!start.mean.empty())
      for (std::size_t i = 0; i < m; ++i)
        for (int k = 0; k < dim; ++k) out.coords[i * dim + k] += start.mean[k];
  } else if (start.kind == "uniform") {
    std::uniform_real_distribution<double> unif(start.values[0], start.values[1]);
    for (double& v : out.coords) v = unif(rng);
  } else {
    throw UsageError("start kind '" + start.kind + "' is unknown");
  }
  return out;
}

}  // namespace nwgf::suite
