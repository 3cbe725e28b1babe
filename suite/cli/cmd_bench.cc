// nwgf bench [benchmark args]: runs the Google Benchmark program nwgf_bench (suite/bench/) that
// is built beside nwgf, passing every argument through (e.g. --benchmark_filter=Training
// --benchmark_format=json --benchmark_repetitions=5). The program is looked up as $NWGF_BENCH,
// else "nwgf_bench" in the directory of the running nwgf; it replaces this process (exec), so
// its exit status and output are nwgf bench's.
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "suite/common/errors.h"
#include "suite/cli/commands.h"

namespace nwgf::suite {

namespace {

std::string bench_path() {
  if (const char* env = std::getenv("NWGF_BENCH"); env && *env) return env;
  std::vector<char> buf(4096);
  const ssize_t len = ::readlink("/proc/self/exe", buf.data(), buf.size() - 1);
  if (len <= 0) return "nwgf_bench";  // fall back to PATH lookup
  std::string self(buf.data(), static_cast<std::size_t>(len));
  const std::size_t slash = self.rfind('/');
  return (slash == std::string::npos ? std::string() : self.substr(0, slash + 1)) + "nwgf_bench";
}

}  // namespace

void add_bench_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand(
      "bench",
      "Run the Google Benchmark program nwgf_bench (training iterations fused vs LibTorch, "
      "scheme steps, particle flow, exact pair sums, analytic); all arguments go to it, e.g. "
      "--benchmark_format=json --benchmark_filter=Training");
  sub->allow_extras();
  sub->prefix_command();
  sub->callback([sub]() {
    const std::string path = bench_path();
    std::vector<std::string> args = {path};
    for (const std::string& a : sub->remaining()) args.push_back(a);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (path.find('/') != std::string::npos) ::execv(path.c_str(), argv.data());
    else ::execvp(path.c_str(), argv.data());
    throw std::runtime_error("cannot run " + path + ": " + std::strerror(errno) +
                             " (build the nwgf_bench target, or set NWGF_BENCH)");
  });
}

}  // namespace nwgf::suite
