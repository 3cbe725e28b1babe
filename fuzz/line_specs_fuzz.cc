// libFuzzer target: start and target specs of the exact line family (analytic/line/specs.h:
// dirac:x, diracs:x1;x2 with optional @weights, uniform:a,b, gaussian:m,s, mix:A@w|B@w) and
// --levels lists, as `nwgf analytic --family line` and study cells of the family read them, and
// the same bytes as the text of a cdf: and a quantile: table file (parse_line_table). A parsed
// measure is also evaluated (quantile, CDF, support), as the exact flow does first.
#include <cmath>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "analytic/line/specs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nwgf::analytic::line;
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const LineRole role : {LineRole::kStart, LineRole::kTarget}) {
    nwgf::fuzz::expect_clean_refusal([&] {
      const auto m = parse_line_measure(text, role, "--fuzz");
      const auto [lo, hi] = m.support();
      if (!(lo <= hi)) std::abort();
      const double q = m.quantile(0.5);
      if (std::isnan(q) || m.cdf(q) < 0.0 || m.cdf(q) > 1.0) std::abort();
    });
  }
  for (const LineTableKind kind : {LineTableKind::kCdf, LineTableKind::kQuantile}) {
    nwgf::fuzz::expect_clean_refusal([&] {
      const auto m = parse_line_table(text, kind, "--fuzz file");
      const double q = m.quantile(0.5);
      if (std::isnan(q) || m.cdf(q) < 0.0 || m.cdf(q) > 1.0) std::abort();
    });
  }
  nwgf::fuzz::expect_clean_refusal([&] {
    for (const double s : parse_line_levels(text, "--levels"))
      if (!(s > 0.0 && s < 1.0)) std::abort();
  });
  return 0;
}
