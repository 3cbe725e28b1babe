// The two generations of the fused kernels (neural/fused/kernels/fused_kernels.h) on every
// instruction set this CPU runs: the blocked GEMM (with its bias and activation stores), column
// sums and transpose give the baseline's bits on random operands of awkward shapes; the blocked
// pair pass matches a float64 evaluation and gives the same bits on the AVX2 and AVX-512 paths,
// so a whole iteration does; training runs with either generation agree to float32 rounding;
// Adam over the live ranges equals Adam over the padded array; the live ranges and the FLOP
// count of the reference network are what the layout says.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "analytic/kernel_isa.h"
#include "neural/fused/fused_adam.h"
#include "neural/fused/fused_mlp.h"
#include "neural/fused/fused_trainer.h"
#include "neural/fused/kernels/fused_kernels.h"

using namespace nwgf::neural;
namespace fk = nwgf::neural::fused_kernels;
using nwgf::analytic::KernelIsa;

namespace {

// Restores the detected instruction set and the default generation when a case ends.
struct KernelChoice {
  ~KernelChoice() {
    nwgf::analytic::set_kernel_isa(nwgf::analytic::detected_kernel_isa());
    fk::set_generation(fk::Generation::Blocked);
  }
};

template <typename T>
std::vector<T> normals(std::size_t n, unsigned seed) {
  std::mt19937 gen(seed);
  std::normal_distribution<double> normal(0.0, 1.0);
  std::vector<T> v(n);
  for (T& x : v) x = static_cast<T>(normal(gen));
  return v;
}

template <typename T>
bool same_bits(const T* a, const T* b, std::size_t n) {
  return std::memcmp(a, b, n * sizeof(T)) == 0;
}

// C = A B (+ bias), and H = act(C), by the blocked kernels, against the same sum computed in
// scalar code: every entry bias (or 0) plus its K products in order, through one FMA each on
// the FMA paths, a rounded product and a rounded sum on the x86-64 baseline. A is read as
// row-major (M x K) or as the transpose of a row-major (K x M) matrix (the weight gradient's
// operand). (The baseline kernels met this too except in their 1 x 1-vector block, which GCC
// compiled without FMA.)
template <typename T>
void check_gemm(int M, int N, int K, bool transposed_a, bool bias, FusedActivation act,
                bool with_h, bool fma) {
  CAPTURE(M);
  CAPTURE(N);
  CAPTURE(K);
  CAPTURE(transposed_a);
  CAPTURE(bias);
  CAPTURE(with_h);
  const int lda = (transposed_a ? M : K) + 3, ldb = N + 5, ldc = N + 7;
  const std::vector<T> a = normals<T>(static_cast<std::size_t>(transposed_a ? K : M) * lda, 1);
  const std::vector<T> b = normals<T>(static_cast<std::size_t>(K) * ldb, 2);
  const std::vector<T> bv = normals<T>(static_cast<std::size_t>(N), 3);
  const std::ptrdiff_t rs = transposed_a ? 1 : lda, ks = transposed_a ? lda : 1;
  std::vector<T> c(static_cast<std::size_t>(M) * ldc, T(0)), h(c.size(), T(0));
  fk::set_generation(fk::Generation::Blocked);
  fk::table<T>().gemm(M, N, K, a.data(), rs, ks, b.data(), ldb, c.data(), ldc,
                      bias ? bv.data() : nullptr, act, with_h ? h.data() : nullptr);
  bool same = true;
  for (int i = 0; i < M; ++i)
    for (int j = 0; j < N; ++j) {
      T acc = bias ? bv[j] : T(0);
      for (int k = 0; k < K; ++k) {
        const T x = a[i * rs + k * ks], y = b[static_cast<std::size_t>(k) * ldb + j];
        if (fma) {
          acc = std::fma(x, y, acc);
        } else {
          volatile T product = x * y;  // rounded, not fused into the add
          acc = acc + product;
        }
      }
      same = same && same_bits(&acc, &c[static_cast<std::size_t>(i) * ldc + j], 1);
      if (with_h && (act == FusedActivation::ReLU || act == FusedActivation::LeakyReLU)) {
        const T expected = acc > T(0) ? acc : (act == FusedActivation::ReLU ? T(0) : T(0.01) * acc);
        same = same && same_bits(&expected, &h[static_cast<std::size_t>(i) * ldc + j], 1);
      }
    }
  CHECK(same);
}

template <typename T>
void check_generations_agree(bool fma) {
  const int lanes = fk::active().vector_bytes / static_cast<int>(sizeof(T));  // this path's
  // Row counts around the row blocks (4 and 6), column counts of 1..5 and 8 vectors.
  for (int M : {1, 5, 6, 7, 13, 64, 200})
    for (int N : {lanes, 2 * lanes, 3 * lanes, 4 * lanes, 5 * lanes, 8 * lanes})
      for (int K : {1, 4, 64, 200}) {
        check_gemm<T>(M, N, K, false, true, FusedActivation::ReLU, true, fma);
        check_gemm<T>(M, N, K, true, false, FusedActivation::LeakyReLU, true, fma);
      }
  const int unit = 64 / static_cast<int>(sizeof(T));
  const int M = 37, N = 3 * unit, lda = N + 3;
  const std::vector<T> a = normals<T>(static_cast<std::size_t>(M) * lda, 4);
  std::vector<T> sums[2], tr[2];
  for (int g = 0; g < 2; ++g) {
    fk::set_generation(g == 0 ? fk::Generation::Baseline : fk::Generation::Blocked);
    sums[g].assign(N, T(-1));
    fk::table<T>().column_sums(M, N, a.data(), lda, sums[g].data());
    tr[g].assign(static_cast<std::size_t>(N) * (M + 2), T(-1));
    fk::table<T>().transpose(M, N, a.data(), lda, tr[g].data(), M + 2);
  }
  CHECK(same_bits(sums[0].data(), sums[1].data(), N));
  CHECK(same_bits(tr[0].data(), tr[1].data(), tr[0].size()));
  // The transpose is one: dst(o, i) = src(i, o).
  CHECK(tr[1][5 * (M + 2) + 7] == a[7 * lda + 5]);
}

// `iters` Adam iterations of a trainer with random parameters; its losses and final parameters.
template <typename T>
std::pair<std::vector<double>, std::vector<T>> train(FusedScheme scheme, fk::Generation g,
                                                     const FusedMlpShape& shape, int iters) {
  fk::set_generation(g);
  FusedTrainerOptions o;
  o.loss.scheme = scheme;
  o.width = shape.width;
  o.depth = shape.depth;
  o.activation = shape.activation;
  FusedTrainer<T> trainer(o, 4);
  FusedMlp<T>& mlp = trainer.mlp();
  const std::vector<T> p = normals<T>(mlp.parameter_count(), 5);
  for (const auto& [begin, end] : mlp.live_ranges())
    for (std::size_t e = begin; e < end; ++e) mlp.parameters()[e] = p[e] * T(0.2);
  const std::vector<T> x = normals<T>(2 * 500, 6);
  trainer.set_particles(x.data(), 500);
  std::vector<double> losses;
  for (int it = 0; it < iters; ++it) losses.push_back(trainer.iterate(0.05));
  return {losses, std::vector<T>(mlp.parameters(), mlp.parameters() + mlp.parameter_count())};
}

}  // namespace

