#pragma once
// .npy files for the tests of the snapshot readers and of `nwgf score`, in format 1.0
// (numpy.lib.format): the magic "\x93NUMPY", version 1.0, the header length (2 bytes,
// little-endian), the header dict padded with spaces to a multiple of 64 bytes and ended by
// '\n', then the raw data. Header-only, no dependency beyond the standard library.
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace nwgf::testing {

// The file's bytes for header dict `dict` (e.g. "{'descr': '<f8', 'fortran_order': False,
// 'shape': (3, 2), }") and raw data `data`.
inline std::string npy_bytes(const std::string& dict, const std::string& data) {
  std::string header = dict;
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = std::string("\x93NUMPY", 6) + '\x01' + '\x00';
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>(header.size() >> 8);
  return out + header + data;
}

// Doubles as an array of `shape` ("(rows, cols)" or "(n,)"), labelled `descr` (the data is
// written as float64 whatever the label: a wrong label is how the tests make bad files).
inline std::string npy_doubles(const std::vector<double>& x, const std::string& shape,
                               const std::string& descr = "<f8") {
  return npy_bytes("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }",
                   std::string(reinterpret_cast<const char*>(x.data()), x.size() * sizeof(double)));
}

// A rows x cols float64 .npy file.
inline void write_npy(const std::filesystem::path& p, const std::vector<double>& x, std::size_t rows,
                      std::size_t cols, const std::string& descr = "<f8") {
  std::ofstream(p, std::ios::binary)
      << npy_doubles(x, "(" + std::to_string(rows) + ", " + std::to_string(cols) + ")", descr);
}

}  // namespace nwgf::testing
