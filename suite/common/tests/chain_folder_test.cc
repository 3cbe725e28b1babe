// Chain folders read as outside input (suite/common/chain_folder.h, neural/chain.h Chain::load):
// files inside the folder only, regular files of bounded size, the manifest's values bounded and
// the networks' sizes checked before any allocation, LibTorch errors in one short line.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>
#include <torch/torch.h>

#include "neural/chain.h"
#include "suite/common/chain_folder.h"
#include "suite/common/errors.h"
#include "testing/refusal.h"

namespace fs = std::filesystem;
namespace nn = nwgf::neural;
using nwgf::suite::read_chain_folder;
using nwgf::suite::UsageError;

namespace {

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("nwgf_chain_folder_test_" + std::to_string(::getpid()));
  fs::path chain = dir / "c.chain";
  Scratch() {
    fs::remove_all(dir);
    // A small chain: d = 2, width 4, one hidden layer, two links from delta_0.
    nn::GeneratorOptions o;
    o.d = 2;
    o.width = 4;
    o.depth = 1;
    torch::manual_seed(7);
    nn::Chain c(o, nn::ChainStart::dirac(2));
    c.append(nn::Generator(o), true, 1.0);
    c.append(nn::Generator(o), true, 0.5);
    c.save(chain.string());
    reference = c.sample(2, 50, 3);
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string manifest() const {
    std::ifstream in(chain / "chain.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  void set_manifest(const std::string& text) const { std::ofstream(chain / "chain.txt") << text; }
  torch::Tensor reference;
};

std::string refusal(const fs::path& chain) {
  return nwgf::testing::refusal_message<UsageError>([&] { read_chain_folder(chain.string()); });
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// A zip archive of stored entries (APPNOTE.TXT: local headers, central directory, end record;
// CRCs left 0, which neither torch_archive.h nor this test reads).
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  const auto u16 = [](std::size_t v) { return std::string{static_cast<char>(v & 0xff), static_cast<char>(v >> 8 & 0xff)}; };
  const auto u32 = [&](std::size_t v) { return u16(v & 0xffff) + u16(v >> 16 & 0xffff); };
  std::string out, central;
  for (const auto& [name, data] : entries) {
    const std::size_t local = out.size();
    out += "PK\x03\x04" + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0) + u32(data.size()) + u32(data.size()) +
           u16(name.size()) + u16(0) + name + data;
    central += "PK\x01\x02" + u16(20) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0) + u32(data.size()) +
               u32(data.size()) + u16(name.size()) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0) + u32(local) + name;
  }
  const std::size_t cd_offset = out.size();
  return out + central + "PK\x05\x06" + u16(0) + u16(0) + u16(entries.size()) + u16(entries.size()) +
         u32(central.size()) + u32(cd_offset) + u16(0);
}

}  // namespace

TEST_CASE("a saved chain reads back and samples the same points") {
  const Scratch s;
  const nn::Chain loaded = read_chain_folder(s.chain.string());
  CHECK(loaded.steps() == 2);
  CHECK(torch::equal(loaded.sample(2, 50, 3), s.reference));
}

TEST_CASE("a link file that is a symlink out of the folder, or to /dev/zero, is refused naming it") {
  const Scratch s;
  fs::create_directories(s.dir / "elsewhere");
  fs::copy_file(s.chain / "link_0002.pt", s.dir / "elsewhere" / "link.pt");
  fs::remove(s.chain / "link_0002.pt");
  fs::create_symlink(s.dir / "elsewhere" / "link.pt", s.chain / "link_0002.pt");
  CHECK(refusal(s.chain).rfind((s.chain / "link_0002.pt").string() + ": leads outside the chain folder", 0) == 0);
  fs::remove(s.chain / "link_0002.pt");
  fs::create_symlink("/dev/zero", s.chain / "link_0002.pt");
  CHECK(refusal(s.chain).rfind((s.chain / "link_0002.pt").string() + ": leads outside the chain folder", 0) == 0);
  fs::remove(s.chain / "chain.txt");
  fs::create_symlink("/dev/zero", s.chain / "chain.txt");
  CHECK(refusal(s.chain).rfind((s.chain / "chain.txt").string() + ": leads outside the chain folder", 0) == 0);
}