TEST_CASE("blocked products are FMA chains in order; column sums and transposes give the baseline's bits") {
  KernelChoice restore;
  for (KernelIsa isa : nwgf::analytic::supported_kernel_isas()) {
    CAPTURE(std::string(nwgf::analytic::kernel_isa_name(isa)));
    nwgf::analytic::set_kernel_isa(isa);
    const bool fma = isa != KernelIsa::Generic;
    check_generations_agree<float>(fma);
    check_generations_agree<double>(fma);
  }
}

TEST_CASE("the network's forward and backward passes give the baseline's bits on every path") {
  KernelChoice restore;
  // The reference network (its 2-wide output layer's weight gradient taken transposed), a
  // width that is no multiple of any SIMD width, a wide output, and float64.
  const std::vector<FusedMlpShape> shapes = {{4, 64, 2, 2, FusedActivation::ReLU},
                                             {4, 20, 3, 3, FusedActivation::Tanh},
                                             {3, 40, 2, 40, FusedActivation::LeakyReLU},
                                             {5, 33, 1, 1, FusedActivation::Softplus}};
  for (KernelIsa isa : nwgf::analytic::supported_kernel_isas())
    for (const FusedMlpShape& shape : shapes) {
      CAPTURE(std::string(nwgf::analytic::kernel_isa_name(isa)));
      CAPTURE(shape.width);
      CAPTURE(shape.out);
      nwgf::analytic::set_kernel_isa(isa);
      const int n = 200;
      std::vector<float> out[2], grads[2];
      std::vector<double> grads64[2];
      for (int g = 0; g < 2; ++g) {
        fk::set_generation(g == 0 ? fk::Generation::Baseline : fk::Generation::Blocked);
        FusedMlp<float> mlp(shape, n);
        FusedMlp<double> mlp64(shape, n);
        const std::vector<float> p = normals<float>(mlp.parameter_count(), 21);
        for (const auto& [begin, end] : mlp.live_ranges())
          for (std::size_t e = begin; e < end; ++e) mlp.parameters()[e] = 0.3f * p[e];
        const std::vector<double> p64 = normals<double>(mlp64.parameter_count(), 21);
        for (const auto& [begin, end] : mlp64.live_ranges())
          for (std::size_t e = begin; e < end; ++e) mlp64.parameters()[e] = 0.3 * p64[e];
        const std::vector<float> input = normals<float>(static_cast<std::size_t>(n) * shape.in, 22);
        const std::vector<float> dout = normals<float>(static_cast<std::size_t>(n) * shape.out, 23);
        const float* o = mlp.forward(input.data(), n);
        out[g].assign(o, o + static_cast<std::size_t>(n) * shape.out);
        mlp.backward(dout.data(), n);
        grads[g].assign(mlp.gradients(), mlp.gradients() + mlp.parameter_count());
        const std::vector<double> input64(input.begin(), input.end()), dout64(dout.begin(), dout.end());
        mlp64.forward(input64.data(), n);
        mlp64.backward(dout64.data(), n);
        grads64[g].assign(mlp64.gradients(), mlp64.gradients() + mlp64.parameter_count());
      }
      CHECK(same_bits(out[0].data(), out[1].data(), out[0].size()));
      CHECK(same_bits(grads[0].data(), grads[1].data(), grads[0].size()));
      CHECK(same_bits(grads64[0].data(), grads64[1].data(), grads64[0].size()));
    }
}

