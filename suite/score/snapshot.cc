// Snapshot files of the run folder protocol (suite/score/snapshot.h).
//
// .npy: Debian's libxtensor-dev (xtensor/xnpy.hpp, 0.24) was tried first and falls short for
// untrusted files: xt::load_npy allocates the N x d x word-size bytes the header claims before
// reading anything (a 100-byte file claiming shape (1e12, 2) asks for 16 TB); it never checks
// how many bytes the stream delivered, so a truncated file yields uninitialised values and no
// error; the header length is assembled from signed chars (a length byte >= 0x80 is
// sign-extended into a wrong length); and its header parser reads s.back() of empty strings on
// malformed headers (undefined behaviour). So the format (numpy.lib.format, versions 1.0-3.0)
// is parsed here, bounded: the whole file is read first (at most SnapshotLimits::max_bytes),
// the header dictionary must hold exactly 'descr', 'fortran_order' and 'shape', and the data
// must fill the rest of the file exactly.
// .pt: LibTorch 1.13's torch::pickle_load trusts what the archive says (found by fuzz/pt_fuzz):
// a memo index of the pickle (LONG_BINPUT) sizes its memo table, so a 750-byte file asked for
// 27 GB, and a tensor's sizes, strides and offset are never checked against the bytes of its
// storage record. So the archive is checked first, here: a zip whose entries are stored (as
// torch.save writes them), one data.pkl whose opcodes all lie inside it with memo indices below
// its length, one storage record; after loading, the tensor's extent must fit in that record.
// .csv: xtensor's xcsv.hpp converts cells with std::stod, which accepts a number followed by
// anything ("1.5abc" reads as 1.5) and throws std::invalid_argument("stod") without saying
// where; the reader here demands that every cell is one whole number and names line and column.
#include "suite/score/snapshot.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include <fmt/format.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include "suite/common/errors.h"
#include "suite/common/format.h"
#include "suite/common/message_limits.h"
#include "suite/common/torch_archive.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "snapshot.cc reads little-endian float data by memcpy: a little-endian host is assumed"
#endif

namespace nwgf::suite {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) { throw UsageError(path + ": " + what); }

void check_shape(const std::string& path, std::uint64_t rows, std::uint64_t cols, int d,
                 const SnapshotLimits& limits) {
  if (cols != static_cast<std::uint64_t>(d))
    fail(path, fmt::format("has points of dimension {} (shape {} x {}), the run's d is {}", cols, rows, cols, d));
  if (rows == 0) fail(path, "is empty (0 points)");
  if (rows > limits.max_points)
    fail(path, fmt::format("has {} points, more than the {} allowed", rows, limits.max_points));
}

void check_coordinates(const std::string& path, const Snapshot& s) {
  for (std::size_t i = 0; i < s.x.size(); ++i)
    if (!(std::fabs(s.x[i]) <= kSnapshotMaxCoordinate))
      fail(path, fmt::format("point {} coordinate {} is {}, outside the allowed range [-{}, {}] (coordinates "
                             "must be finite; larger ones overflow the scores)",
                             i / s.d, i % s.d, format_double(s.x[i]), format_shortest(kSnapshotMaxCoordinate),
                             format_shortest(kSnapshotMaxCoordinate)));
}

template <typename T>
void widen(const char* bytes, std::size_t count, std::vector<double>& out) {
  out.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    T v;
    std::memcpy(&v, bytes + i * sizeof(T), sizeof(T));
    out[i] = static_cast<double>(v);
  }
}

// The header dictionary of a .npy file: {'descr': '<f8', 'fortran_order': False, 'shape': (N, d), }
// (a Python literal; keys in any order, whitespace anywhere between tokens).
struct NpyHeader {
  std::string descr;
  bool fortran_order = false;
  std::vector<std::uint64_t> shape;
};

class NpyHeaderParser {
 public:
  NpyHeaderParser(const std::string& path, const std::string& text) : path_(path), s_(text) {}

