// Snapshot readers (suite/score/snapshot.h): .npy written here byte by byte and by NumPy, .pt
// written by PyTorch's torch.save (Debian's python3-torch, through write_snapshots.py), .csv.
// Values are k/8, exact in float32 and float64: read back they must be equal, not close. Every
// bad file must throw UsageError whose message starts with the path and says what is wrong.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "suite/common/errors.h"
#include "suite/score/snapshot.h"
#include "testing/npy.h"

namespace fs = std::filesystem;
using nwgf::suite::read_snapshot;
using nwgf::suite::Snapshot;
using nwgf::suite::SnapshotLimits;
using nwgf::suite::UsageError;
using nwgf::testing::npy_bytes;

namespace {

fs::path temp_dir(const std::string& tag) {
  const fs::path dir = fs::temp_directory_path() / ("nwgf_snapshot_" + tag + "_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

template <typename T>
std::string raw(const std::vector<T>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

std::vector<double> eighths(int count) {
  std::vector<double> v;
  for (int k = 0; k < count; ++k) v.push_back((k - 5) / 8.0);
  return v;
}

// The UsageError message of reading `path` with dimension d ("" when it does not throw).
std::string error_of(const fs::path& path, int d, const SnapshotLimits& limits = {}) {
  try {
    read_snapshot(path.string(), d, limits);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

void check_refused(const fs::path& path, int d, const std::string& says) {
  const std::string e = error_of(path, d);
  INFO(path.string() << " -> " << e);
  CHECK(e.rfind(path.string() + ": ", 0) == 0);
  CHECK(e.find(says) != std::string::npos);
}

// Runs write_snapshots.py with Debian's python3 into dir: 0 ok, 3 numpy/torch missing.
int write_python_snapshots(const fs::path& dir) {
  const char* src = std::getenv("NWGF_SOURCE_DIR");
  if (!src || !fs::exists("/usr/bin/python3")) return 3;
  const std::string cmd = "/usr/bin/python3 '" + std::string(src) + "/suite/score/tests/write_snapshots.py' '" +
                          dir.string() + "'";
  const int raw_status = std::system(cmd.c_str());
  return WIFEXITED(raw_status) ? WEXITSTATUS(raw_status) : -1;
}

}  // namespace

TEST_CASE(".npy written here: float64 and float32 read exactly; header variants accepted") {
  const fs::path dir = temp_dir("npy");
  const std::vector<double> v = eighths(12);
  write_bytes(dir / "a.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (6, 2), }", raw(v)));
  std::vector<float> f(v.begin(), v.end());
  write_bytes(dir / "b.npy", npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (6, 2), }", raw(f)));
  // Keys in another order, double quotes, no trailing comma: still the format's dictionary.
  write_bytes(dir / "c.npy", npy_bytes("{\"shape\": (6,2), 'fortran_order': False, 'descr': '<f8'}", raw(v)));
  for (const char* name : {"a.npy", "b.npy", "c.npy"}) {
    const Snapshot s = read_snapshot((dir / name).string(), 2);
    CHECK(s.n == 6);
    CHECK(s.d == 2);
    CHECK(s.x == v);
  }
  fs::remove_all(dir);
}

TEST_CASE(".npy: every malformed file refused with its path and the reason") {
  const fs::path dir = temp_dir("npy_bad");
  const std::vector<double> v = eighths(12);
  const std::string ok = npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (6, 2), }", raw(v));
  write_bytes(dir / "truncated.npy", ok.substr(0, ok.size() - 4));
  write_bytes(dir / "trailing.npy", ok + "xxxxxxxx");
  write_bytes(dir / "header_cut.npy", ok.substr(0, 40));
  write_bytes(dir / "magic.npy", "PK\x03\x04 not numpy at all");
  write_bytes(dir / "fortran.npy", npy_bytes("{'descr': '<f8', 'fortran_order': True, 'shape': (6, 2), }", raw(v)));
  write_bytes(dir / "int.npy", npy_bytes("{'descr': '<i8', 'fortran_order': False, 'shape': (6, 2), }", raw(v)));
  write_bytes(dir / "big.npy", npy_bytes("{'descr': '>f8', 'fortran_order': False, 'shape': (6, 2), }", raw(v)));
  write_bytes(dir / "wide.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (4, 3), }", raw(v)));
  write_bytes(dir / "three_d.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2, 2), }", raw(v)));
  write_bytes(dir / "empty.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (0, 2), }", ""));
  // A 128-byte file claiming 1e12 rows: refused by the bound, nothing allocated.
  write_bytes(dir / "huge.npy",
              npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000, 2), }", raw(v)));
  write_bytes(dir / "garbled.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (6, x), }", raw(v)));
  write_bytes(dir / "nokey.npy", npy_bytes("{'descr': '<f8', 'shape': (6, 2), }", raw(v)));
  std::vector<double> bad = v;
  bad[9] = std::numeric_limits<double>::infinity();
  write_bytes(dir / "inf.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (6, 2), }", raw(bad)));
  check_refused(dir / "truncated.npy", 2, "truncated");
  check_refused(dir / "trailing.npy", 2, "bytes after");
  check_refused(dir / "header_cut.npy", 2, "truncated NumPy header");
  check_refused(dir / "magic.npy", 2, "no NumPy magic");
  check_refused(dir / "fortran.npy", 2, "Fortran order");
  check_refused(dir / "int.npy", 2, "dtype '<i8'");
  check_refused(dir / "big.npy", 2, "dtype '>f8'");
  check_refused(dir / "wide.npy", 2, "dimension 3");
  check_refused(dir / "three_d.npy", 2, "3 dimensions");
  check_refused(dir / "empty.npy", 2, "empty");
  check_refused(dir / "huge.npy", 2, "more than the 1000000 allowed");
  check_refused(dir / "garbled.npy", 2, "not a valid .npy file");
  check_refused(dir / "nokey.npy", 2, "lacks");
  check_refused(dir / "inf.npy", 2, "point 4 coordinate 1 is inf");
  check_refused(dir / "missing.npy", 2, "missing");
  fs::remove_all(dir);
}