TEST_CASE("the pair pass's sums, fields and coinciding counts match a float64 evaluation") {
  KernelChoice restore;
  // n x m pairs with m not a multiple of the 16 lanes, a few coinciding pairs (b_j = a_i), on
  // every path and for r = 1 (square root) and r = 1.5 (exp / log).
  const int n = 23, m = 37;
  for (KernelIsa isa : nwgf::analytic::supported_kernel_isas())
    for (int d : {1, 2, 3, 5})
      for (double r : {1.0, 1.5}) {
        CAPTURE(std::string(nwgf::analytic::kernel_isa_name(isa)));
        CAPTURE(d);
        CAPTURE(r);
        nwgf::analytic::set_kernel_isa(isa);
        const int ldb = 48;  // m rounded up to 16
        std::vector<float> a = normals<float>(static_cast<std::size_t>(n) * d, 11);
        std::vector<float> b(static_cast<std::size_t>(ldb) * d, 0.0f);
        const std::vector<float> bn = normals<float>(static_cast<std::size_t>(m) * d, 12);
        for (int j = 0; j < m; ++j)
          for (int k = 0; k < d; ++k) b[k * ldb + j] = bn[j * d + k];
        for (int k = 0; k < d; ++k) {  // b_4 = a_2, b_30 = a_2, b_31 = a_7: three coinciding pairs
          b[k * ldb + 4] = a[2 * d + k];
          b[k * ldb + 30] = a[2 * d + k];
          b[k * ldb + 31] = a[7 * d + k];
        }
        std::vector<float> ga(static_cast<std::size_t>(n) * d), gb(b.size(), 0.0f), counts(n);
        std::vector<float> sq(std::max(ldb, 16 * d)), w(ldb);
        const double sum = fk::table<float>().pair_pass(a.data(), n, b.data(), ldb, m, d, r, ga.data(),
                                                        gb.data(), counts.data(), sq.data(), w.data());
        double sum64 = 0.0, worst = 0.0;
        std::vector<double> gb64(b.size(), 0.0);
        for (int i = 0; i < n; ++i) {
          std::vector<double> ga64(d, 0.0);
          int coinciding = 0;
          for (int j = 0; j < m; ++j) {
            double s2 = 0.0;
            for (int k = 0; k < d; ++k) {
              const double u = static_cast<double>(a[i * d + k]) - b[k * ldb + j];
              s2 += u * u;
            }
            if (s2 < kFusedCoincide) {
              ++coinciding;
              continue;
            }
            sum64 += std::pow(s2, 0.5 * r);
            const double wij = r * std::pow(s2, 0.5 * r - 1.0);
            for (int k = 0; k < d; ++k) {
              const double f = wij * (static_cast<double>(a[i * d + k]) - b[k * ldb + j]);
              ga64[k] += f;
              gb64[k * ldb + j] -= f;
            }
          }
          CHECK(counts[i] == static_cast<float>(coinciding));
          for (int k = 0; k < d; ++k) worst = std::max(worst, std::abs(ga[i * d + k] - ga64[k]));
        }
        for (int k = 0; k < d; ++k)
          for (int j = 0; j < m; ++j) worst = std::max(worst, std::abs(gb[k * ldb + j] - gb64[k * ldb + j]));
        // Fields are sums of up to 37 terms of size ~1 in float32: 1e-4 absolute is ~100 roundings.
        CHECK(worst < 1e-4);
        CHECK(std::abs(sum - sum64) < 1e-5 * sum64);
      }
}

