// main() of nwgf_bench: LibTorch on one intra-op thread (see bench_training.cc), then Google
// Benchmark's own flags (--benchmark_filter, --benchmark_format=json, --benchmark_repetitions, ...).
#include <benchmark/benchmark.h>

#include <torch/torch.h>

int main(int argc, char** argv) {
  torch::set_num_threads(1);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