  NpyHeader parse() {
    NpyHeader h;
    bool have_descr = false, have_order = false, have_shape = false;
    expect('{');
    for (;;) {
      skip();
      if (peek() == '}') break;
      const std::string key = quoted();
      expect(':');
      if (key == "descr") {
        h.descr = quoted();
        have_descr = true;
      } else if (key == "fortran_order") {
        skip();
        if (s_.compare(i_, 4, "True") == 0) h.fortran_order = true, i_ += 4;
        else if (s_.compare(i_, 5, "False") == 0) h.fortran_order = false, i_ += 5;
        else bad("'fortran_order' is not True or False");
        have_order = true;
      } else if (key == "shape") {
        expect('(');
        for (;;) {
          skip();
          if (peek() == ')') break;
          std::uint64_t v = 0;
          const std::size_t start = i_;
          while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') {
            if (v > (std::numeric_limits<std::uint64_t>::max() - 9) / 10) bad("a shape entry is too large");
            v = v * 10 + static_cast<std::uint64_t>(s_[i_++] - '0');
          }
          if (i_ == start) bad("'shape' is not a tuple of non-negative integers");
          h.shape.push_back(v);
          if (h.shape.size() > 32) bad("'shape' has more than 32 entries");
          skip();
          if (peek() == ',') ++i_;
          else if (peek() != ')') bad("'shape' is not a tuple of non-negative integers");
        }
        ++i_;
        have_shape = true;
      } else {
        bad("unknown header key '" + excerpt(key) + "'");
      }
      skip();
      if (peek() == ',') ++i_;
      else if (peek() != '}') bad("header entries not separated by ','");
    }
    ++i_;
    skip();
    if (i_ != s_.size()) bad("text after the header dictionary");
    if (!have_descr || !have_order || !have_shape) bad("header lacks 'descr', 'fortran_order' or 'shape'");
    return h;
  }

 private:
  [[noreturn]] void bad(const std::string& what) const { fail(path_, "not a valid .npy file: " + what); }
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n')) ++i_;
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void expect(char c) {
    skip();
    if (peek() != c) bad(std::string("expected '") + c + "' in the header");
    ++i_;
  }
  std::string quoted() {
    skip();
    const char q = peek();
    if (q != '\'' && q != '"') bad("expected a quoted string in the header");
    const std::size_t end = s_.find(q, i_ + 1);
    if (end == std::string::npos) bad("unterminated string in the header");
    std::string out = s_.substr(i_ + 1, end - i_ - 1);
    i_ = end + 1;
    return out;
  }

  const std::string& path_;
  const std::string& s_;
  std::size_t i_ = 0;
};

Snapshot parse_npy(const std::string& data, const std::string& path, int d, const SnapshotLimits& limits) {
  static_assert(sizeof(double) == 8 && sizeof(float) == 4, "IEEE float32/float64 expected");
  // Magic "\x93NUMPY", major and minor version, header length (2 bytes little-endian for 1.0,
  // 4 bytes for 2.0 and 3.0), the header, the data.
  static const char kMagic[] = "\x93NUMPY";
  if (data.size() < 10 || data.compare(0, 6, kMagic, 6) != 0) fail(path, "not a .npy file (no NumPy magic)");
  const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])); };
  const std::uint32_t major = byte(6), minor = byte(7);
  std::size_t header_start = 0;
  std::uint64_t header_len = 0;
  if (major == 1 && minor == 0) {
    header_len = byte(8) | byte(9) << 8;
    header_start = 10;
  } else if ((major == 2 || major == 3) && minor == 0) {
    if (data.size() < 12) fail(path, "truncated NumPy header");
    header_len = byte(8) | byte(9) << 8 | byte(10) << 16 | static_cast<std::uint64_t>(byte(11)) << 24;
    header_start = 12;
  } else {
    fail(path, fmt::format("NumPy format version {}.{} is not supported (1.0, 2.0 or 3.0)", major, minor));
  }
  if (header_len > data.size() - header_start)
    fail(path, fmt::format("truncated NumPy header ({} bytes promised, {} present)", header_len,
                           data.size() - header_start));
  const NpyHeader h = NpyHeaderParser(path, data.substr(header_start, header_len)).parse();
  if (h.descr != "<f8" && h.descr != "<f4")
    fail(path, "has dtype '" + excerpt(h.descr) +
                   "'; a snapshot must be little-endian float32 ('<f4') or float64 ('<f8')");
  if (h.fortran_order) fail(path, "is in Fortran order; write it in C order (numpy.ascontiguousarray)");
  // d = 1: N values (shape (N,)) are N points of the line (docs/snapshot-protocol.md).
  const bool values = h.shape.size() == 1 && d == 1;
  if (h.shape.size() != 2 && !values)
    fail(path, fmt::format("has {} dimensions; a snapshot is a 2-D array N x d{}", h.shape.size(),
                           d == 1 ? " or, for d = 1, N values" : ""));
  const std::uint64_t rows = h.shape[0], cols = values ? 1 : h.shape[1];
  check_shape(path, rows, cols, d, limits);
  const std::size_t word = h.descr == "<f8" ? 8 : 4;
  const std::size_t count = static_cast<std::size_t>(rows * cols);  // bounded by check_shape
  const std::size_t offset = header_start + static_cast<std::size_t>(header_len);
  const std::size_t available = data.size() - offset;
  if (available < count * word)
    fail(path, fmt::format("is truncated: the header promises {} x {} values ({} bytes), the file holds {} bytes",
                           rows, cols, count * word, available));
  if (available > count * word)
    fail(path, fmt::format("has {} bytes after the {} x {} values the header promises", available - count * word,
                           rows, cols));
  Snapshot s;
  s.n = static_cast<std::size_t>(rows);
  s.d = d;
  const char* bytes = data.data() + offset;
  if (word == 8) widen<double>(bytes, count, s.x);
  else widen<float>(bytes, count, s.x);
  return s;
}

