// libFuzzer target: suite/common/io_util.h parse_json, the one parser of outside JSON (with its
// nesting limit); a parsed tree must also survive being written and read back.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "suite/common/io_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  nwgf::fuzz::expect_clean_refusal([&] {
    const nlohmann::json j = nwgf::suite::parse_json(text, "fuzz input");
    // Valid UTF-8 only round-trips; dump throws type_error on invalid UTF-8 unless told not to.
    const std::string again = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    (void)nwgf::suite::parse_json(again, "dumped fuzz input");
  });
  return 0;
}