TEST_CASE(".npy written by NumPy and .pt written by torch.save (Debian's python3-numpy, python3-torch)") {
  const fs::path dir = temp_dir("python");
  const int status = write_python_snapshots(dir);
  if (status == 3) {
    MESSAGE("skipped: /usr/bin/python3 with numpy and torch is not available (tools/install-deps.sh installs them)");
    fs::remove_all(dir);
    return;
  }
  REQUIRE(status == 0);
  const std::vector<double> v = eighths(12);
  for (const char* name : {"np64.npy", "np32.npy", "t64.pt", "t32.pt", "strided.pt"}) {
    INFO(name);
    const Snapshot s = read_snapshot((dir / name).string(), 2);
    CHECK(s.n == 6);
    CHECK(s.x == v);
  }
  const Snapshot view = read_snapshot((dir / "view.pt").string(), 2);
  CHECK(view.n == 3);
  CHECK(view.x == std::vector<double>(v.begin() + 2, v.begin() + 8));
  check_refused(dir / "fortran.npy", 2, "Fortran order");
  check_refused(dir / "int.npy", 2, "dtype '<i8'");
  check_refused(dir / "big_endian.npy", 2, "dtype '>f8'");
  check_refused(dir / "three_d.npy", 2, "3 dimensions");
  check_refused(dir / "wide.npy", 2, "dimension 3");
  check_refused(dir / "empty.npy", 2, "empty");
  check_refused(dir / "nan.npy", 2, "point 4 coordinate 1 is nan");
  check_refused(dir / "tint.pt", 2, "dtype Long");
  check_refused(dir / "t1d.pt", 2, "1 dimensions");
  // A dict of tensors: LibTorch 1.13's unpickler refuses the dict's opcodes ("not a file written by
  // torch.save (Unknown opcode ...)"); a newer one reads it and the type check says "not a tensor".
  {
    const std::string e = error_of(dir / "dict.pt", 2);
    CHECK(e.rfind((dir / "dict.pt").string() + ": ", 0) == 0);
    CHECK((e.find("not a tensor") != std::string::npos || e.find("not a file written by torch.save") != std::string::npos));
  }
  check_refused(dir / "twide.pt", 2, "dimension 3");
  // Found by fuzz/pt_fuzz (LibTorch 1.13 trusts both): a memo index that would size a 27 GB memo
  // table, and sizes that reach past the tensor's storage record (7 x 2 float32 on 48 bytes).
  check_refused(dir / "huge_memo.pt", 2, "memo index 1701995876 beyond what a pickle of");
  check_refused(dir / "past_storage.pt", 2, "reach past its storage record (48 bytes)");
  // A truncated torch.save file (its zip directory cut off).
  {
    std::ifstream in(dir / "t64.pt", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    write_bytes(dir / "cut.pt", bytes.substr(0, bytes.size() / 2));
  }
  check_refused(dir / "cut.pt", 2, "not a file written by torch.save");
  write_bytes(dir / "garbage.pt", "this is not a zip file");
  check_refused(dir / "garbage.pt", 2, "not a file written by torch.save");
  fs::remove_all(dir);
}

TEST_CASE(".csv: rows of d numbers; comments and blank lines skipped; bad cells named by line and column") {
  const fs::path dir = temp_dir("csv");
  std::ofstream(dir / "a.csv") << "# x, y\n-0.625,-0.5\n\n-0.375, -0.25\r\n-0.125,0\n0.125,0.25\n0.375,0.5\n0.625,0.75";
  const Snapshot s = read_snapshot((dir / "a.csv").string(), 2);
  CHECK(s.n == 6);
  CHECK(s.x == eighths(12));
  std::ofstream(dir / "junk.csv") << "1,2\n1.5abc,2\n";
  std::ofstream(dir / "short.csv") << "1,2\n3\n";
  std::ofstream(dir / "long.csv") << "1,2,3\n";
  std::ofstream(dir / "empty.csv") << "# nothing\n\n";
  std::ofstream(dir / "nan.csv") << "1,2\nnan,2\n";
  std::ofstream(dir / "inf.csv") << "1,1e999\n";
  std::ofstream(dir / "blank_cell.csv") << "1,\n";
  check_refused(dir / "junk.csv", 2, "line 2 column 1: '1.5abc' is not a number");
  check_refused(dir / "short.csv", 2, "line 2: 1 numbers, the run's d is 2");
  check_refused(dir / "long.csv", 2, "line 1: more than d = 2 numbers");
  check_refused(dir / "empty.csv", 2, "empty");
  check_refused(dir / "nan.csv", 2, "line 2 column 1: 'nan' is not finite");
  check_refused(dir / "inf.csv", 2, "line 1 column 2: '1e999' is not finite");
  check_refused(dir / "blank_cell.csv", 2, "line 1 column 2: '' is not a number");
  std::ofstream(dir / "x.txt") << "1,2\n";
  check_refused(dir / "x.txt", 2, "extension '.txt'");
  fs::remove_all(dir);
}

TEST_CASE("size bounds: files and point counts over the limits are refused before parsing") {
  const fs::path dir = temp_dir("limits");
  std::ofstream(dir / "a.csv") << "1,2\n3,4\n5,6\n";
  SnapshotLimits few;
  few.max_points = 2;
  CHECK(error_of(dir / "a.csv", 2, few).find("more than the 2 points allowed") != std::string::npos);
  SnapshotLimits tiny;
  tiny.max_bytes = 4;
  CHECK(error_of(dir / "a.csv", 2, tiny).find("is 12 bytes, more than the 4 bytes a snapshot may have") !=
        std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("parse_snapshot: the bytes of a file read as the file does, named by `where`") {
  using nwgf::suite::parse_snapshot;
  using nwgf::suite::SnapshotFormat;
  const std::vector<double> v = eighths(4);
  const std::string npy = npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }", raw(v));
  const Snapshot a = parse_snapshot(npy, SnapshotFormat::kNpy, 2, "mem.npy");
  CHECK(a.n == 2);
  CHECK(a.x == v);
  const Snapshot c = parse_snapshot("-0.625,-0.5\n-0.375,-0.25\n", SnapshotFormat::kCsv, 2, "mem.csv");
  CHECK(c.x == v);
  const auto error = [](const std::string& bytes, SnapshotFormat format, const SnapshotLimits& limits = {}) {
    try {
      parse_snapshot(bytes, format, 2, "MEM", limits);
    } catch (const UsageError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error(npy.substr(0, npy.size() - 1), SnapshotFormat::kNpy).rfind("MEM: is truncated", 0) == 0);
  CHECK(error("1,x\n", SnapshotFormat::kCsv).rfind("MEM: line 1 column 2: 'x' is not a number", 0) == 0);
  CHECK(error("PK\x03\x04", SnapshotFormat::kPt).rfind("MEM: not a file written by torch.save", 0) == 0);
  SnapshotLimits tiny;
  tiny.max_bytes = 4;
  CHECK(error("1,2\n3,4\n", SnapshotFormat::kCsv, tiny).rfind("MEM: is 8 bytes, more than the 4 allowed", 0) == 0);
}

TEST_CASE("d = 1: a 1-D .npy of N values is N points, as docs/snapshot-protocol.md allows; for d = 2 it is refused") {
  const fs::path dir = temp_dir("values");
  const std::vector<double> v = eighths(5);
  write_bytes(dir / "line.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (5,), }", raw(v)));
  std::vector<float> f(v.begin(), v.end());
  write_bytes(dir / "line32.npy", npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (5,), }", raw(f)));
  for (const char* name : {"line.npy", "line32.npy"}) {
    const Snapshot s = read_snapshot((dir / name).string(), 1);
    CHECK(s.n == 5);
    CHECK(s.d == 1);
    CHECK(s.x == v);
  }
  // A one-column csv is the same points.
  std::ofstream(dir / "line.csv") << "-0.625\n-0.5\n-0.375\n-0.25\n-0.125\n";
  CHECK(read_snapshot((dir / "line.csv").string(), 1).x == v);
  check_refused(dir / "line.npy", 2, "has 1 dimensions; a snapshot is a 2-D array N x d");
  write_bytes(dir / "short.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }", raw(v)));
  check_refused(dir / "short.npy", 1, "is truncated");
  fs::remove_all(dir);
}

TEST_CASE("a coordinate beyond 1e100 is refused naming the file, the point and the coordinate") {
  // 1e300 is finite, but its square is not: scoring said "radius rho = inf must be finite",
  // naming neither file nor point.
  const fs::path dir = temp_dir("huge_coordinate");
  std::ofstream(dir / "a.csv") << "0.5,0.25\n1e300,0\n";
  check_refused(dir / "a.csv", 2, "point 1 coordinate 0 is 1.0000000000000001e+300, outside the allowed range "
                                  "[-1e+100, 1e+100]");
  std::ofstream(dir / "b.csv") << "0.5,-1e100\n";  // the bound itself is allowed
  CHECK(read_snapshot((dir / "b.csv").string(), 2).x == std::vector<double>{0.5, -1e100});
  fs::remove_all(dir);
}

TEST_CASE("a snapshot named by a run folder is read inside it; a link out of it is refused unread") {
  const fs::path dir = temp_dir("folder");
  fs::create_directories(dir / "run");
  fs::create_directories(dir / "outside");
  std::ofstream(dir / "run" / "p1.csv") << "0.5,0.25\n";
  std::ofstream(dir / "outside" / "secret.csv") << "SECRET,1\n";
  fs::create_symlink(dir / "outside" / "secret.csv", dir / "run" / "p2.csv");
  const nwgf::suite::InputFolder folder((dir / "run").string(), "run folder");
  CHECK(read_snapshot(folder, "p1.csv", 2).x == std::vector<double>{0.5, 0.25});
  std::string message;
  try {
    read_snapshot(folder, "p2.csv", 2);
  } catch (const UsageError& e) {
    message = e.what();
  }
  CHECK(message.rfind((dir / "run" / "p2.csv").string() + ": leads outside the run folder", 0) == 0);
  CHECK(message.find("SECRET") == std::string::npos);
  fs::remove_all(dir);
}
