// The report of a flow folder (suite/flow/flow_report.h).
#include "suite/flow/flow_report.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/json_fields.h"
#include "suite/common/format.h"
#include "suite/common/io_util.h"
#include "suite/common/message_limits.h"

namespace nwgf::suite {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr long long kMaxCount = 1LL << 40;  // counts in a record (particles, iterations, steps)

// ---- Parsing: flow.json into FlowRecord, every field checked -------------------------------------

const JsonFields kRead("corrupt flow record");  // suite/common/json_fields.h

bool has(const json& j, const char* key) { return JsonFields::has(j, key); }
double positive(const json& j, const std::string& where, const char* key) {
  const double v = kRead.number(j, where, key);
  if (!(std::isfinite(v) && v > 0)) kRead.refuse(where, key, "is not a finite number > 0");
  return v;
}
std::uint64_t seed_of(const json& j, const std::string& where, const char* key) {
  return static_cast<std::uint64_t>(kRead.whole(j, where, key, 0, std::numeric_limits<long long>::max()));
}

// A file the report shows: a plain name in the folder ([A-Za-z0-9_.+-], not starting with '.')
// ending in one of the page's image types; `allow_null`: null or missing is "" (no file).
std::string image_name(const json& j, const std::string& where, const char* key, bool allow_null) {
  if (allow_null && !has(j, key)) return "";
  const std::string name = kRead.text(j, where, key);
  const bool plain = !name.empty() && name.size() <= 255 && name.front() != '.' &&
                     std::all_of(name.begin(), name.end(), [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' || c == '-';
                     });
  const auto ends = [&](const std::string& ext) {
    return name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (!plain || !(ends(".png") || ends(".gif")))
    kRead.refuse(where, key, "is not the name of a .png or .gif file in the folder (letters, digits, _ . + -)");
  return name;
}

std::vector<FlowStepRecord> steps_of(const json& run, const std::string& where) {
  std::vector<FlowStepRecord> steps;
  const json& list_json = kRead.list(run, where, "steps");
  for (std::size_t i = 0; i < list_json.size(); ++i) {
    const std::string at = fmt::format("{}.steps[{}]", where, i);
    FlowStepRecord s;
    s.n = static_cast<int>(kRead.whole(list_json[i], at, "n", 0, 1 << 30));
    if (s.n != static_cast<int>(i)) kRead.refuse(at, "n", fmt::format("is {}; the steps are numbered 0, 1, 2, ...", s.n));
    s.t = kRead.number(list_json[i], at, "t");
    if (!std::isfinite(s.t)) kRead.refuse(at, "t", "is not a finite number");
    s.mmd2 = kRead.number(list_json[i], at, "mmd2");
    steps.push_back(s);
  }
  return steps;
}

FlowRunRecord run_of(const json& run, const std::string& where, const FlowRecord& record) {
  FlowRunRecord r;
  r.scheme = kRead.text(run, where, "scheme");
  r.tau = record.version == 1 ? record.tau : positive(run, where, "tau");
  r.seed = record.version == 1 ? record.seed : seed_of(run, where, "seed");
  if (record.version >= 2) {
    const std::string role = kRead.text(run, where, "role");
    if (role != "main" && role != "floor") kRead.refuse(where, "role", "is neither \"main\" nor \"floor\"");
    r.floor = role == "floor";
  }
  const std::string status = kRead.text(run, where, "status");
  if (status != "ok" && status != "failed") kRead.refuse(where, "status", "is neither \"ok\" nor \"failed\"");
  r.ok = status == "ok";
  r.failure = r.ok ? "" : kRead.text_or(run, where, "failure", "failed");
  r.steps = steps_of(run, where);
  r.wall_s = kRead.number(kRead.field(run, where, "summary"), where + ".summary", "wall_s");
  const json& snapshots = kRead.list(run, where, "snapshots");
  for (std::size_t i = 0; i < snapshots.size(); ++i) {
    const std::string at = fmt::format("{}.snapshots[{}]", where, i);
    FlowSnapshotRecord s;
    s.n = static_cast<int>(kRead.whole(snapshots[i], at, "n", 0, 1 << 30));
    if (s.n >= static_cast<int>(r.steps.size())) kRead.refuse(at, "n", fmt::format("is {}, beyond the run's steps", s.n));
    s.t = kRead.number(snapshots[i], at, "t");
    if (!std::isfinite(s.t)) kRead.refuse(at, "t", "is not a finite number");
    s.file = image_name(snapshots[i], at, "file", false);
    r.snapshots.push_back(std::move(s));
  }
  r.animation = image_name(run, where, "animation", true);
  return r;
}

FlowDistanceRecord distance_of(const json& d, const std::string& where) {
  FlowDistanceRecord r;
  r.method = kRead.text(d, where, "method");
  const std::string at = where + ".analysis";
  const json& a = kRead.field(d, where, "analysis");
  r.status = kRead.text(a, at, "status");
  r.reason = kRead.text_or(a, at, "reason", "");
  r.differences = kRead.numbers(a, at, "differences");
  r.floors = has(a, "floors") ? kRead.numbers(a, at, "floors") : std::vector<double>{};
  r.observed_order = kRead.number_or_nan(a, at, "observed_order");
  r.order_stderr = kRead.number_or_nan(a, at, "order_stderr");
  r.richardson_error = kRead.number_or_nan(a, at, "richardson_error");
  r.gci_fine = kRead.number_or_nan(a, at, "gci_fine");
  r.asymptotic_ratio = kRead.number_or_nan(a, at, "asymptotic_ratio");
  return r;
}

FlowSelfConvergenceRecord self_convergence_of(const json& e, const std::string& where) {
  FlowSelfConvergenceRecord r;
  r.scheme = kRead.text(e, where, "scheme");
  r.status = kRead.text(e, where, "status");
  r.reason = kRead.text_or(e, where, "reason", "");
  r.taus = kRead.numbers(e, where, "taus");
  if (has(e, "distances")) {
    const json& d = kRead.field(e, where, "distances");
    const std::string at = where + ".distances";
    r.w2 = distance_of(kRead.field(d, at, "w2"), at + ".w2");
    r.mmd = distance_of(kRead.field(d, at, "mmd"), at + ".mmd");
  }
  return r;
}

void read_config(const json& c, FlowRecord& r) {
  const std::string at = "config";
  r.preset = kRead.text_or(c, at, "preset", "");
  r.target_spec = kRead.text(c, at, "target");
  r.start_spec = kRead.text(c, at, "start");
  for (const json& s : kRead.list(c, at, "schemes")) {
    if (!s.is_string()) kRead.refuse(at, "schemes", "holds a value that is not a string");
    r.schemes.push_back(s.get<std::string>());
  }
  r.tau = positive(c, at, "tau");
  if (r.version >= 2 && has(c, "taus")) {
    r.taus = kRead.numbers(c, at, "taus");
    for (double t : r.taus)
      if (!(std::isfinite(t) && t > 0)) kRead.refuse(at, "taus", "holds a step size that is not a finite number > 0");
  }
  r.T = positive(c, at, "T");
  if (!(r.T / r.tau <= 1e9)) kRead.refuse(at, "T", "is more than 10^9 steps of tau");
  r.r = positive(c, at, "r");
  r.particles = kRead.whole(c, at, "particles", 1, kMaxCount);
  r.seed = seed_of(c, at, "seed");
  r.iters = kRead.whole(c, at, "iters", 0, kMaxCount);
  r.batch = kRead.whole(c, at, "batch", 0, kMaxCount);
  r.width = kRead.whole(c, at, "width", 0, kMaxCount);
  r.depth = kRead.whole(c, at, "depth", 0, kMaxCount);
  r.step_batch = kRead.whole(c, at, "step_batch", 0, kMaxCount);
  r.target_samples = kRead.whole(c, at, "target_samples", 0, kMaxCount);
  r.grid_images = kRead.whole(c, at, "grid_images", 1, kMaxCount);
  r.max_frames = kRead.whole(c, at, "max_frames", 1, kMaxCount);
  r.lr = kRead.number(c, at, "lr");
  r.eps = kRead.number(c, at, "eps");
  r.activation = kRead.text_or(c, at, "activation", "");
  r.engine = kRead.text_or(c, at, "engine", "");
}

void read_measures(const json& j, FlowRecord& r) {
  const json& t = kRead.field(j, "", "target");
  r.target_kind = kRead.text(t, "target", "kind");
  r.target_source = kRead.text_or(t, "target", "source", "");
  r.dim = kRead.whole(t, "target", "dim", 1, kMaxCount);
  r.target_points = kRead.whole(t, "target", "points", 1, kMaxCount);
  if (has(t, "image_shape")) {
    const json& shape = kRead.list(t, "target", "image_shape");
    if (shape.size() != 2) kRead.refuse("target", "image_shape", "is not a list of two whole numbers");
    for (const json& x : shape)
      if (!x.is_number_integer() || x.get<long long>() < 1 || x.get<long long>() > (1 << 24))
        kRead.refuse("target", "image_shape", "is not a list of two whole numbers in [1, 2^24]");
    r.image_rows = shape[0].get<long long>();
    r.image_columns = shape[1].get<long long>();
  }
  const json& s = kRead.field(j, "", "start");
  r.start_kind = kRead.text(s, "start", "kind");
  r.start_particles = kRead.whole(s, "start", "particles", 1, kMaxCount);
}

void read_provenance(const json& j, FlowRecord& r) {
  if (!has(j, "provenance")) return;
  const json& p = kRead.field(j, "", "provenance");
  const std::string at = "provenance";
  r.provenance.git_commit = kRead.text_or(p, at, "git_commit", "");
  r.provenance.compiler = kRead.text_or(p, at, "compiler", "");
  r.provenance.libtorch_version = kRead.text_or(p, at, "libtorch_version", "");
  r.provenance.device = kRead.text_or(p, at, "device", "");
  r.provenance.threads = has(p, "threads") ? static_cast<int>(kRead.whole(p, at, "threads", 0, 1 << 20)) : 0;
  r.provenance.start_time = kRead.text_or(p, at, "start_time", "");
  r.provenance.nwgf_version = kRead.text_or(p, at, "nwgf_version", "");
  r.provenance.kernel_isa = kRead.text_or(p, at, "kernel_isa", "");
}

// ---- Writing: the Markdown ----------------------------------------------------------------------

// Text from the record on one line (control characters become spaces).
std::string one_line(const std::string& s) {
  std::string t = s;
  for (char& c : t)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return t;
}
// Such text in Markdown: on one line, the characters that would open a link, an image, a code
// span or emphasis ([ ] ` * and the backslash) escaped, so that a scheme name or a failure cannot
// change the page's structure (raw HTML the page shows as text anyway); in a table cell '|' too.
std::string md_text(const std::string& s) {
  std::string t;
  for (char c : one_line(s)) {
    if (c == '[' || c == ']' || c == '`' || c == '*' || c == '\\') t += '\\';
    t += c;
  }
  return t;
}
std::string md_cell(const std::string& s) {
  std::string t;
  for (char c : md_text(s)) t += c == '|' ? std::string("\\|") : std::string(1, c);
  return t;
}
// A code span holding `s` (one more backtick than any run inside it, spaced when needed).
std::string code(const std::string& s) {
  std::size_t longest = 0, run = 0;
  for (char c : s) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string ticks(longest + 1, '`');
  const bool pad = longest > 0 || s.empty();
  return ticks + (pad ? " " : "") + one_line(s) + (pad ? " " : "") + ticks;
}
std::string code_cell(const std::string& s) {
  std::string t;
  for (char c : code(s)) t += c == '|' ? std::string("\\|") : std::string(1, c);
  return t;
}

// Numbers: 3 significant digits, "–" for none.
std::string g3(double v) { return std::isfinite(v) ? format_g(v, 3) : "–"; }
// Times, step sizes and settings: 6 significant digits, no exponent below 10^6 ("40", "0.1").
std::string num(double v) { return std::isfinite(v) ? fmt::format("{:g}", v) : "–"; }
std::string taus_text(const std::vector<double>& taus) {
  std::string s;
  for (double t : taus) s += (s.empty() ? "" : ", ") + num(t);
  return s;
}
std::string order_text(double order, double stderr_) {
  if (!std::isfinite(order)) return "–";
  return std::isfinite(stderr_) ? fmt::format("{:.2f} ± {:.2f}", order, stderr_) : fmt::format("{:.2f}", order);
}

// The scheme's name in prose ("the backward scheme", "the particle flow").
std::string scheme_words(const std::string& scheme) {
  return scheme == "particle" ? "the particle flow" : "the " + md_text(scheme) + " scheme";
}

// How D^2 went from start to final: "84.1× lower" (start / final), "1.15× higher" (final / start,
// where it rose: not "0.872× lower"); "– lower" when that is no number.
std::string change_text(double start, double final_) {
  if (!(std::isfinite(start) && std::isfinite(final_) && final_ > 0 && start > 0)) return "– lower";
  if (final_ > start) return fmt::format("{}× higher", format_g(final_ / start, 3));
  return fmt::format("{}× lower", format_g(start / final_, 3));
}

// Whether `file` is an image the page can show: inside the folder (symlinks resolved as
// html_page resolves them) and a regular file.
class FolderImages {
 public:
  explicit FolderImages(const std::string& dir) : folder_(dir, "flow folder") {}
  bool present(const std::string& file) const {
    if (file.empty()) return false;
    try {
      std::error_code ec;
      return fs::is_regular_file(folder_.resolve(file), ec);
    } catch (const UsageError&) {
      return false;
    }
  }

 private:
  InputFolder folder_;
};

struct Writer {
  const FlowRecord& record;
  const FolderImages images;
  std::ostringstream md;
  std::set<std::string> missing;  // images flow.json names that the folder lacks

  // An image paragraph and its caption; "" with the file noted as missing when the folder lacks it.
  std::string figure(const std::string& file, const std::string& alt, const std::string& caption) {
    if (file.empty()) return "";
    if (!images.present(file)) {
      missing.insert(file);
      return "";
    }
    return fmt::format("![{}]({})\n\n*Figure:* {}\n\n", alt, file, caption);
  }
  std::string horizon() const { return fmt::format("T = {}", num(record.T)); }
  double finest_tau() const { return record.tau; }
};

void title(Writer& w) {
  const FlowRecord& r = w.record;
  w.md << fmt::format("# Flow {}{} → {}\n\n", r.preset.empty() ? "" : code(r.preset) + ": ", code(r.start_spec),
                      code(r.target_spec));
}

// One scheme's sentence of the verdict.
std::string run_sentence(const FlowRunRecord& run, const FlowRecord& r) {
  const double start = run.mmd2_start(), final_ = run.mmd2_final();
  std::string s = fmt::format("**{}** took D² from {} at t = 0", md_text(run.scheme), g3(start));
  if (run.ok)
    s += fmt::format(" to {} at T = {}, {}", g3(final_), num(r.T), change_text(start, final_));
  else
    s += fmt::format(" to {} at t = {}, where it failed after {} step{}", g3(final_),
                     run.steps.empty() ? "–" : num(run.steps.back().t), run.steps_done(), run.steps_done() == 1 ? "" : "s");
  s += fmt::format(", rising in {} of {} step{} ({} s).", run.rises(), run.steps_done(), run.steps_done() == 1 ? "" : "s",
                   format_g(run.wall_s, 3));
  return s;
}

// "order 0.98 ± 0.05" or the status ("no order").
std::string self_convergence_words(const FlowSelfConvergenceRecord& e) {
  if (e.w2 && std::isfinite(e.w2->observed_order))
    return fmt::format("{}, W2 order {}", md_text(e.status), order_text(e.w2->observed_order, e.w2->order_stderr));
  return md_text(e.status);
}

void verdict(Writer& w) {
  const FlowRecord& r = w.record;
  const auto runs = r.main_runs();
  w.md << "## Verdict\n\n"
       << fmt::format("D² is the squared MMD of the particles to the target, exact for the two empirical measures "
                      "(docs/math.md section 1): it includes the sampling error of {} particles and {} target points, "
                      "so it does not reach 0 and is read over time. From t = 0 to {} at τ = {}:",
                      r.start_particles, r.target_points, w.horizon(), num(w.finest_tau()));
  for (const FlowRunRecord* run : runs) w.md << " " << run_sentence(*run, r);
  if (runs.empty()) w.md << " no run recorded.\n\n";
  if (r.has_self_convergence && !r.self_convergence.empty()) {
    w.md << fmt::format(" Self-convergence over τ = {} (W2 between the solutions at successive step sizes at T, against "
                        "the seed-to-seed floor; see below): ",
                        taus_text(r.taus));
    for (std::size_t i = 0; i < r.self_convergence.size(); ++i)
      w.md << (i ? "; " : "") << md_text(r.self_convergence[i].scheme) << " "
           << self_convergence_words(r.self_convergence[i]);
    w.md << ".";
  }
  if (!runs.empty()) w.md << "\n\n";
  std::vector<std::string> failed, not_fallen;
  for (const FlowRunRecord& run : r.runs) {
    const std::string which = r.taus.empty() ? md_text(run.scheme)
                                             : fmt::format("{} at τ = {}{}", md_text(run.scheme), num(run.tau),
                                                           run.floor ? " (seed + 1)" : "");
    if (!run.ok) failed.push_back(fmt::format("{}: {}", which, md_text(run.failure)));
    else if (!(run.mmd2_final() < run.mmd2_start())) not_fallen.push_back(which);
  }
  if (!failed.empty())
    w.md << fmt::format("> **Warning:** {} failed: {}. Its D² and pictures stop where it failed.\n\n",
                        failed.size() == 1 ? "a run" : fmt::format("{} runs", failed.size()), fmt::join(failed, "; "));
  if (!not_fallen.empty())
    w.md << fmt::format("> **Warning:** D² did not fall from t = 0 to T for {}: the flow did not approach the target "
                        "(step size, training or the start).\n\n",
                        fmt::join(not_fallen, ", "));
}

void settings(Writer& w) {
  const FlowRecord& r = w.record;
  const long long steps = std::llround(r.T / r.tau);
  w.md << "## Settings\n\n| | |\n|---|---|\n";
  if (!r.preset.empty()) w.md << fmt::format("| preset | {} |\n", code_cell(r.preset));
  std::string target = fmt::format("{}: {}, {} points in d = {}", code_cell(r.target_spec), md_cell(r.target_kind),
                                    r.target_points, r.dim);
  if (r.image_rows > 0) target += fmt::format(" ({} × {} images)", r.image_rows, r.image_columns);
  if (!r.target_source.empty()) target += fmt::format(", from {}", code_cell(r.target_source));
  w.md << fmt::format("| target | {} |\n", target)
       << fmt::format("| start | {}: {}, {} particles |\n", code_cell(r.start_spec), md_cell(r.start_kind),
                      r.start_particles);
  std::vector<std::string> schemes;
  for (const std::string& s : r.schemes) schemes.push_back(md_cell(s));
  w.md << fmt::format("| schemes | {} |\n", fmt::join(schemes, ", "));
  if (r.taus.empty())
    w.md << fmt::format("| step size τ, final time T | {}, {} ({} steps) |\n", num(r.tau), num(r.T), steps);
  else
    w.md << fmt::format("| step sizes τ, final time T | {} (self-convergence; pictures at τ = {}), {} ({} steps at the "
                        "finest) |\n",
                        taus_text(r.taus), num(r.tau), num(r.T), steps);
  w.md << fmt::format("| Riesz exponent r | {} |\n", num(r.r))
       << fmt::format("| network (neural schemes) | width {}, depth {}{} |\n", r.width, r.depth,
                      r.activation.empty() ? "" : ", " + md_cell(r.activation))
       << fmt::format("| training (neural schemes) | {} Adam iterations per step, learning rate {}, batch {}{} |\n",
                      r.iters, num(r.lr), r.batch, r.engine.empty() ? "" : ", engine " + md_cell(r.engine))
       << fmt::format("| forward scheme | eps {}, step batch {} |\n", num(r.eps), r.step_batch)
       << fmt::format("| seed | {}{} |\n", r.seed, r.taus.empty() ? "" : fmt::format(" (noise floor: {})", r.seed + 1));
  const Provenance& p = r.provenance;
  const auto or_unknown = [](const std::string& s) { return s.empty() ? std::string("?") : md_cell(s); };
  w.md << fmt::format("| provenance | commit {}, {}, LibTorch {}, {}, {} threads{}, {} |\n",
                      p.git_commit.empty() ? "?" : code_cell(p.git_commit), or_unknown(p.compiler),
                      or_unknown(p.libtorch_version), or_unknown(p.device), p.threads,
                      p.kernel_isa.empty() ? "" : ", kernels " + md_cell(p.kernel_isa), or_unknown(p.start_time))
       << fmt::format("| record | `flow.json`, schema nwgf-flow/{} |\n\n", r.version);
}

// The step of `run` at time t, or -1 when t is not one of its steps.
int step_at(const FlowRunRecord& run, double t) {
  const double x = t / run.tau;
  const long long n = std::llround(x);
  if (std::abs(x - static_cast<double>(n)) > 1e-6 || n < 0 || n >= static_cast<long long>(run.steps.size())) return -1;
  return static_cast<int>(n);
}

// The times of the D^2 table: the snapshots' (of the main runs), else 0, T/4, T/2, 3T/4, T at the
// finest step size.
std::vector<double> table_times(const FlowRecord& r) {
  std::vector<double> times;
  for (const FlowRunRecord* run : r.main_runs())
    for (const FlowSnapshotRecord& s : run->snapshots) times.push_back(s.n * run->tau);
  if (times.empty()) {
    const long long steps = std::llround(r.T / r.tau);
    for (int k = 0; k <= 4; ++k) times.push_back(static_cast<double>(std::llround(steps * k / 4.0)) * r.tau);
  }
  std::sort(times.begin(), times.end());
  std::vector<double> unique;
  for (double t : times)
    if (unique.empty() || std::abs(t - unique.back()) > 1e-9 * std::max(1.0, std::abs(t))) unique.push_back(t);
  return unique;
}

void mmd_table(Writer& w) {
  const FlowRecord& r = w.record;
  if (r.runs.empty()) return;
  const std::vector<double> times = table_times(r);
  const bool sweep = !r.taus.empty();
  w.md << "## D² over time\n\n"
       << "The squared MMD to the target at the snapshot times"
       << (sweep ? ", every run of the sweep (seed + 1: the finest τ again from another seed, the noise floor)" : "")
       << "; every step's value is in `flow.json`.\n\n";
  w.md << "| scheme |" << (sweep ? " τ | seed |" : "");
  for (double t : times) w.md << fmt::format(" t = {} |", num(t));
  w.md << " steps where D² rose | wall s |\n|---|" << (sweep ? "---|---|" : "");
  for (std::size_t i = 0; i < times.size(); ++i) w.md << "---|";
  w.md << "---|---|\n";
  for (const FlowRunRecord& run : r.runs) {
    w.md << "| " << md_cell(run.scheme) << (run.ok ? "" : " (failed)") << " |";
    if (sweep) w.md << fmt::format(" {} | {} |", num(run.tau), run.seed);
    for (double t : times) {
      const int n = step_at(run, t);
      w.md << " " << (n < 0 ? "–" : g3(run.steps[n].mmd2)) << " |";
    }
    w.md << fmt::format(" {} of {} | {} |\n", run.rises(), run.steps_done(), format_g(run.wall_s, 3));
  }
  w.md << "\n";
}

void plots(Writer& w) {
  const FlowRecord& r = w.record;
  if (r.mmd_plot.empty() && r.target_plot.empty()) {
    w.md << "## Plots\n\n_No plots: the flow ran with `--no-plots`._\n\n";
    return;
  }
  w.md << "## Plots\n\n";
  w.md << w.figure(r.mmd_plot, "squared MMD to the target over time",
                   fmt::format("D² to the target after every step, {} (log scale). Each curve should fall and level "
                               "off at the sampling error of the particles and target points; a curve that rises or "
                               "jumps marks steps where the scheme moved away from the target.",
                               r.taus.empty() ? "every scheme" : "every scheme at every τ"));
  w.md << w.figure(r.target_plot, "the target",
           r.image_rows > 0
               ? fmt::format("the target: the first {} of its {} images. The snapshots below should come to look "
                             "like them.",
                             std::min(r.grid_images, r.target_points), r.target_points)
               : fmt::format("the target ({}, {} points). The particles in the snapshots below should gather on it.",
                             md_text(r.target_kind), r.target_points));
}

// A run's snapshots ordered by time (their order in flow.json kept among equal times), so that a
// row of the snapshot table finds its picture by binary search (a scan of every snapshot per row
// is quadratic: 8 * 10^4 snapshots took 10 s, the 6 * 10^5 a 64 MiB flow.json can hold minutes).
std::vector<std::size_t> snapshots_by_time(const FlowRunRecord& run) {
  std::vector<std::size_t> order(run.snapshots.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return run.snapshots[a].t < run.snapshots[b].t; });
  return order;
}

// The snapshot of `run` at time t (the last one listed within 1e-9 relative of t), or nullptr.
// `order`: snapshots_by_time(run).
const FlowSnapshotRecord* snapshot_at(const FlowRunRecord& run, const std::vector<std::size_t>& order, double t) {
  const double tol = 1e-9 * std::max(1.0, std::abs(t));
  // Twice the tolerance around t bounds the search; the test itself is the one of each snapshot.
  auto it = std::lower_bound(order.begin(), order.end(), t - 2 * tol,
                             [&](std::size_t i, double x) { return run.snapshots[i].t < x; });
  const FlowSnapshotRecord* found = nullptr;
  std::size_t found_index = 0;
  for (; it != order.end() && run.snapshots[*it].t <= t + 2 * tol; ++it)
    if (std::abs(run.snapshots[*it].t - t) <= tol && (!found || *it > found_index)) {
      found = &run.snapshots[*it];
      found_index = *it;
    }
  return found;
}

void snapshots(Writer& w) {
  const FlowRecord& r = w.record;
  const auto runs = r.main_runs();
  std::vector<double> times;
  for (const FlowRunRecord* run : runs)
    for (const FlowSnapshotRecord& s : run->snapshots) times.push_back(s.t);
  if (times.empty()) return;
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end(),
                          [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a)); }),
              times.end());
  w.md << "## Snapshots\n\n"
       << (r.image_rows > 0 ? fmt::format("The first {} particles of each scheme as images, ", r.grid_images)
                            : std::string("The particles of each scheme (the target's points in the background), "))
       << fmt::format("at the snapshot times{}.\n\n", r.taus.empty() ? "" : fmt::format(" of the finest τ = {}", num(r.tau)));
  std::string table = "| t |";
  for (const FlowRunRecord* run : runs) table += " " + md_cell(run->scheme) + " |";
  table += "\n|---|";
  for (std::size_t i = 0; i < runs.size(); ++i) table += "---|";
  table += "\n";
  // A row per time with at least one picture in the folder; the others are named in the note.
  std::vector<std::vector<std::size_t>> orders;
  for (const FlowRunRecord* run : runs) orders.push_back(snapshots_by_time(*run));
  int shown = 0;
  for (double t : times) {
    std::string row = "| " + num(t) + " |";
    bool any = false;
    for (std::size_t k = 0; k < runs.size(); ++k) {
      const FlowRunRecord* run = runs[k];
      const FlowSnapshotRecord* snap = snapshot_at(*run, orders[k], t);
      if (!snap) {
        row += " – |";
      } else if (!w.images.present(snap->file)) {
        w.missing.insert(snap->file);
        row += " not in the folder |";
      } else {
        row += fmt::format(" ![{}, t = {}]({}) |", md_cell(run->scheme), num(t), snap->file);
        any = true;
        ++shown;
      }
    }
    if (any) table += row + "\n";
  }
  if (shown == 0) {
    w.md << "_None of the snapshots is in this folder._\n\n";
    return;
  }
  w.md << table << "\n"
       << fmt::format("*Figure:* the particles at the snapshot times, a row per time t, a column per scheme; the "
                      "title of each picture gives its D². {}\n\n",
                      r.image_rows > 0 ? "They should turn from the start into images like the target's."
                                       : "They should move from the start onto the target.");
}

