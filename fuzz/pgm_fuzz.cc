// libFuzzer target: the image loader of image targets (suite/flow/image_density.h
// read_ink_image, stb_image: PGM and the other formats it decodes) and the density made from it.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "suite/flow/image_density.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nwgf::fuzz::MemoryFile file(data, size);
  nwgf::fuzz::expect_clean_refusal([&] {
    const nwgf::suite::InkImage image = nwgf::suite::read_ink_image(file.path());
    if (static_cast<long long>(image.width) * image.height <= 4096)  // keep each run short
      (void)nwgf::suite::image_density(image, nwgf::suite::ImageDensityOptions{});
  });
  return 0;
}
