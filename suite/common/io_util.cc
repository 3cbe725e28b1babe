#include "suite/common/io_util.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "suite/common/errors.h"

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

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read file '" + path + "': " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

nlohmann::json parse_json(const std::string& text, const std::string& what, int max_depth) {
  // The parser calls back with the depth of the enclosing containers (0 at the top level) when it
  // opens an array or an object; the new container sits at nesting level depth + 1.
  const nlohmann::json::parser_callback_t limit_depth = [&](int depth, nlohmann::json::parse_event_t event,
                                                            nlohmann::json&) {
    if ((event == nlohmann::json::parse_event_t::object_start ||
         event == nlohmann::json::parse_event_t::array_start) &&
        depth + 1 > max_depth)
      throw UsageError(fmt::format("{}: JSON nested deeper than {} levels of arrays and objects (the limit "
                                   "for nwgf inputs)", what, max_depth));
    return true;
  };
  try {
    return nlohmann::json::parse(text, limit_depth);
  } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for a number like 1E999
    throw UsageError(fmt::format("{}: not valid JSON ({})", what, e.what()));
  }
}

nlohmann::json read_json_file(const std::string& path, int max_depth) {
  return parse_json(read_file(path), path, max_depth);
}

}  // namespace nwgf::suite