void animations(Writer& w) {
  const auto runs = w.record.main_runs();
  const bool any = std::any_of(runs.begin(), runs.end(), [](const FlowRunRecord* run) { return !run->animation.empty(); });
  if (!any) return;
  std::string shown;
  for (const FlowRunRecord* run : runs)
    shown += w.figure(run->animation, fmt::format("{} flow", md_text(run->scheme)),
                      fmt::format("{} from t = 0 to {}, animated (at most {} frames, steps strided to fit).",
                                  scheme_words(run->scheme), w.horizon(), w.record.max_frames));
  w.md << "## Animations\n\n" << (shown.empty() ? "_None of the animations is in this folder._\n\n" : shown);
}

void self_convergence(Writer& w) {
  const FlowRecord& r = w.record;
  if (!r.has_self_convergence) return;
  w.md << "## Self-convergence\n\n"
       << fmt::format("Every scheme ran at τ = {} from the same seed (coupled runs from the same start particles), and "
                      "once more at the finest τ from seed + 1. The distance between the solutions at successive step "
                      "sizes at T should shrink like τ^p for a scheme of order p; the same distance between the two "
                      "seeds is the noise floor, and differences within twice it give no order (docs/math.md "
                      "8.14-8.15). The verdict uses W2; the MMD's self terms understate the order of coupled particle "
                      "sets.\n\n",
                      taus_text(r.taus));
  w.md << w.figure(r.selfconv_plot, "self-convergence: W2 between successive solutions at T",
           fmt::format("W2 at {} between the solutions at τ and τ/ratio against the coarser τ, per scheme, with its "
                       "seed-to-seed floor. A curve falling parallel to a line of slope p above its floor shows order p; "
                       "one at or below the floor shows noise, not the scheme.",
                       w.horizon()));
  if (r.self_convergence.empty()) return;
  w.md << "| scheme | status | W2 differences at T | W2 floor | W2 order | MMD order | Richardson W2 error, finest | "
          "GCI fine | asymptotic ratio | W2 method |\n|---|---|---|---|---|---|---|---|---|---|\n";
  for (const FlowSelfConvergenceRecord& e : r.self_convergence) {
    if (!e.w2 || !e.mmd) {
      w.md << fmt::format("| {} | {} | – | – | – | – | – | – | – | – |\n", md_cell(e.scheme), md_cell(e.status));
      continue;
    }
    std::vector<std::string> diffs;
    for (double d : e.w2->differences) diffs.push_back(g3(d));
    w.md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", md_cell(e.scheme), md_cell(e.status),
                        fmt::join(diffs, ", "), g3(e.w2->floors.empty() ? kNaN : e.w2->floors.back()),
                        order_text(e.w2->observed_order, e.w2->order_stderr),
                        order_text(e.mmd->observed_order, e.mmd->order_stderr), g3(e.w2->richardson_error),
                        g3(e.w2->gci_fine), g3(e.w2->asymptotic_ratio), md_cell(e.w2->method));
  }
  w.md << "\n";
  for (const FlowSelfConvergenceRecord& e : r.self_convergence)
    if (!e.reason.empty()) w.md << fmt::format("- {}: {}\n", md_text(e.scheme), md_text(e.reason));
  w.md << "\n";
}

