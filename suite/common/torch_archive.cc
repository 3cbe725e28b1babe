// Checks on LibTorch archives read from outside (suite/common/torch_archive.h).
#include "suite/common/torch_archive.h"

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/message_limits.h"

namespace nwgf::suite {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) { throw UsageError(path + ": " + what); }

// The little-endian unsigned integer of `bytes` bytes at `at` of `b` (the caller checks the range).
std::uint64_t le(const std::string& b, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int k = bytes - 1; k >= 0; --k) v = v << 8 | static_cast<unsigned char>(b[at + static_cast<std::size_t>(k)]);
  return v;
}

}  // namespace

std::vector<ZipEntry> zip_entries(const std::string& b, const std::string& path, std::uint64_t max_inflated_bytes) {
  const auto bad = [&](const std::string& what) { fail(path, "not a file written by torch.save (" + what + ")"); };
  // End of central directory: 22 bytes plus a comment of at most 65535, at the end of the file.
  if (b.size() < 22) bad("too short for a zip archive");
  std::size_t eocd = std::string::npos;
  const std::size_t lowest = b.size() > 22 + 65535 ? b.size() - 22 - 65535 : 0;
  for (std::size_t i = b.size() - 22 + 1; i-- > lowest;)
    if (b.compare(i, 4, "PK\x05\x06", 4) == 0) {
      eocd = i;
      break;
    }
  if (eocd == std::string::npos) bad("no zip end of central directory");
  const std::uint64_t count = le(b, eocd + 10, 2), cd_size = le(b, eocd + 12, 4), cd_offset = le(b, eocd + 16, 4);
  if (count == 0xffff || cd_size == 0xffffffff || cd_offset == 0xffffffff) bad("zip64 archive, larger than nwgf reads");
  if (cd_offset > eocd || cd_size > eocd - cd_offset) bad("zip central directory outside the file");
  std::vector<ZipEntry> out;
  std::size_t at = static_cast<std::size_t>(cd_offset);
  const std::size_t end = static_cast<std::size_t>(cd_offset + cd_size);
  for (std::uint64_t k = 0; k < count; ++k) {
    if (end - at < 46 || b.compare(at, 4, "PK\x01\x02", 4) != 0) bad("zip central directory entry cut short");
    const std::uint64_t method = le(b, at + 10, 2), csize = le(b, at + 20, 4), usize = le(b, at + 24, 4);
    const std::size_t name_len = le(b, at + 28, 2), extra_len = le(b, at + 30, 2), comment_len = le(b, at + 32, 2);
    const std::uint64_t local = le(b, at + 42, 4);
    if (end - at - 46 < name_len + extra_len + comment_len) bad("zip central directory entry cut short");
    ZipEntry e;
    e.name = b.substr(at + 46, name_len);
    at += 46 + name_len + extra_len + comment_len;
    e.compressed = method != 0;
    if (e.compressed) {
      // Deflate only, inflating to at most max_inflated_bytes and at most 1032 times its size
      // (deflate's largest ratio), so what a reader inflates is bounded.
      if (method != 8 || max_inflated_bytes == 0)
        bad("zip entry '" + excerpt(e.name) + "' is compressed; torch.save stores its entries");
      if (usize > max_inflated_bytes || usize > 1032 * csize + 1032)
        bad(fmt::format("zip entry '{}' inflates to {} bytes from {}, more than allowed", excerpt(e.name), usize,
                        csize));
    } else if (csize != usize) {
      bad("zip entry '" + excerpt(e.name) + "' has two sizes");
    }
    // The local header (30 bytes, its own name and extra field lengths) precedes the data.
    if (local > b.size() || b.size() - local < 30 || b.compare(static_cast<std::size_t>(local), 4, "PK\x03\x04", 4) != 0)
      bad("zip entry '" + excerpt(e.name) + "' has no local header");
    const std::uint64_t data = local + 30 + le(b, static_cast<std::size_t>(local) + 26, 2) +
                               le(b, static_cast<std::size_t>(local) + 28, 2);
    if (data > b.size() || csize > b.size() - data) bad("zip entry '" + excerpt(e.name) + "' reaches past the file");
    e.offset = data;
    e.size = csize;
    out.push_back(std::move(e));
  }
  return out;
}