TEST_CASE("an iteration's loss, gradients and Adam step are the same bits on the AVX2 and AVX-512 paths") {
  KernelChoice restore;
  const auto isas = nwgf::analytic::supported_kernel_isas();
  if (std::find(isas.begin(), isas.end(), KernelIsa::Avx512) == isas.end()) {
    MESSAGE("skipped: this CPU has no AVX-512 path to compare the AVX2 path with");
    return;
  }
  // Given batches and latent draws (the random stream's Box-Muller calls libmvec, whose AVX2
  // and AVX-512 variants may differ in the last bit), r = 1.
  for (FusedScheme scheme : {FusedScheme::Backward, FusedScheme::Forward}) {
    std::vector<float> grads[2], params[2];
    double losses[2];
    for (int p = 0; p < 2; ++p) {
      nwgf::analytic::set_kernel_isa(p == 0 ? KernelIsa::Avx2 : KernelIsa::Avx512);
      FusedTrainerOptions o;
      o.loss.scheme = scheme;
      FusedTrainer<float> trainer(o, 4);
      FusedMlp<float>& mlp = trainer.mlp();
      const std::vector<float> p0 = normals<float>(mlp.parameter_count(), 5);
      for (const auto& [begin, end] : mlp.live_ranges())
        for (std::size_t e = begin; e < end; ++e) mlp.parameters()[e] = p0[e] * 0.2f;
      const std::vector<float> x = normals<float>(2 * 200, 6), z = normals<float>(2 * 200, 7);
      losses[p] = trainer.loss_and_gradients(x.data(), z.data(), nullptr, 0, 0.05);
      grads[p].assign(mlp.gradients(), mlp.gradients() + mlp.parameter_count());
      trainer.adam().step(mlp.parameters(), mlp.gradients());
      params[p].assign(mlp.parameters(), mlp.parameters() + mlp.parameter_count());
    }
    CHECK(losses[0] == losses[1]);
    CHECK(same_bits(grads[0].data(), grads[1].data(), grads[0].size()));
    CHECK(same_bits(params[0].data(), params[1].data(), params[0].size()));
  }
}