void missing_note(Writer& w) {
  if (w.missing.empty()) return;
  std::vector<std::string> names;
  for (const std::string& f : w.missing) names.push_back(code(f));
  w.md << fmt::format("_Not in this folder, though `flow.json` lists {}: {}._\n\n",
                      w.missing.size() == 1 ? "it" : "them", fmt::join(names, ", "));
}

}  // namespace

double FlowRunRecord::mmd2_start() const { return steps.empty() ? kNaN : steps.front().mmd2; }
double FlowRunRecord::mmd2_final() const { return steps.empty() ? kNaN : steps.back().mmd2; }
int FlowRunRecord::steps_done() const { return steps.empty() ? 0 : static_cast<int>(steps.size()) - 1; }
int FlowRunRecord::rises() const {
  int count = 0;
  for (std::size_t i = 1; i < steps.size(); ++i) count += steps[i].mmd2 > steps[i - 1].mmd2;
  return count;
}

std::vector<const FlowRunRecord*> FlowRecord::main_runs() const {
  std::vector<const FlowRunRecord*> out;
  for (const FlowRunRecord& run : runs)
    if (!run.floor && std::abs(run.tau - tau) <= 1e-9 * tau) out.push_back(&run);
  return out;
}

FlowRecord flow_record_from_json(const json& j, const std::string& source) {
  try {
    FlowRecord r;
    const std::string schema = kRead.text(j, "", "schema");
    if (schema == "nwgf-flow/1") r.version = 1;
    else if (schema == "nwgf-flow/2") r.version = 2;
    else kRead.refuse("", "schema", "is neither \"nwgf-flow/1\" nor \"nwgf-flow/2\"");
    read_config(kRead.field(j, "", "config"), r);
    read_measures(j, r);
    read_provenance(j, r);
    const json& runs = kRead.list(j, "", "runs");
    for (std::size_t i = 0; i < runs.size(); ++i) r.runs.push_back(run_of(runs[i], fmt::format("runs[{}]", i), r));
    if (r.version >= 2 && has(j, "self_convergence")) {
      r.has_self_convergence = true;
      const json& entries = kRead.list(j, "", "self_convergence");
      for (std::size_t i = 0; i < entries.size(); ++i)
        r.self_convergence.push_back(self_convergence_of(entries[i], fmt::format("self_convergence[{}]", i)));
    }
    r.mmd_plot = image_name(j, "", "mmd_plot", true);
    r.target_plot = image_name(j, "", "target_plot", true);
    if (r.version >= 2) r.selfconv_plot = image_name(j, "", "selfconv_plot", true);
    return r;
  } catch (const UsageError& e) {
    // "corrupt flow record: .schema ..." reads as "<source>: corrupt flow record: schema ...".
    std::string what = e.what();
    const std::string dot = "corrupt flow record: .";
    if (what.rfind(dot, 0) == 0) what = "corrupt flow record: " + what.substr(dot.size());
    throw UsageError(excerpt(source, kPathExcerptMaxChars) + ": " + what);
  }
}

FlowRecord read_flow_record(const std::string& dir) {
  const std::string path = dir + "/flow.json";
  return flow_record_from_json(read_json_file(path, kFlowRecordFile), path);
}

std::string flow_report_markdown(const FlowRecord& record, const std::string& dir) {
  Writer w{record, FolderImages(dir), {}, {}};
  title(w);
  verdict(w);
  settings(w);
  mmd_table(w);
  plots(w);
  snapshots(w);
  animations(w);
  self_convergence(w);
  missing_note(w);
  return w.md.str();
}

std::string write_flow_report(const FlowRecord& record, const std::string& dir) {
  const std::string path = dir + "/report.md";
  write_file_atomic(path, flow_report_markdown(record, dir));
  return path;
}

}  // namespace nwgf::suite