void check_pickle(const std::string& p, const std::string& path, const std::string& name) {
  const auto bad = [&](std::size_t at, const std::string& what) {
    fail(path, fmt::format("not a file written by torch.save ({} byte {}: {})", name, at, what));
  };
  std::size_t i = 0;
  const auto need = [&](std::size_t at, std::uint64_t n) {
    if (n > p.size() - i) bad(at, "an argument reaches past the end of the pickle");
  };
  const auto memo_index = [&](std::size_t at, std::uint64_t index) {
    if (index >= p.size()) bad(at, fmt::format("memo index {} beyond what a pickle of {} bytes can hold", index, p.size()));
  };
  const auto line = [&](std::size_t at) {  // a newline-terminated argument
    const std::size_t nl = p.find('\n', i);
    if (nl == std::string::npos) bad(at, "an unterminated text argument");
    std::string text = p.substr(i, nl - i);
    i = nl + 1;
    return text;
  };
  while (i < p.size()) {
    const std::size_t at = i;
    const unsigned char op = static_cast<unsigned char>(p[i++]);
    const auto fixed = [&](std::uint64_t n) { need(at, n); i += static_cast<std::size_t>(n); };
    const auto counted = [&](int length_bytes) {  // a length, then that many bytes
      need(at, static_cast<std::uint64_t>(length_bytes));
      const std::uint64_t n = le(p, i, length_bytes);
      i += static_cast<std::size_t>(length_bytes);
      need(at, n);
      i += static_cast<std::size_t>(n);
    };
    switch (op) {
      case '.': if (i != p.size()) bad(at, "bytes after STOP"); return;
      case '(': case ')': case ']': case '}': case 't': case 0x85: case 0x86: case 0x87: case 'Q': case 'R':
      case 'N': case 0x88: case 0x89: case 'a': case 'e': case 's': case 'u': case 'b': case '0': case '1':
      case '2': case 'l': case 'd': case 'o': case 0x81: case 0x92: case 0x93: case 0x8f: case 0x90: case 0x91:
        break;
      case 0x94: break;  // MEMOIZE: the next index, one per opcode
      case 0x80: case 'K': fixed(1); break;
      case 'M': fixed(2); break;
      case 'J': fixed(4); break;
      case 'G': case 0x95: fixed(8); break;
      case 'q': case 'h': need(at, 1); memo_index(at, le(p, i, 1)); i += 1; break;
      case 'r': case 'j': need(at, 4); memo_index(at, le(p, i, 4)); i += 4; break;
      case 'U': case 'C': case 0x8c: case 0x8a: counted(1); break;
      case 'X': case 'B': case 'T': case 0x8b: counted(4); break;
      case 0x8d: case 0x8e: case 0x96: counted(8); break;
      case 'c': case 'i': line(at); line(at); break;
      case 'I': case 'L': case 'F': case 'S': case 'V': case 'P': line(at); break;
      case 'p': case 'g': {
        const std::string text = line(at);
        if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
          bad(at, "a memo index that is not a number");
        memo_index(at, std::stoull(text));
        break;
      }
      default: bad(at, fmt::format("opcode 0x{:02x} is not one of pickle's", op));
    }
  }
  bad(i, "no STOP at the end");
}

void check_torch_archive(const std::string& bytes, const std::string& path, std::uint64_t max_pickle_bytes,
                         std::uint64_t max_inflated_bytes) {
  for (const ZipEntry& e : zip_entries(bytes, path, max_inflated_bytes)) {
    // data.pkl, constants.pkl and the code's .debug_pkl records are pickles.
    if (e.name.size() < 3 || e.name.compare(e.name.size() - 3, 3, "pkl") != 0) continue;
    if (e.compressed) fail(path, "not a file written by torch.save (" + excerpt(e.name) + " is compressed)");
    if (e.size > max_pickle_bytes)
      fail(path, fmt::format("not a file written by torch.save ({} is {} bytes, more than the {} allowed)",
                             excerpt(e.name), e.size, max_pickle_bytes));
    check_pickle(bytes.substr(static_cast<std::size_t>(e.offset), static_cast<std::size_t>(e.size)), path,
                 excerpt(e.name));
  }
}

}  // namespace nwgf::suite
