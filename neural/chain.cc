#include "neural/chain.h"

#include <sys/stat.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analytic/profile.h"
#include "neural/device.h"

namespace nwgf::neural {

namespace {
void make_dirs(const std::string& path) {
  std::string partial;
  std::stringstream ss(path);
  std::string piece;
  if (!path.empty() && path[0] == '/') partial = "/";
  while (std::getline(ss, piece, '/')) {
    if (piece.empty()) continue;
    partial += piece + "/";
    if (::mkdir(partial.c_str(), 0755) != 0 && errno != EEXIST)
      throw std::runtime_error("cannot create directory " + partial);
  }
}
std::string link_file(const std::string& dir, int n) { return fmt::format("{}/link_{:04d}.pt", dir, n); }
}  // namespace

ChainStart ChainStart::dirac(int d) {
  return uniform_on(torch::zeros({1, d}, torch::kFloat64));
}

ChainStart ChainStart::uniform_on(const torch::Tensor& points) {
  if (points.dim() != 2 || points.size(0) < 1)
    throw std::invalid_argument("chain start: points must be an M x d array with M >= 1");
  ChainStart s;
  s.kind = Kind::Points;
  s.d = static_cast<int>(points.size(1));
  s.points = points.to(torch::kCPU, torch::kFloat64).contiguous().clone();
  return s;
}

ChainStart ChainStart::profile(int d, double r, double scale) {
  analytic::check_dimension_and_exponent(d, r);
  if (!(scale >= 0)) throw std::invalid_argument("chain start: profile scale must be >= 0");
  ChainStart s;
  s.kind = Kind::Profile;
  s.d = d;
  s.r = r;
  s.scale = scale;
  return s;
}

torch::Tensor ChainStart::sample(std::int64_t n, std::uint64_t seed) const {
  if (kind == Kind::Profile) {
    const analytic::Profile p = analytic::make_profile(d, r);
    std::vector<double> x = analytic::sample_profile(p, static_cast<std::size_t>(n), seed);
    return torch::from_blob(x.data(), {n, d}, torch::kFloat64).clone() * scale;
  }
  if (points.size(0) == 1) return points.expand({n, d}).clone();
  at::Generator gen = make_cpu_generator(seed);
  const torch::Tensor idx = torch::randint(points.size(0), {n}, gen, torch::kLong);
  return points.index_select(0, idx);
}

Chain::Chain(const GeneratorOptions& generator_options, ChainStart start)
    : options_(generator_options), start_(std::move(start)) {
  validate(options_);
  if (start_.d != options_.d)
    throw std::invalid_argument("chain start dimension differs from the generator's d");
}

void Chain::append(const Generator& g, bool keep_input, double factor) {
  ChainLink link;
  link.generator = clone_generator(g);
  link.generator->to(torch::kCPU);
  link.generator->eval();
  link.keep_input = keep_input;
  link.factor = factor;
  links_.push_back(link);
  device_copies_.clear();
}

const ChainLink& Chain::link(int n) const {
  if (n < 1 || n > steps())
    throw std::invalid_argument(fmt::format("chain step {} is outside 1..{}", n, steps()));
  return links_[static_cast<std::size_t>(n - 1)];
}

Generator Chain::on_device(int n, const torch::Device& device) const {
  if (device.is_cpu()) return link(n).generator;
  if (device_copies_.size() != links_.size() || cached_device_ != device) {
    device_copies_.clear();
    for (const ChainLink& l : links_) {
      Generator g = clone_generator(l.generator);
      g->to(device);
      device_copies_.push_back(g);
    }
    cached_device_ = device;
  }
  return device_copies_[static_cast<std::size_t>(n - 1)];
}

torch::Tensor Chain::apply_link(int n, const torch::Tensor& x, at::Generator& gen,
                                std::int64_t chunk) const {
  const ChainLink& l = link(n);
  Generator g = on_device(n, x.device());
  torch::NoGradGuard no_grad;
  const int k = options_.latent_size();
  std::vector<torch::Tensor> parts;
  for (std::int64_t begin = 0; begin < x.size(0); begin += chunk) {
    const std::int64_t end = std::min(x.size(0), begin + chunk);
    const torch::Tensor xs = x.slice(0, begin, end);
    const torch::Tensor z = torch::randn({end - begin, k}, gen, torch::kFloat32).to(x.device());
    const torch::Tensor out = g->forward(xs.to(torch::kFloat32), z).to(torch::kFloat64) * l.factor;
    parts.push_back(l.keep_input ? xs + out : out);
  }
  return torch::cat(parts, 0);
}

torch::Tensor Chain::sample(int step, std::int64_t samples, std::uint64_t seed,
                            const torch::Device& device) const {
  if (step < 0 || step > steps())
    throw std::invalid_argument(fmt::format("chain step {} is outside 0..{}", step, steps()));
  if (samples < 1) throw std::invalid_argument(fmt::format("samples {} must be >= 1", samples));
  torch::Tensor x = start_.sample(samples, seed).to(device);
  at::Generator gen = make_cpu_generator(seed ^ 0x9e3779b97f4a7c15ULL);
  for (int n = 1; n <= step; ++n) x = apply_link(n, x, gen);
  return x.to(torch::kCPU);
}

void Chain::save(const std::string& dir) const {
  make_dirs(dir);
  std::ostringstream m;
  m << "nwgf-chain 1\n";
  m << "d " << options_.d << "\nlatent " << options_.latent << "\nwidth " << options_.width
    << "\ndepth " << options_.depth << "\nactivation " << activation_name(options_.activation) << "\n";
  if (start_.kind == ChainStart::Kind::Profile) {
    m << "start profile\n" << fmt::format("start_r {:.17g}\nstart_scale {:.17g}\n", start_.r, start_.scale);
  } else {
    m << "start points\n";
    torch::save(start_.points, dir + "/start_points.pt");
  }
  m << "steps " << steps() << "\n";
  for (int n = 1; n <= steps(); ++n) {
    const ChainLink& l = link(n);
    m << fmt::format("link {} {} {:.17g}\n", n, l.keep_input ? 1 : 0, l.factor);
    torch::save(l.generator, link_file(dir, n));
  }
  const std::string tmp = dir + "/chain.txt.tmp";
  {
    std::ofstream out(tmp);
    out << m.str();
    if (!out) throw std::runtime_error("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), (dir + "/chain.txt").c_str()) != 0)
    throw std::runtime_error("cannot rename " + tmp);
}

namespace {

constexpr std::uintmax_t kManifestMaxBytes = std::uintmax_t{1} << 20;  // chain.txt: 20 bytes a line

// One short line of a LibTorch error: its first line, at most 160 characters (c10::Error
// messages carry multi-KB C++ stack traces).
std::string short_torch_error(const std::exception& e) {
  std::string what = e.what();
  what = what.substr(0, what.find('\n'));
  if (what.size() > 160) what = what.substr(0, 160) + "...";
  for (char& c : what)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return what;
}

// A token of the manifest as a message quotes it: at most 40 characters, printable.
std::string quoted_token(const std::string& token) {
  std::string out = token.substr(0, 40);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  return "'" + out + (token.size() > 40 ? "...'" : "'");
}

// The manifest chain.txt, parsed line by line: "nwgf-chain 1", then "key value" lines.
struct Manifest {
  GeneratorOptions options;
  std::string start_kind;
  double start_r = 1.0, start_scale = 0.0;
  int steps = -1;
  struct Link { int n; bool keep_input; double factor; };
  std::vector<Link> links;
};

class ManifestParser {
 public:
  ManifestParser(const std::string& where, const ChainLimits& limits) : where_(where), limits_(limits) {}

  Manifest parse(const std::string& text) {
    Manifest m;
    std::set<std::string> seen;
    std::size_t pos = 0;
    bool header = false;
    while (pos < text.size()) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      words_ = split(text.substr(pos, end - pos));
      pos = end + 1;
      ++line_;
      if (words_.empty()) continue;
      if (!header) {
        if (words_.size() != 2 || words_[0] != "nwgf-chain" || words_[1] != "1")
          bad("is not an nwgf-chain 1 manifest (its first line must be 'nwgf-chain 1')");
        header = true;
        continue;
      }
      const std::string& key = words_[0];
      static const std::set<std::string> kKeys{"d",     "latent",  "width",       "depth", "activation",
                                               "start", "start_r", "start_scale", "steps", "link"};
      if (!kKeys.count(key)) bad("unknown key " + quoted_token(key));
      if (key != "link" && !seen.insert(key).second) bad("key " + quoted_token(key) + " given twice");
      count(key == "link" ? 4 : 2);  // "link n keep factor"; every other key one value
      if (key == "d") m.options.d = integer(1, 1, limits_.max_d);
      else if (key == "latent") m.options.latent = integer(1, 0, limits_.max_latent);
      else if (key == "width") m.options.width = integer(1, 1, limits_.max_width);
      else if (key == "depth") m.options.depth = integer(1, 1, limits_.max_depth);
      else if (key == "activation") {
        const auto a = parse_activation(words_[1]);
        if (!a) bad("activation " + quoted_token(words_[1]) + " is not one of " + std::string(kActivationNames));
        m.options.activation = *a;
      } else if (key == "start") {
        if (words_[1] != "points" && words_[1] != "profile")
          bad("start " + quoted_token(words_[1]) + " is not one of points, profile");
        m.start_kind = words_[1];
      } else if (key == "start_r") m.start_r = real(1);
      else if (key == "start_scale") m.start_scale = real(1);
      else if (key == "steps") m.steps = integer(1, 0, limits_.max_steps);
      else if (key == "link") {
        const int n = integer(1, 1, limits_.max_steps);
        if (n != static_cast<int>(m.links.size()) + 1)
          bad(fmt::format("link {} is out of order (links are numbered 1, 2, ... in order; expected {})", n,
                          m.links.size() + 1));
        const int keep = integer(2, 0, 1);
        m.links.push_back({n, keep != 0, real(3)});
      }
    }
    line_ = 0;
    if (!header) bad("is empty (not an nwgf-chain 1 manifest)");
    for (const char* key : {"d", "width", "depth", "start", "steps"})
      if (!seen.count(key)) bad(fmt::format("has no '{}' line", key));
    if (static_cast<std::size_t>(m.steps) != m.links.size())
      bad(fmt::format("declares steps {} but lists {} links", m.steps, m.links.size()));
    return m;
  }

 private:
  [[noreturn]] void bad(const std::string& what) const {
    throw std::invalid_argument(line_ > 0 ? fmt::format("{} line {}: {}", where_, line_, what)
                                          : fmt::format("{}: {}", where_, what));
  }
  static std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      const std::size_t start = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
      if (i > start) out.push_back(line.substr(start, i - start));
    }
    return out;
  }
  void count(std::size_t words) const {
    if (words_.size() != words)
      bad(fmt::format("{} takes {} value{}, found {}", quoted_token(words_[0]), words - 1, words == 2 ? "" : "s",
                      words_.size() - 1));
  }
  int integer(std::size_t at, long long lo, long long hi) const {
    const std::string& t = words_[at];
    errno = 0;
    char* stop = nullptr;
    const long long v = std::strtoll(t.c_str(), &stop, 10);
    if (t.empty() || *stop != '\0' || errno == ERANGE || v < lo || v > hi)
      bad(fmt::format("{} {} is outside the allowed range [{}, {}]", words_[0], quoted_token(t), lo, hi));
    return static_cast<int>(v);
  }
  double real(std::size_t at) const {
    const std::string& t = words_[at];
    errno = 0;
    char* stop = nullptr;
    const double v = std::strtod(t.c_str(), &stop);
    if (t.empty() || *stop != '\0' || !std::isfinite(v))
      bad(fmt::format("{} {} is not a finite number", words_[0], quoted_token(t)));
    return v;
  }

  std::string where_;
  const ChainLimits& limits_;
  std::size_t line_ = 0;
  std::vector<std::string> words_;
};

// Loads a LibTorch archive from `bytes` into `value`, LibTorch's errors folded to one line.
template <typename Value>
void load_archive(Value& value, const std::string& bytes, const std::string& where) {
  try {
    torch::load(value, bytes.data(), bytes.size());
  } catch (const std::exception& e) {
    throw std::invalid_argument(where + ": not a tensor file written by nwgf run (" + short_torch_error(e) + ")");
  }
}

}  // namespace

