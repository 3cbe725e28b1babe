#include "suite/common/output_path.h"

#include <unistd.h>

#include <system_error>

#include <fmt/format.h>

#include "suite/common/errors.h"

namespace nwgf::suite {

namespace fs = std::filesystem;

namespace {

constexpr const char* kJson = ".json";
constexpr const char* kLockSuffix = ".lock";

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string without_trailing_slashes(std::string s) {
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

Sibling lock_sibling() { return {kLockSuffix, OutputKind::kFile, {}, "lock file"}; }

// Every sibling suffix, with what it holds, for the name check.
std::vector<Sibling> all_siblings() { return {partial_sibling(), runs_sibling(), chain_sibling(), lock_sibling()}; }

// The kind of a file, in words.
std::string type_in_words(fs::file_type t) {
  switch (t) {
    case fs::file_type::regular: return "a regular file";
    case fs::file_type::directory: return "a folder";
    case fs::file_type::symlink: return "a symbolic link";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    default: return "not a regular file";
  }
}

bool exists_unfollowed(const fs::path& p) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(p, ec));
}

std::string markers_in_words(const std::vector<std::string>& markers) {
  std::string s;
  for (std::size_t i = 0; i < markers.size(); ++i)
    s += (i == 0 ? "" : i + 1 == markers.size() ? " or " : ", ") + markers[i];
  return s;
}

std::string folder_allowed(const std::vector<std::string>& markers) {
  return markers.empty() ? "allowed: a folder or a new path in a writable folder"
                         : "allowed: a new path in a writable folder, an empty folder, or a folder holding a "
                           "previous " + markers_in_words(markers);
}

constexpr const char* kFileAllowed = "allowed: a regular file (replaced) or a new path in a writable folder";

// What stands at `path` is acceptable as an output of this kind; otherwise the reason.
std::string unusable_reason(const fs::path& path, OutputKind kind, const std::vector<std::string>& markers) {
  std::error_code ec;
  if (kind == OutputKind::kFile) {
    const fs::file_status st = fs::symlink_status(path, ec);
    if (!fs::exists(st) || st.type() == fs::file_type::regular) return "";
    return fmt::format("is {}; {}", type_in_words(st.type()), kFileAllowed);
  }
  const fs::file_status st = fs::status(path, ec);
  if (!fs::exists(st)) return exists_unfollowed(path) ? "is a symbolic link to nothing; " + folder_allowed(markers) : "";
  if (st.type() != fs::file_type::directory)
    return fmt::format("exists and is {}, not a folder; {}", type_in_words(st.type()), folder_allowed(markers));
  if (!markers.empty() && !fs::is_empty(path, ec)) {
    bool ours = false;
    for (const auto& m : markers) ours = ours || exists_unfollowed(path / m);
    if (!ours)
      return fmt::format("is a folder nwgf did not write (not empty, no {} in it); {}", markers_in_words(markers),
                         folder_allowed(markers));
  }
  if (::access(path.c_str(), W_OK | X_OK) != 0) return "is a folder that is not writable";
  return "";
}

// The folder `path` goes in must exist and be a writable folder; otherwise the reason.
std::string parent_reason(const std::string& path) {
  fs::path p = fs::absolute(path).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  const fs::path up = p.parent_path();
  std::error_code ec;
  const fs::file_status st = fs::status(up, ec);
  if (!fs::exists(st))
    return fmt::format("cannot be created: the folder '{}' does not exist (nwgf creates no folders above an output; "
                       "create it first)", up.string());
  if (st.type() != fs::file_type::directory)
    return fmt::format("cannot be created: '{}' above it is {}, not a folder", up.string(), type_in_words(st.type()));
  if (::access(up.c_str(), W_OK | X_OK) != 0)
    return fmt::format("cannot be written: the folder '{}' is not writable", up.string());
  return "";
}

// The siblings an output writes: those it keeps and, unless it is itself a sibling, its lock.
std::vector<Sibling> kept_and_lock(const Output& o) {
  std::vector<Sibling> s = o.siblings;
  if (!o.is_sibling) s.push_back(lock_sibling());
  return s;
}

// A path an output writes: the output itself or one of its siblings.
struct Written {
  fs::path canonical;
  OutputKind kind;
  std::string name;  // in messages: "" for the output itself, else "its lock file 'o/x.lock'"
};

std::vector<Written> written_paths(const Output& o) {
  std::vector<Written> w{{canonical_path(o.path), o.kind, ""}};
  for (const Sibling& s : kept_and_lock(o)) {
    const std::string p = sibling_path(o.path, s.suffix);
    w.push_back({canonical_path(p), s.kind, fmt::format("its {} '{}'", s.what, p)});
  }
  return w;
}

[[noreturn]] void refuse(const Output& o, const std::string& why) {
  throw UsageError(fmt::format("{} '{}' {}", o.option, o.path, why));
}

void check_one(const Output& o) {
  if (o.path.empty())
    refuse(o, o.kind == OutputKind::kFile ? "is empty: give the file to write" : "is empty: give the folder to write");
  for (char c : o.path)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      refuse(o, "holds a control character (a newline, a tab, ...): scripts and reports could not name it; give a "
                "path without one");
  if (o.kind == OutputKind::kFile && o.path.back() == '/') refuse(o, "ends in '/', a folder; give the file to write");
  if (const std::string why = unusable_reason(o.path, o.kind, o.markers); !why.empty()) refuse(o, why);
  if (const std::string why = parent_reason(o.path); !why.empty()) refuse(o, why);
  const std::string name = fs::path(without_trailing_slashes(o.path)).filename().string();
  if (!o.is_sibling)
    for (const Sibling& s : all_siblings())
      if (ends_with(name, s.suffix))
        refuse(o, fmt::format("ends in '{}', the name nwgf gives the {} of another output ('{}'); choose another name",
                              s.suffix, s.what,
                              without_trailing_slashes(o.path).substr(0, without_trailing_slashes(o.path).size() -
                                                                            s.suffix.size()) + kJson));
  for (const Sibling& s : kept_and_lock(o)) {
    const std::string p = sibling_path(o.path, s.suffix);
    if (const std::string why = unusable_reason(p, s.kind, s.markers); !why.empty())
      refuse(o, fmt::format("cannot be written: its {} '{}' {}", s.what, p, why));
  }
  if (o.kind == OutputKind::kFile && !o.siblings.empty()) {
    const std::string path = without_trailing_slashes(o.path);
    const bool json = ends_with(path, kJson) && path.size() > std::string(kJson).size();
    const std::string twin = json ? path.substr(0, path.size() - std::string(kJson).size()) : path + kJson;
    if (exists_unfollowed(twin)) {
      std::string shared;
      for (const Sibling& s : o.siblings) shared += (shared.empty() ? "" : ", ") + sibling_path(path, s.suffix);
      refuse(o, fmt::format("shares its {} with '{}', which exists beside it: give '{}' to replace that output, or "
                            "choose another name", shared, twin, twin));
    }
  }
}

// An output and its siblings against one input.
void check_against_input(const Output& o, const std::string& input) {
  const fs::path in = canonical_path(input);
  for (const Written& w : written_paths(o)) {
    const std::string what = w.name.empty() ? "" : ": " + w.name;
    if (w.canonical == in) refuse(o, fmt::format("cannot be written{} is the input '{}'", what.empty() ? ": it" : what, input));
    if (path_within(w.canonical, in))
      refuse(o, fmt::format("cannot be written{} lies inside the input '{}'", what.empty() ? ": it" : what, input));
    if (w.kind == OutputKind::kFolder && path_within(in, w.canonical))
      refuse(o, fmt::format("cannot be written{} holds the input '{}', which writing there could replace",
                            what.empty() ? ": it" : what, input));
  }
}

// Two outputs of one command must not overlap.
void check_apart(const Output& a, const Output& b) {
  for (const Written& x : written_paths(a))
    for (const Written& y : written_paths(b))
      if (path_within(x.canonical, y.canonical) || path_within(y.canonical, x.canonical))
        throw UsageError(fmt::format("{} '{}' and {} '{}' overlap ({} and {}): give them apart", a.option, a.path,
                                     b.option, b.path, x.canonical.string(), y.canonical.string()));
}

}  // namespace