TEST_CASE("training runs with the blocked and the baseline kernels agree to float32 rounding") {
  KernelChoice restore;
  // The products give the same bits (above); the pair passes sum in other orders, so the runs
  // drift apart by roundings: after 30 iterations the losses agree to 1e-4 relative (measured
  // 1e-6 to 1e-5; a wrong field or gradient would differ at order 1).
  for (FusedMlpShape shape : {FusedMlpShape{4, 64, 2, 2, FusedActivation::ReLU},
                              FusedMlpShape{4, 20, 3, 2, FusedActivation::Tanh}}) {
    CAPTURE(shape.width);
    for (FusedScheme scheme : {FusedScheme::Backward, FusedScheme::Forward}) {
      const auto baseline = train<float>(scheme, fk::Generation::Baseline, shape, 30);
      const auto blocked = train<float>(scheme, fk::Generation::Blocked, shape, 30);
      double worst = 0.0;
      for (std::size_t it = 0; it < baseline.first.size(); ++it)
        worst = std::max(worst, std::abs(baseline.first[it] - blocked.first[it]) /
                                    std::max(1e-3, std::abs(baseline.first[it])));
      CHECK(worst < 1e-4);
    }
  }
}

TEST_CASE("Adam over the live ranges takes the full update's steps") {
  KernelChoice restore;
  const FusedMlpShape shape{4, 20, 2, 3, FusedActivation::ReLU};
  FusedMlp<float> mlp(shape, 1);
  // Gradients and parameters non-zero on live entries only, as the engine keeps them.
  const std::vector<float> g = normals<float>(mlp.parameter_count(), 7);
  const std::vector<float> p0 = normals<float>(mlp.parameter_count(), 8);
  std::vector<float> grads(mlp.parameter_count(), 0.0f), params(mlp.parameter_count(), 0.0f);
  for (const auto& [begin, end] : mlp.live_ranges())
    for (std::size_t e = begin; e < end; ++e) {
      grads[e] = g[e];
      params[e] = p0[e];
    }
  FusedAdam<float> full(mlp.parameter_count(), FusedAdamOptions{});
  FusedAdam<float> live(mlp.parameter_count(), FusedAdamOptions{});
  live.set_live_ranges(mlp.live_ranges());
  std::vector<float> pf = params, pl = params;
  for (int step = 0; step < 10; ++step) {
    full.step(pf.data(), grads.data());
    live.step(pl.data(), grads.data());
  }
  CHECK(same_bits(pf.data(), pl.data(), pf.size()));
  CHECK(same_bits(full.second_moment(), live.second_moment(), pf.size()));
  CHECK(pf != params);  // the steps moved the parameters
}

TEST_CASE("bad live ranges are refused with the offending range") {
  FusedAdam<float> adam(100, FusedAdamOptions{});
  CHECK_THROWS_WITH_AS(adam.set_live_ranges({{10, 10}}), doctest::Contains("[10, 10)"),
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(adam.set_live_ranges({{0, 101}}), doctest::Contains("[0, 101)"),
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(adam.set_live_ranges({{20, 30}, {25, 40}}), doctest::Contains("[25, 40)"),
                       std::invalid_argument);
}

TEST_CASE("the live ranges are the layout's non-padding entries") {
  // 4-64-64-2 in float32 (rows padded to 16): layers 0 and 1 have no padding (64 columns), so
  // they and the first 2 entries of the output layer's first row form one range of
  // (4 + 1) 64 + (64 + 1) 64 + 2 = 4482 entries; each of the output layer's 64 further rows of
  // 16 holds 2 live entries.
  const FusedMlp<float> mlp({4, 64, 2, 2, FusedActivation::ReLU}, 1);
  const auto ranges = mlp.live_ranges();
  REQUIRE(ranges.size() == 1 + 64);
  CHECK(ranges[0] == std::make_pair(std::size_t{0}, std::size_t{4482}));
  CHECK(ranges[1] == std::make_pair(std::size_t{4496}, std::size_t{4498}));
  CHECK(ranges.back() == std::make_pair(std::size_t{4480 + 64 * 16}, std::size_t{4480 + 64 * 16 + 2}));
  CHECK(mlp.parameter_count() == 4480 + 65 * 16);
}

TEST_CASE("the reference iteration's matrix products are 5.27 MFLOP") {
  // 2 n (3 sum_l in_l out_l - in_0 out_0) with n = 200 and in_l out_l = 4 * 64, 64 * 64, 64 * 2:
  // 2 * 200 * (3 * 4480 - 256) = 5273600.
  const FusedMlp<float> mlp({4, 64, 2, 2, FusedActivation::ReLU}, 200);
  CHECK(mlp.training_flops(200) == 5273600.0);
}