std::int64_t generator_parameter_count(const GeneratorOptions& o) {
  // (d + k) w + w, then (depth - 1) (w w + w), then w d + d: generator.h's layers.
  const unsigned __int128 d = static_cast<unsigned>(std::max(o.d, 0)), w = static_cast<unsigned>(std::max(o.width, 0)),
                          k = static_cast<unsigned>(std::max(o.latent_size(), 0)),
                          hidden = static_cast<unsigned>(std::max(o.depth - 1, 0));
  const unsigned __int128 n = (d + k) * w + w + hidden * (w * w + w) + w * d + d;
  const unsigned __int128 most = static_cast<unsigned __int128>(std::numeric_limits<std::int64_t>::max());
  return static_cast<std::int64_t>(n > most ? most : n);
}

Chain Chain::load(const std::string& dir, const ChainFileReader& read, const ChainLimits& limits) {
  const auto where = [&](const std::string& name) { return dir + "/" + name; };
  const Manifest m = ManifestParser(where("chain.txt"), limits).parse(read("chain.txt", kManifestMaxBytes));
  // Every network of the chain has this many float32 parameters; bounded before any file is read
  // or any network allocated (a manifest declaring width 10^9 asks for 4 * 10^18 bytes).
  const std::int64_t parameters = generator_parameter_count(m.options);
  if (parameters > limits.max_parameters)
    throw std::invalid_argument(fmt::format(
        "{}: a network of d {}, latent {}, width {}, depth {} has {} parameters, more than the {} allowed",
        where("chain.txt"), m.options.d, m.options.latent_size(), m.options.width, m.options.depth, parameters,
        limits.max_parameters));
  const std::uintmax_t link_max_bytes = static_cast<std::uintmax_t>(limits.max_parameters) * 4 + kManifestMaxBytes;
  ChainStart start;
  if (m.start_kind == "profile") {
    try {
      start = ChainStart::profile(m.options.d, m.start_r, m.start_scale);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(where("chain.txt") + ": " + e.what());
    }
  } else {
    const std::string name = "start_points.pt";
    const std::string bytes = read(name, static_cast<std::uintmax_t>(limits.max_start_points) * 8 + kManifestMaxBytes);
    torch::Tensor pts;
    load_archive(pts, bytes, where(name));
    if (pts.dim() != 2 || pts.size(0) < 1 || pts.size(1) != m.options.d || !pts.is_floating_point())
      throw std::invalid_argument(fmt::format("{}: holds a tensor of shape {}, not M x d = M x {} floating-point "
                                              "points with M >= 1", where(name), fmt::join(pts.sizes(), " x "),
                                              m.options.d));
    if (!torch::isfinite(pts).all().item<bool>())
      throw std::invalid_argument(where(name) + ": holds a point that is not finite");
    start = ChainStart::uniform_on(pts);
  }
  Chain chain(m.options, start);
  for (const Manifest::Link& link : m.links) {
    const std::string name = fmt::format("link_{:04d}.pt", link.n);
    const std::string bytes = read(name, link_max_bytes);
    // The archive stores every parameter as float32: a file smaller than that cannot hold them,
    // and is refused before the network is allocated.
    if (static_cast<std::uint64_t>(bytes.size()) < static_cast<std::uint64_t>(parameters) * 4)
      throw std::invalid_argument(fmt::format("{}: {} bytes cannot hold the {} float32 parameters of the network "
                                              "chain.txt declares", where(name), bytes.size(), parameters));
    Generator g(m.options);
    load_archive(g, bytes, where(name));
    chain.append(g, link.keep_input, link.factor);
  }
  return chain;
}

}  // namespace nwgf::neural
