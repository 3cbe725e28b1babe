#include "suite/flow/targets.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "suite/common/data_dir.h"
#include "suite/common/errors.h"
#include "suite/flow/idx_reader.h"
#include "suite/common/io_util.h"

namespace nwgf::suite {

namespace {

std::string trim(const std::string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// Parses a whole token as a finite double; `what` names where it came from.
double parse_finite(const std::string& token, const std::string& what) {
  const std::string t = trim(token);
  if (t.empty()) throw UsageError(what + ": empty number");
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || errno == ERANGE)
    throw UsageError(what + ": '" + t + "' is not a number");
  if (!std::isfinite(v)) throw UsageError(what + ": '" + t + "' is not finite (NaN or infinite)");
  return v;
}

std::size_t parse_count(const std::string& token, const std::string& what) {
  const std::string t = trim(token);
  if (t.empty() || !std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    throw UsageError(what + ": '" + t + "' is not a whole number >= 1");
  errno = 0;
  const unsigned long long v = std::strtoull(t.c_str(), nullptr, 10);
  if (errno == ERANGE) throw UsageError(what + ": '" + t + "' is too large");
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
  const std::string what = "point file '" + path + "'";
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw UsageError(what + ": invalid JSON (" + std::string(e.what()) + ")");
  }
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
  const std::string what = "point file '" + path + "'";
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

// "kind:rest" -> {kind, rest}; no colon -> {spec, ""}.
std::pair<std::string, std::string> split_kind(const std::string& spec) {
  const std::size_t colon = spec.find(':');
  if (colon == std::string::npos) return {trim(spec), ""};
  return {trim(spec.substr(0, colon)), spec.substr(colon + 1)};
}

}  // namespace

PointCloud parse_point_list(const std::string& list, const std::string& what) {
  PointCloud cloud;
  std::size_t n = 0;
  for (const std::string& row_text : split(list, ';')) {
    if (trim(row_text).empty()) continue;
    ++n;
    std::vector<double> row;
    std::size_t col = 0;
    for (const std::string& tok : split(row_text, ','))
      row.push_back(parse_finite(tok, what + " point " + std::to_string(n) + " coordinate " +
                                          std::to_string(++col)));
    append_row(cloud, row, n, what);
  }
  if (cloud.size() == 0) throw UsageError(what + ": no points (expected x1,y1;x2,y2;...)");
  return cloud;
}

PointCloud read_point_file(const std::string& path) {
  const std::string text = read_file(path);  // UsageError naming the path when unreadable
  const std::string t = trim(text);
  const bool json = (path.size() >= 5 && path.substr(path.size() - 5) == ".json") ||
                    (!t.empty() && (t[0] == '[' || t[0] == '{'));
  return json ? read_point_json(text, path) : read_point_csv(text, path);
}

Target load_target(const std::string& spec, const TargetOptions& options, std::uint64_t seed) {
  const auto [kind, rest] = split_kind(spec);
  Target target;
  target.spec = spec;
  target.kind = kind;
  if (kind == "image") {
    if (trim(rest).empty()) throw UsageError("target 'image:PATH' needs a path");
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
    target.points.coords = sample_image_density(weights, image.width, image.height,
                                                options.image_samples, rng);
  } else if (kind == "diracs") {
    target.points = parse_point_list(rest, "target diracs");
  } else if (kind == "fashion-mnist") {
    const std::size_t k = trim(rest).empty() ? 100 : parse_count(rest, "target fashion-mnist:K");
    const std::string dir =
        options.fashion_mnist_dir.empty() ? default_fashion_mnist_dir() : options.fashion_mnist_dir;
    const FashionMnistImages images = read_fashion_mnist(dir, k);
    target.source = images.path;
    target.points.dim = images.rows * images.columns;
    target.points.coords = images.pixels;
    target.image_rows = images.rows;
    target.image_columns = images.columns;
  } else if (kind == "points") {
    if (trim(rest).empty()) throw UsageError("target 'points:FILE' needs a file");
    target.source = rest;
    target.points = read_point_file(rest);
  } else {
    throw UsageError("target '" + spec +
                     "' is not a target spec; allowed: image:PATH, diracs:x1,y1;x2,y2;..., "
                     "fashion-mnist[:K], points:FILE");
  }
  return target;
}

StartSpec parse_start_spec(const std::string& spec) {
  const auto [kind, rest] = split_kind(spec);
  StartSpec s;
  s.spec = spec;
  s.kind = kind;
  const std::string what = "start '" + spec + "'";
  if (kind == "dirac") {
    if (!trim(rest).empty()) {
      const PointCloud p = parse_point_list(rest, what);
      if (p.size() != 1) throw UsageError(what + ": a Dirac has one point (dirac:x1,...,xd)");
      s.values = p.coords;
    }
  } else if (kind == "two-points") {
    if (!trim(rest).empty()) throw UsageError(what + ": two-points takes no arguments");
  } else if (kind == "gaussian") {
    s.values = {parse_finite(rest, what + " sigma")};
    if (!(s.values[0] > 0.0)) throw UsageError(what + ": sigma must be > 0");
  } else if (kind == "uniform") {
    const std::vector<std::string> parts = split(rest, ',');
    if (parts.size() != 2) throw UsageError(what + ": expected uniform:lo,hi");
    s.values = {parse_finite(parts[0], what + " lo"), parse_finite(parts[1], what + " hi")};
    if (!(s.values[0] < s.values[1])) throw UsageError(what + ": needs lo < hi");
  } else if (kind == "points") {
    if (trim(rest).empty()) throw UsageError(what + ": 'points:FILE' needs a file");
    s.path = rest;
  } else {
    throw UsageError("start '" + spec +
                     "' is not a start spec; allowed: dirac[:x1,...,xd], two-points, gaussian:sigma, "
                     "uniform:lo,hi, points:FILE");
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
  if (start.kind == "dirac" || start.kind == "two-points") {
    std::vector<std::vector<double>> atoms;
    if (start.kind == "two-points") {
      if (dim != 2)
        throw UsageError(what + " is two points in 2D but the target has dimension " + std::to_string(dim) +
                         " (they must match)");
      atoms = {{-0.5, 0.0}, {0.5, 0.0}};
    } else if (start.values.empty() || (start.values.size() == 1 && start.values[0] == 0.0)) {
      atoms = {std::vector<double>(dim, 0.0)};
    } else {
      if (static_cast<int>(start.values.size()) != dim)
        throw UsageError(what + " has dimension " + std::to_string(start.values.size()) +
                         " but the target has dimension " + std::to_string(dim) + " (they must match)");
      atoms = {start.values};
    }
    std::uniform_real_distribution<double> jitter(-0.5 * jitter_box, 0.5 * jitter_box);
    for (std::size_t i = 0; i < m; ++i) {
      const auto& atom = atoms[i * atoms.size() / m];  // equal halves for two atoms
      for (int k = 0; k < dim; ++k)
        out.coords[i * dim + k] = atom[k] + (jitter_box > 0.0 ? jitter(rng) : 0.0);
    }
  } else if (start.kind == "gaussian") {
    std::normal_distribution<double> normal(0.0, start.values[0]);
    for (double& v : out.coords) v = normal(rng);
  } else if (start.kind == "uniform") {
    std::uniform_real_distribution<double> unif(start.values[0], start.values[1]);
    for (double& v : out.coords) v = unif(rng);
  } else {
    throw UsageError("start kind '" + start.kind + "' is unknown");
  }
  return out;
}

}  // namespace nwgf::suite
