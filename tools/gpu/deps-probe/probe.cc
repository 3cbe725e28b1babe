// tools/gpu/deps-probe: one use of each dependency in tools/gpu/deps (see CMakeLists.txt).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <benchmark/benchmark.h>
#include <boost/math/quadrature/tanh_sinh.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

static void BM_Probe(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(boost::math::beta(2.0, 3.0));
}
BENCHMARK(BM_Probe)->Iterations(10);

int main(int argc, char** argv) {
  CLI::App app{"probe"};
  CLI11_PARSE(app, 1, argv);
  const double integral = boost::math::quadrature::tanh_sinh<double>().integrate([](double x) { return x * x; }, 0.0, 1.0);
  nlohmann::json j = {{"beta", boost::math::beta(2.0, 3.0)}, {"integral", integral}, {"zlib", zlibVersion()}};
  fmt::print("{}\n", j.dump());
  int w = 0, h = 0, c = 0;
  (void)stbi_info_from_memory(nullptr, 0, &w, &h, &c);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  doctest::Context context;
  return context.run();
}