Sibling partial_sibling() { return {".partial.json", OutputKind::kFile, {}, "partial file"}; }
Sibling runs_sibling() { return {".runs", OutputKind::kFolder, {}, "run folders"}; }
Sibling chain_sibling() { return {".chain", OutputKind::kFolder, {"chain.txt"}, "chain folder"}; }

Output file_output(const std::string& option, const std::string& path, std::vector<Sibling> siblings) {
  Output o;
  o.option = option;
  o.path = path;
  o.siblings = std::move(siblings);
  return o;
}

Output folder_output(const std::string& option, const std::string& path, std::vector<std::string> markers) {
  Output o;
  o.option = option;
  o.path = path;
  o.kind = OutputKind::kFolder;
  o.markers = std::move(markers);
  return o;
}

std::string sibling_path(const std::string& out, const std::string& suffix) {
  const std::string path = without_trailing_slashes(out);
  const std::string ext = kJson;
  if (path.size() > ext.size() && ends_with(path, ext)) return path.substr(0, path.size() - ext.size()) + suffix;
  return path + suffix;
}

fs::path canonical_path(const std::string& path) {
  const fs::path absolute = fs::absolute(without_trailing_slashes(path));
  std::error_code ec;
  fs::path c = fs::weakly_canonical(absolute, ec);
  if (ec) c = absolute.lexically_normal();
  if (!c.has_filename() && c != c.root_path()) c = c.parent_path();
  return c;
}

bool path_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i)
    if (i == inner.end() || *i != *o) return false;
  return true;
}

void check_outputs(const std::vector<Output>& outputs, const std::vector<std::string>& inputs) {
  for (const Output& o : outputs) {
    check_one(o);
    for (const std::string& input : inputs)
      if (!input.empty()) check_against_input(o, input);
  }
  for (std::size_t i = 0; i < outputs.size(); ++i)
    for (std::size_t j = i + 1; j < outputs.size(); ++j) check_apart(outputs[i], outputs[j]);
}

}  // namespace nwgf::suite