TEST_CASE("a manifest declaring a huge network is refused before anything is allocated") {
  const Scratch s;
  // width 10^9: (d + k) w + w + w d + d = 7 * 10^9 + 2 parameters, 28 GB of float32.
  s.set_manifest(replaced(s.manifest(), "width 4", "width 1000000000"));
  CHECK(refusal(s.chain) == (s.chain / "chain.txt").string() + " line 4: width '1000000000' is outside the allowed "
                                                               "range [1, 65536]");
  // Within every per-value bound, too many parameters in all: 3 hidden layers of width 65536.
  s.set_manifest(replaced(replaced(s.manifest(), "width 1000000000", "width 65536"), "depth 1", "depth 3"));
  CHECK(refusal(s.chain).find("has 8590524418 parameters, more than the 268435456 allowed") != std::string::npos);
}

TEST_CASE("a link file too small for the declared network is refused before the network is built") {
  const Scratch s;
  // width 4096, depth 2: 4 * 4096 + 4096 + (4096 * 4096 + 4096) + 4096 * 2 + 2 = 16 809 986 parameters,
  // 67 MB of float32, far more than the few-KB link files of width 4.
  s.set_manifest(replaced(replaced(s.manifest(), "width 4", "width 4096"), "depth 1", "depth 2"));
  const std::string m = refusal(s.chain);
  CHECK(m.find((s.chain / "link_0001.pt").string() + ": ") == 0);
  CHECK(m.find("cannot hold the 16809986 float32 parameters") != std::string::npos);
}

TEST_CASE("a corrupt link file is one short line: the archive check's, or LibTorch's without its trace") {
  const Scratch s;
  const std::string link = (s.chain / "link_0001.pt").string();
  std::ofstream(link, std::ios::binary) << std::string(100000, 'G');
  CHECK(refusal(s.chain) == link + ": not a file written by torch.save (no zip end of central directory)");
  // A well-formed archive LibTorch cannot load (no constants, no version record): its c10::Error
  // carries a multi-KB C++ trace, folded to its first line.
  std::ofstream(link, std::ios::binary) << stored_zip({{"archive/data.pkl", std::string("\x80\x02N.", 4)}});
  const std::string m = refusal(s.chain);
  CHECK(m.rfind(link + ": not a tensor file written by nwgf run (", 0) == 0);
  CHECK(m.find('\n') == std::string::npos);
  CHECK(m.size() < link.size() + 250);
}

TEST_CASE("manifest lines: every value bounded and named with its line; duplicates and unknown keys refused") {
  const Scratch s;
  const std::string good = s.manifest();
  const std::string where = (s.chain / "chain.txt").string();
  const auto check = [&](const std::string& text, const std::string& says) {
    s.set_manifest(text);
    const std::string m = refusal(s.chain);
    INFO(m);
    CHECK(m.rfind(where, 0) == 0);
    CHECK(m.find(says) != std::string::npos);
    CHECK(m.find('\n') == std::string::npos);
  };
  check(replaced(good, "nwgf-chain 1", "nwgf-chain 2"), "is not an nwgf-chain 1 manifest");
  check(good + "d 3\n", "key 'd' given twice");
  check(good + "colour blue\n", "unknown key 'colour'");
  check(good + std::string(100000, 'x') + "\n", "unknown key '" + std::string(40, 'x') + "...'");
  check(replaced(good, "depth 1", "depth -1"), "depth '-1' is outside the allowed range [1, 1024]");
  check(replaced(good, "steps 2", "steps 3"), "declares steps 3 but lists 2 links");
  check(replaced(good, "link 2 1", "link 5 1"), "link 5 is out of order");
  check(replaced(good, "link 2 1 0.5", "link 2 1 nan"), "link 'nan' is not a finite number");
  check(replaced(good, "activation relu", "activation sigmoid"), "activation 'sigmoid' is not one of");
  check("", "is empty");
}

TEST_CASE("a link file whose pickle names a huge memo index is refused before LibTorch reads it") {
  const Scratch s;
  // PROTO 2, LONG_BINPUT 2^31 - 1, NONE, STOP: LibTorch's unpickler would size its memo table
  // from the index (2^31 entries) for a 10-byte pickle.
  const std::string pickle("\x80\x02r\xff\xff\xff\x7fN.", 10);
  std::ofstream(s.chain / "link_0001.pt", std::ios::binary) << stored_zip({{"archive/data.pkl", pickle}});
  CHECK(refusal(s.chain) == (s.chain / "link_0001.pt").string() +
                                ": not a file written by torch.save (archive/data.pkl byte 2: memo index 2147483647 "
                                "beyond what a pickle of 10 bytes can hold)");
}
