// Tests of suite/flow/targets.h: target and start specs, point files (CSV, JSON) and their errors.
#include "suite/flow/targets.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "suite/common/errors.h"

namespace {

namespace fs = std::filesystem;
using nwgf::suite::UsageError;

std::string write_text(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / ("nwgf_targets_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("diracs: the published two Diracs parse to two 2D points") {
  const auto t = nwgf::suite::load_target("diracs:-0.5,0;0.5,0", {}, 0);
  CHECK(t.kind == "diracs");
  CHECK(t.points.dim == 2);
  CHECK(t.points.coords == std::vector<double>{-0.5, 0.0, 0.5, 0.0});
  const auto three_d = nwgf::suite::load_target("diracs: 1, 2, 3 ; 4,5,6;", {}, 0);
  CHECK(three_d.points.dim == 3);
  CHECK(three_d.points.size() == 2);
}

TEST_CASE("diracs with mixed dimensions, non-numbers or NaN are rejected") {
  CHECK_THROWS_WITH_AS(nwgf::suite::load_target("diracs:1,2;3", {}, 0),
                       doctest::Contains("same dimension"), UsageError);
  CHECK_THROWS_AS(nwgf::suite::load_target("diracs:1,x", {}, 0), UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::load_target("diracs:1,nan", {}, 0),
                       doctest::Contains("not finite"), UsageError);
  CHECK_THROWS_AS(nwgf::suite::load_target("diracs:", {}, 0), UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::load_target("gauss:1", {}, 0),
                       doctest::Contains("allowed: image:PATH"), UsageError);
}

TEST_CASE("CSV point files: header, comments, separators") {
  const std::string path = write_text("p.csv", "x,y,z\n# a comment\n1,2,3\n4 5 6\n\n7;8;9\n");
  const auto p = nwgf::suite::read_point_file(path);
  CHECK(p.dim == 3);
  CHECK(p.coords == std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9});
  const auto t = nwgf::suite::load_target("points:" + path, {}, 0);
  CHECK(t.kind == "points");
  CHECK(t.points.size() == 3);
}

TEST_CASE("JSON point files: an array of points or an object with \"points\"") {
  const auto a = nwgf::suite::read_point_file(write_text("a.json", "[[1, 2], [3.5, -4]]"));
  CHECK(a.dim == 2);
  CHECK(a.coords == std::vector<double>{1, 2, 3.5, -4});
  const auto b = nwgf::suite::read_point_file(write_text("b.json", R"({"points": [[1],[2],[3]]})"));
  CHECK(b.dim == 1);
  CHECK(b.size() == 3);
}

TEST_CASE("point files with mixed dimensions, NaN or nothing are rejected naming the row") {
  CHECK_THROWS_WITH_AS(nwgf::suite::read_point_file(write_text("mixed.csv", "1,2\n3,4,5\n")),
                       doctest::Contains("row 2 has 3 coordinates but row 1 has 2"), UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::read_point_file(write_text("nan.csv", "1,2\n3,nan\n")),
                       doctest::Contains("not finite"), UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::read_point_file(write_text("mixed.json", "[[1,2],[3]]")),
                       doctest::Contains("row 2 has 1 coordinates"), UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::read_point_file(write_text("null.json", "[[1,2],[3,null]]")),
                       doctest::Contains("row 2 column 2"), UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::read_point_file(write_text("empty.csv", "# nothing\n")),
                       doctest::Contains("no points"), UsageError);
  CHECK_THROWS_AS(nwgf::suite::read_point_file(write_text("bad.json", "[[1,2],")), UsageError);
  CHECK_THROWS_AS(nwgf::suite::read_point_file("/nonexistent/points.csv"), UsageError);
}

TEST_CASE("start specs parse to their kind and values") {
  const auto origin = nwgf::suite::parse_start_spec("dirac");
  CHECK(origin.kind == "dirac");
  CHECK(origin.values.empty());
  CHECK(nwgf::suite::parse_start_spec("dirac:0.5,-1").values == std::vector<double>{0.5, -1});
  CHECK(nwgf::suite::parse_start_spec("gaussian:0.25").values == std::vector<double>{0.25});
  CHECK(nwgf::suite::parse_start_spec("uniform:-1,2").values == std::vector<double>{-1, 2});
  CHECK(nwgf::suite::parse_start_spec("two-points").kind == "two-points");
  CHECK(nwgf::suite::parse_start_spec("points:/x.csv").path == "/x.csv");
  CHECK_THROWS_AS(nwgf::suite::parse_start_spec("gaussian:-1"), UsageError);
  CHECK_THROWS_AS(nwgf::suite::parse_start_spec("uniform:2,1"), UsageError);
  CHECK_THROWS_AS(nwgf::suite::parse_start_spec("uniform:1"), UsageError);
  CHECK_THROWS_AS(nwgf::suite::parse_start_spec("dirac:1,2;3,4"), UsageError);
  CHECK_THROWS_WITH_AS(nwgf::suite::parse_start_spec("box:1"), doctest::Contains("allowed: dirac"),
                       UsageError);
}

TEST_CASE("start samples have the requested law and dimension") {
  using nwgf::suite::parse_start_spec;
  using nwgf::suite::sample_start;
  const auto origin = sample_start(parse_start_spec("dirac"), 784, 3, 1, 0.0);
  CHECK(origin.dim == 784);
  CHECK(origin.size() == 3);
  for (double v : origin.coords) CHECK(v == 0.0);

  // two-points: first half at (-0.5, 0), second at (0.5, 0), each within the jitter box.
  const double box = 1e-9;
  const auto two = sample_start(parse_start_spec("two-points"), 2, 10, 1, box);
  for (std::size_t i = 0; i < 10; ++i) {
    CHECK(std::abs(two.row(i)[0] - (i < 5 ? -0.5 : 0.5)) <= box / 2);
    CHECK(std::abs(two.row(i)[1]) <= box / 2);
  }
  CHECK(two.row(0)[0] != -0.5);  // jittered

  // uniform:lo,hi: inside the cube, mean near (lo + hi)/2 (std of the mean of 20000 uniforms on
  // [-1, 3] is 4 / sqrt(12 * 20000) = 8.2e-3; allow 5 of them).
  const auto u = sample_start(parse_start_spec("uniform:-1,3"), 2, 10000, 3, 0.0);
  double mean = 0;
  for (double v : u.coords) {
    CHECK((v >= -1 && v <= 3));
    mean += v / u.coords.size();
  }
  CHECK(std::abs(mean - 1.0) < 0.041);

  // gaussian:sigma: empirical variance near sigma^2 (relative std sqrt(2/n) = 0.01 for n = 20000).
  const auto g = sample_start(parse_start_spec("gaussian:0.5"), 4, 5000, 3, 0.0);
  double var = 0;
  for (double v : g.coords) var += v * v / g.coords.size();
  CHECK(var == doctest::Approx(0.25).epsilon(0.05));

  // Same seed, same particles.
  CHECK(sample_start(parse_start_spec("gaussian:1"), 2, 5, 9, 0).coords ==
        sample_start(parse_start_spec("gaussian:1"), 2, 5, 9, 0).coords);
}

TEST_CASE("a start whose dimension differs from the target's is rejected") {
  using nwgf::suite::parse_start_spec;
  using nwgf::suite::sample_start;
  CHECK_THROWS_WITH_AS(sample_start(parse_start_spec("dirac:1,2"), 3, 4, 0, 0),
                       doctest::Contains("dimension 2 but the target has dimension 3"), UsageError);
  CHECK_THROWS_AS(sample_start(parse_start_spec("two-points"), 784, 4, 0, 0), UsageError);
  const std::string path = write_text("start3.csv", "1,2,3\n4,5,6\n");
  CHECK_THROWS_WITH_AS(sample_start(parse_start_spec("points:" + path), 2, 4, 0, 0),
                       doctest::Contains("dimension 3 but the target has dimension 2"), UsageError);
  const auto ok = sample_start(parse_start_spec("points:" + path), 3, 99, 0, 0);
  CHECK(ok.size() == 2);  // the file's points, not m
}