Snapshot parse_pt(const std::string& data, const std::string& path, int d, const SnapshotLimits& limits) {
  constexpr std::uint64_t kPickleMax = 1 << 20;  // a tensor's data.pkl is about 200 bytes
  const auto bad = [&](const std::string& what) { fail(path, "not a file written by torch.save (" + what + ")"); };
  const std::vector<ZipEntry> entries = zip_entries(data, path);
  const ZipEntry* pickle = nullptr;
  const ZipEntry* storage = nullptr;
  const auto ends_with = [](const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
  };
  for (const ZipEntry& e : entries) {
    if (ends_with(e.name, "/data.pkl")) {
      if (pickle) bad("two data.pkl entries");
      pickle = &e;
    } else if (e.name.find("/data/") != std::string::npos) {
      if (storage) bad("more than one storage record; a snapshot is one tensor");
      storage = &e;
    }
  }
  if (!pickle) bad("no data.pkl entry");
  if (pickle->size > kPickleMax) bad(fmt::format("data.pkl is {} bytes, more than the {} allowed", pickle->size, kPickleMax));
  check_pickle(data.substr(static_cast<std::size_t>(pickle->offset), static_cast<std::size_t>(pickle->size)), path);
  torch::IValue value;
  try {
    value = torch::pickle_load(std::vector<char>(data.begin(), data.end()));
  } catch (const std::exception& e) {
    std::string what = e.what();
    const auto nl = what.find('\n');
    if (nl != std::string::npos) what = what.substr(0, nl);
    fail(path, "not a file written by torch.save (" + what + ")");
  }
  if (!value.isTensor()) fail(path, std::string("holds a ") + value.tagKind() + ", not a tensor");
  const torch::Tensor t = value.toTensor();
  if (t.scalar_type() != torch::kFloat64 && t.scalar_type() != torch::kFloat32)
    fail(path, std::string("has dtype ") + c10::toString(t.scalar_type()) +
                   "; a snapshot must be float32 or float64");
  // d = 1: N values (a 1-D tensor) are N points of the line (docs/snapshot-protocol.md).
  const bool values = t.dim() == 1 && d == 1;
  if (t.dim() != 2 && !values)
    fail(path, fmt::format("has {} dimensions; a snapshot is a 2-D tensor N x d{}", t.dim(),
                           d == 1 ? " or, for d = 1, N values" : ""));
  check_shape(path, static_cast<std::uint64_t>(t.size(0)), values ? 1 : static_cast<std::uint64_t>(t.size(1)), d,
              limits);
  // The elements the tensor reaches, offset + sum (size_i - 1) stride_i + 1, must lie in its storage
  // record (sizes are bounded by check_shape; strides and offset come from the file).
  {
    if (!storage) bad("no storage record");
    unsigned __int128 last = static_cast<std::uint64_t>(std::max<std::int64_t>(t.storage_offset(), 0));
    if (t.storage_offset() < 0) bad("negative storage offset");
    for (int k = 0; k < t.dim(); ++k) {
      if (t.stride(k) < 0) bad("negative stride");
      last += static_cast<unsigned __int128>(t.size(k) - 1) * static_cast<std::uint64_t>(t.stride(k));
    }
    const unsigned __int128 bytes = (last + 1) * static_cast<unsigned>(t.element_size());
    if (bytes > storage->size)
      fail(path, fmt::format("its tensor's sizes, strides and offset reach past its storage record ({} bytes)",
                             storage->size));
  }
  const torch::Tensor c = t.to(torch::kFloat64).contiguous();
  Snapshot s;
  s.n = static_cast<std::size_t>(c.size(0));
  s.d = d;
  s.x.assign(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
  return s;
}

Snapshot parse_csv(const std::string& data, const std::string& path, int d, const SnapshotLimits& limits) {
  Snapshot s;
  s.d = d;
  std::size_t line_no = 0, pos = 0;
  while (pos < data.size()) {
    std::size_t end = data.find('\n', pos);
    if (end == std::string::npos) end = data.size();
    std::string line = data.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    if (line.find('\0') != std::string::npos) fail(path, fmt::format("line {}: holds a NUL byte (not text)", line_no));
    int column = 0;
    std::size_t cell_start = 0;
    for (;;) {
      const std::size_t comma = line.find(',', cell_start);
      const std::string cell = line.substr(cell_start, comma == std::string::npos ? std::string::npos : comma - cell_start);
      ++column;
      if (column > d)
        fail(path, fmt::format("line {}: more than d = {} numbers (a point has d coordinates)", line_no, d));
      const char* begin = cell.c_str();
      char* stop = nullptr;
      errno = 0;
      const double v = std::strtod(begin, &stop);
      const bool empty = stop == begin;
      while (*stop == ' ' || *stop == '\t') ++stop;
      if (empty || *stop != '\0')
        fail(path, fmt::format("line {} column {}: '{}' is not a number", line_no, column, excerpt(cell)));
      if (!std::isfinite(v) || (errno == ERANGE && std::fabs(v) > 1.0))
        fail(path, fmt::format("line {} column {}: '{}' is not finite", line_no, column, excerpt(cell)));
      s.x.push_back(v);
      if (comma == std::string::npos) break;
      cell_start = comma + 1;
    }
    if (column != d) fail(path, fmt::format("line {}: {} numbers, the run's d is {}", line_no, column, d));
    ++s.n;
    if (s.n > limits.max_points)
      fail(path, fmt::format("has more than the {} points allowed", limits.max_points));
  }
  if (s.n == 0) fail(path, "is empty (no points)");
  return s;
}

}  // namespace

