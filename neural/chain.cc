#include "neural/chain.h"

#include <sys/stat.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

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

Chain Chain::load(const std::string& dir) {
  std::ifstream in(dir + "/chain.txt");
  if (!in) throw std::invalid_argument("--chain " + dir + ": no chain.txt there (not a saved chain)");
  std::string header;
  int version = 0;
  in >> header >> version;
  if (header != "nwgf-chain" || version != 1)
    throw std::invalid_argument("--chain " + dir + ": chain.txt is not an nwgf-chain 1 manifest");
  GeneratorOptions o;
  std::string start_kind;
  double start_r = 1, start_scale = 0;
  int steps = -1;
  struct Row { int n; int keep; double factor; };
  std::vector<Row> rows;
  std::string key;
  while (in >> key) {
    if (key == "d") in >> o.d;
    else if (key == "latent") in >> o.latent;
    else if (key == "width") in >> o.width;
    else if (key == "depth") in >> o.depth;
    else if (key == "activation") {
      std::string name;
      in >> name;
      const auto a = parse_activation(name);
      if (in && !a)
        throw std::invalid_argument("--chain " + dir + ": activation '" + name + "' is not one of " +
                                    std::string(kActivationNames));
      if (a) o.activation = *a;
    }
    else if (key == "start") in >> start_kind;
    else if (key == "start_r") in >> start_r;
    else if (key == "start_scale") in >> start_scale;
    else if (key == "steps") in >> steps;
    else if (key == "link") { Row row{}; in >> row.n >> row.keep >> row.factor; rows.push_back(row); }
    else throw std::invalid_argument("--chain " + dir + ": unknown manifest key '" + key + "'");
    if (!in) throw std::invalid_argument("--chain " + dir + ": malformed value for '" + key + "'");
  }
  if (steps < 0 || static_cast<int>(rows.size()) != steps)
    throw std::invalid_argument("--chain " + dir + ": manifest step count does not match its links");
  ChainStart start;
  if (start_kind == "profile") {
    start = ChainStart::profile(o.d, start_r, start_scale);
  } else if (start_kind == "points") {
    torch::Tensor pts;
    torch::load(pts, dir + "/start_points.pt");
    start = ChainStart::uniform_on(pts);
  } else {
    throw std::invalid_argument("--chain " + dir + ": unknown start '" + start_kind + "'");
  }
  Chain chain(o, start);
  for (const Row& row : rows) {
    Generator g(o);
    torch::load(g, link_file(dir, row.n));
    chain.append(g, row.keep != 0, row.factor);
  }
  return chain;
}

}  // namespace nwgf::neural
