#include "suite/common/io_util.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/message_limits.h"

namespace nwgf::suite {

void make_directories(const std::string& path) {
  if (path.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) throw std::runtime_error("cannot create directory '" + path + "': " + ec.message());
}

namespace {

// Fault injection for the tests of what a full disk leaves behind (suite/study/tests): with
// NWGF_FAULT_WRITE_FAILS_AFTER=N in the environment, the first N atomic writes of the process
// succeed and every later one writes half its content to the temporary file and then fails as a
// full disk would (ENOSPC). Unset (always, outside those tests): no effect.
bool injected_write_failure() {
  static const long allowed = [] {
    const char* v = std::getenv("NWGF_FAULT_WRITE_FAILS_AFTER");
    if (!v || !*v) return -1L;
    char* end = nullptr;
    const long n = std::strtol(v, &end, 10);
    return (*end == '\0' && n >= 0) ? n : -1L;
  }();
  static std::atomic<long> writes{0};
  return allowed >= 0 && writes.fetch_add(1) >= allowed;
}

}  // namespace

void write_file_atomic(const std::string& path, const std::string& content) {
  const std::filesystem::path target(path);
  // Only a regular file is replaced: a rename over a device node, a FIFO, a socket or a symbolic
  // link would replace that, not write through it (commands check their outputs up front,
  // suite/common/output_path.h; this guards every write).
  std::error_code ec;
  const std::filesystem::file_status existing = std::filesystem::symlink_status(target, ec);
  if (std::filesystem::exists(existing) && existing.type() != std::filesystem::file_type::regular)
    throw std::runtime_error("cannot write '" + path + "': it exists and is not a regular file (not replaced)");
  if (target.has_parent_path()) make_directories(target.parent_path().string());
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write '" + tmp + "': " + std::strerror(errno));
    const bool fail = injected_write_failure();
    out.write(content.data(), static_cast<std::streamsize>(fail ? content.size() / 2 : content.size()));
    out.flush();
    if (fail) {
      out.close();
      std::remove(tmp.c_str());
      throw std::runtime_error("cannot write '" + tmp + "': " + std::strerror(ENOSPC) +
                               " (injected by NWGF_FAULT_WRITE_FAILS_AFTER)");
    }
    if (!out) {
      std::remove(tmp.c_str());
      throw std::runtime_error("cannot write '" + tmp + "': " + std::strerror(errno));
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(tmp.c_str());
    throw std::runtime_error("cannot rename '" + tmp + "' to '" + path + "': " + why);
  }
}

std::string read_file(const std::string& path, const InputKind& kind) { return read_input_file(path, kind); }

namespace {

// Where the parser is in the document, kept from its callbacks: the open arrays and objects,
// each object's keys so far (to refuse a duplicate) and each array's element count.
class JsonPosition {
 public:
  void open(bool object) { frames_.push_back(Frame{object, {}, {}, 0}); }
  // Arrays and objects open around the current position.
  std::size_t depth() const { return frames_.size(); }
  void close() {
    frames_.pop_back();
    element_done();
  }
  // A scalar or a closed container completed one element of an enclosing array.
  void element_done() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
  }
  // Records `key` in the innermost object; false when the object already has it.
  bool add_key(const std::string& key) {
    Frame& f = frames_.back();
    f.key = key;
    return f.keys.insert(key).second;
  }
  // The JSON pointer (RFC 6901) of the innermost object.
  std::string innermost_pointer() const {
    std::string out;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      out += "/" + (f.object ? excerpt(f.key, 40) : std::to_string(f.index));
    }
    return out;
  }

 private:
  struct Frame {
    bool object;
    std::set<std::string> keys;  // objects: keys so far
    std::string key;             // objects: the latest key
    std::size_t index;           // arrays: elements so far
  };
  std::vector<Frame> frames_;
};


// nlohmann's DOM builder behind a SAX handler that refuses nesting deeper than max_depth and a
// key repeated in one object as the parser reads them. (The parser's callback interface did the
// same, but nlohmann 3.11.2 rescans the enclosing container at every closed object there:
// quadratic, 2.5 minutes for a 58 MiB flow record; this is linear.)
class CheckedDomBuilder {
 public:
  using json = nlohmann::json;
  CheckedDomBuilder(json& result, const std::string& what, int max_depth)
      : dom_(result, true), what_(what), max_depth_(max_depth) {}

  bool null() { return done(dom_.null()); }
  bool boolean(bool v) { return done(dom_.boolean(v)); }
  bool number_integer(json::number_integer_t v) { return done(dom_.number_integer(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return done(dom_.number_unsigned(v)); }
  bool number_float(json::number_float_t v, const json::string_t& text) { return done(dom_.number_float(v, text)); }
  bool string(json::string_t& v) { return done(dom_.string(v)); }
  bool binary(json::binary_t& v) { return done(dom_.binary(v)); }
  bool start_object(std::size_t n) {
    open(true);
    return dom_.start_object(n);
  }
  bool key(json::string_t& k) {
    if (!position_.add_key(k)) {
      const std::string at = position_.innermost_pointer();
      throw UsageError(fmt::format("{}: duplicate key '{}' in the object {} (each key may appear once)", what_, excerpt(k),
                                   at.empty() ? std::string("at the top level") : "at " + at));
    }
    return dom_.key(k);
  }
  bool end_object() {
    position_.close();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) {
    open(false);
    return dom_.start_array(n);
  }
  bool end_array() {
    position_.close();
    return dom_.end_array();
  }
  template <class Exception>
  bool parse_error(std::size_t at, const std::string& token, const Exception& e) {
    return dom_.parse_error(at, token, e);  // throws e
  }

 private:
  bool done(bool ok) {
    position_.element_done();
    return ok;
  }
  void open(bool object) {
    if (static_cast<int>(position_.depth()) + 1 > max_depth_)
      throw UsageError(fmt::format("{}: JSON nested deeper than {} levels of arrays and objects (the limit "
                                   "for nwgf inputs)", what_, max_depth_));
    position_.open(object);
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  JsonPosition position_;
  const std::string& what_;
  int max_depth_;
};

}  // namespace

nlohmann::json parse_json(const std::string& text, const std::string& what, int max_depth) {
  nlohmann::json result;
  CheckedDomBuilder builder(result, what, max_depth);
  try {
    nlohmann::json::sax_parse(text, &builder);
    return result;
  } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for a number like 1E999
    // The parser's message quotes what it last read: an excerpt only (a 10 MB token stays out).
    throw UsageError(fmt::format("{}: not valid JSON ({})", what, excerpt(e.what(), 2 * kExcerptMaxChars)));
  }
}

nlohmann::json read_json_file(const std::string& path, const InputKind& kind, int max_depth) {
  return parse_json(read_file(path, kind), excerpt(path, kPathExcerptMaxChars), max_depth);
}

}  // namespace nwgf::suite