Snapshot parse_snapshot(const std::string& bytes, SnapshotFormat format, int d, const std::string& where,
                        const SnapshotLimits& limits) {
  if (bytes.size() > limits.max_bytes)
    fail(where, fmt::format("is {} bytes, more than the {} allowed", bytes.size(), limits.max_bytes));
  Snapshot s;
  switch (format) {
    case SnapshotFormat::kNpy: s = parse_npy(bytes, where, d, limits); break;
    case SnapshotFormat::kPt: s = parse_pt(bytes, where, d, limits); break;
    case SnapshotFormat::kCsv: s = parse_csv(bytes, where, d, limits); break;
  }
  check_coordinates(where, s);
  return s;
}

namespace {

// The format named by the file's extension.
SnapshotFormat snapshot_format(const std::string& path, const std::string& shown) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".npy") return SnapshotFormat::kNpy;
  if (ext == ".pt") return SnapshotFormat::kPt;
  if (ext == ".csv") return SnapshotFormat::kCsv;
  fail(shown, "has extension '" + excerpt(ext) + "'; a snapshot is a .npy, .pt or .csv file");
}

InputKind snapshot_kind(const SnapshotLimits& limits) { return InputKind{kSnapshotFile.name, limits.max_bytes}; }

}  // namespace

Snapshot read_snapshot(const std::string& path, int d, const SnapshotLimits& limits) {
  const std::string shown = excerpt(path, kPathExcerptMaxChars);
  const SnapshotFormat format = snapshot_format(path, shown);
  return parse_snapshot(read_input_file(path, snapshot_kind(limits)), format, d, shown, limits);
}

Snapshot read_snapshot(const InputFolder& folder, const std::string& entry, int d, const SnapshotLimits& limits) {
  const std::string shown = folder.display(entry);
  const SnapshotFormat format = snapshot_format(entry, shown);
  return parse_snapshot(folder.read(entry, snapshot_kind(limits)), format, d, shown, limits);
}

}  // namespace nwgf::suite
