// Tests of the line specs added for Gaussian starts, mixtures and tables (analytic/line/specs.h):
// gaussian:m,s as a start, mix:A@w|B@w|... against LineMeasure::mixture built here and CDF sums,
// cdf:PATH and quantile:PATH through a reader written here (tables parsed against the CDF and
// quantile written by hand: atoms from repeated x, gaps from repeated s), and every bad spec or
// table refused with one line naming the value (and the line of a table).
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "analytic/line/measure.h"
#include "analytic/line/specs.h"
#include "testing/tolerances.h"

using namespace nwgf::analytic::line;

namespace {

// A reader over an in-memory map of files; an unknown path is refused naming it.
class MapFiles final : public LineSpecFiles {
 public:
  explicit MapFiles(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  std::string read(const std::string& path) const override {
    const auto it = files_.find(path);
    if (it == files_.end()) throw std::invalid_argument("file '" + path + "' not found");
    return it->second;
  }

 private:
  std::map<std::string, std::string> files_;
};

template <typename F>
std::string refusal(F f) {
  try {
    f();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("gaussian:m,s is a start as well as a target") {
  const LineMeasure g = parse_line_measure("gaussian:1,2", LineRole::kStart, "--start");
  REQUIRE(g.kind() == LineMeasure::Kind::kGaussian);
  CHECK(g.mean() == 1.0);
  CHECK(g.sigma() == 2.0);
}

TEST_CASE("mix: specs are the weighted mixtures of their components") {
  const LineMeasure m = parse_line_measure("mix:gaussian:-1,0.5@3|diracs:0@1;1@3@2|uniform:2,3@5", LineRole::kTarget,
                                           "--target");
  REQUIRE(m.kind() == LineMeasure::Kind::kMixture);
  for (double x = -3.0; x <= 4.0; x += 0.125) {
    // 0.3 N(-1, 0.25) + 0.2 (delta_0 / 4 + 3 delta_1 / 4) + 0.5 U[2, 3], summed by hand.
    const double g = 0.5 * std::erfc(-(x + 1.0) / (0.5 * M_SQRT2));
    const double atoms = (x >= 0.0 ? 0.25 : 0.0) + (x >= 1.0 ? 0.75 : 0.0);
    const double u = std::min(std::max(x - 2.0, 0.0), 1.0);
    CHECK_ABS(m.cdf(x), 0.3 * g + 0.2 * atoms + 0.5 * u, nwgf::tolerance::kClosedForm);
  }
  // Without a Gaussian: piecewise linear, the atoms' weights as written.
  const LineMeasure pl = parse_line_measure("mix:dirac:0@1|dirac:2@3", LineRole::kStart, "--start");
  REQUIRE(pl.kind() == LineMeasure::Kind::kPiecewiseLinear);
  CHECK(pl.cdf(0.0) == 0.25);
  CHECK(pl.cdf(1.9) == 0.25);
  CHECK(pl.cdf(2.0) == 1.0);
  // Spaces around the parts are allowed.
  const LineMeasure sp = parse_line_measure(" mix: gaussian:0,1 @ 1 | dirac:3 @ 1 ", LineRole::kStart, "--start");
  CHECK(sp.kind() == LineMeasure::Kind::kMixture);
}

TEST_CASE("bad mix: specs are refused with one line naming the component and the value") {
  struct Bad {
    const char* spec;
    const char* mentions;
  };
  const Bad cases[] = {
      {"mix:gaussian:0,1|dirac:0@1", "component 1: 'gaussian:0,1' has no weight"},
      {"mix:gaussian:0,1@0|dirac:0@1", "component 1: weight 0 is outside the allowed range (0, inf)"},
      {"mix:gaussian:0,1@-1|dirac:0@1", "weight -1 is outside the allowed range (0, inf)"},
      {"mix:gaussian:0,1@x", "'x' is not a number"},
      {"mix:gaussian:0,-1@1", "standard deviation s = -1"},
      {"mix:mix:dirac:0@1@1", "a mixture inside a mixture"},
      {"mix:", "has no weight"},
      {"mix:bogus:1@1", "'bogus:1' is not a target of the line family"},
      {"mix:dirac:0@1e400", "out of range"},
      // A component below kMinMixtureShare of the total weight (1e-13 of it here).
      {"mix:dirac:0@1e13|uniform:0,1@1", "component 2: weight 1 is 1e-13 of the total; allowed: at least 1e-12 of it"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.spec);
    const std::string msg = refusal([&] { parse_line_measure(c.spec, LineRole::kTarget, "--target"); });
    CAPTURE(msg);
    CHECK(msg.find(c.mentions) != std::string::npos);
    CHECK(msg.find("--target") != std::string::npos);
    CHECK(msg.find('\n') == std::string::npos);
  }
}

TEST_CASE("cdf: and quantile: tables: atoms, gaps, comments, commas and CRLF") {
  const MapFiles files(std::map<std::string, std::string>{
      // F linear 0 -> 0.5 on [0, 1], an atom of 0.25 at 1 (repeated x), flat to 2, then to 1 at 3.
      {"c.txt", "# x F\n0 0\n1, 0.5\n1 0.75\r\n\n2\t0.75\n3 1\n"},
      // Q linear from -1 to 0 on s in [0, 0.5], an atom at 0 of mass 0.25 (repeated Q), a gap
      // from 0 to 2 at s = 0.75 (repeated s), then linear to 3.
      {"q.txt", "0 -1\n0.5 0\n0.75 0\n0.75 2\n1 3\n"},
  });
  const LineMeasure c = parse_line_measure("cdf:c.txt", LineRole::kTarget, "--target", &files);
  CHECK(c.cdf(0.5) == 0.25);
  CHECK(c.cdf_left(1.0) == 0.5);
  CHECK(c.cdf(1.0) == 0.75);
  CHECK(c.cdf(1.5) == 0.75);
  CHECK(c.cdf(2.5) == 0.875);
  CHECK(c.quantile(0.6) == 1.0);
  const LineMeasure q = parse_line_measure("quantile:q.txt", LineRole::kStart, "--start", &files);
  CHECK(q.quantile(0.25) == -0.5);
  CHECK(q.quantile(0.6) == 0.0);
  CHECK(q.quantile(0.75) == 0.0);
  CHECK_ABS(q.quantile(0.875), 2.5, nwgf::tolerance::kClosedForm);
  CHECK(q.cdf(1.0) == 0.75);  // the gap: the CDF is flat between 0 and 2
  CHECK(q.cdf_left(0.0) == 0.5);
  // A table inside a mixture.
  const LineMeasure m = parse_line_measure("mix:cdf:c.txt@1|gaussian:0,1@1", LineRole::kTarget, "--target", &files);
  CHECK(m.kind() == LineMeasure::Kind::kMixture);
  CHECK_ABS(m.cdf(1.5), 0.5 * 0.75 + 0.25 * std::erfc(-1.5 / M_SQRT2), nwgf::tolerance::kClosedForm);
}

TEST_CASE("bad tables are refused with one line naming the file, the line and the value") {
  struct Bad {
    const char* text;
    const char* mentions;
  };
  const Bad cdf_cases[] = {
      {"0 0\n1\n", "line 2: '1' has 1 columns"},
      {"0 0\n1 0.5 7\n", "line 2: '1 0.5 7' has 3 columns"},
      {"0 0\nx 1\n", "line 2 x: 'x' is not a number"},
      {"0 0\n1 nan\n", "line 2 F: 'nan' is not finite"},
      {"0 0\n1 1.5\n", "line 2: F = 1.5 is outside the allowed range [0, 1]"},
      {"0 0\n2 0.5\n1 1\n", "line 3: x = 1 is below the previous x = 2"},
      {"0 0\n1 0.5\n2 0.4\n3 1\n", "line 3: F = 0.40000000000000002 is below the previous F = 0.5"},
      {"0 0.1\n1 1\n", "line 1: the first point's F = 0.10000000000000001; allowed: 0"},
      {"0 0\n1 0.9\n", "the last point's F = 0.90000000000000002; allowed: 1"},
      {"# only a comment\n", "0 points; allowed: at least 2"},
      {"0 0\n1e400 1\n", "line 2 x: '1e400' is out of range"},
  };
  for (const auto& c : cdf_cases) {
    CAPTURE(c.text);
    const MapFiles files(std::map<std::string, std::string>{{"t", c.text}});
    const std::string msg = refusal([&] { parse_line_measure("cdf:t", LineRole::kTarget, "--target", &files); });
    CAPTURE(msg);
    CHECK(msg.find(c.mentions) != std::string::npos);
    CHECK(msg.find("--target file t") != std::string::npos);
    CHECK(msg.find('\n') == std::string::npos);
  }
  const MapFiles qfiles(std::map<std::string, std::string>{{"q", "0 1\n0.5 0\n1 2\n"}});
  CHECK(refusal([&] { parse_line_measure("quantile:q", LineRole::kStart, "--start", &qfiles); })
            .find("line 2: Q = 0 is below the previous Q = 1") != std::string::npos);
  // Too many rows: kMaxTableRows + 1 points.
  std::string big;
  for (std::size_t i = 0; i <= kMaxTableRows; ++i)
    big += std::to_string(i) + " " + (i == 0 ? "0" : i == kMaxTableRows ? "1" : "0.5") + "\n";
  const MapFiles bigfiles(std::map<std::string, std::string>{{"big", big}});
  CHECK(refusal([&] { parse_line_measure("cdf:big", LineRole::kTarget, "--target", &bigfiles); })
            .find("more than 100000 points") != std::string::npos);
  // The reader's own refusal, a spec without a path, and a file spec without a reader.
  CHECK(refusal([&] { parse_line_measure("cdf:missing", LineRole::kTarget, "--target", &qfiles); })
            .find("file 'missing' not found") != std::string::npos);
  CHECK(refusal([&] { parse_line_measure("cdf:", LineRole::kTarget, "--target", &qfiles); })
            .find("no file named") != std::string::npos);
  CHECK(refusal([&] { parse_line_measure("quantile:q", LineRole::kTarget, "--target"); })
            .find("a file spec is not read here") != std::string::npos);
}
