// libFuzzer target: the HTML page of a report (suite/report/html_page.h markdown_page: report.md
// through cmark-gfm, raw HTML made text, links checked, images resolved in the folder and
// inlined) and the SVG check of a plot (suite/report/inline_svg.h), on the same bytes: as the
// Markdown of a folder holding a valid plot, as the text of an SVG, and as an SVG file a fixed
// Markdown shows (checked, or shown as the PNG beside it when refused).
#include <stdlib.h>

#include <cstdint>
#include <fstream>
#include <string>

#include "fuzz/fuzz_util.h"
#include "suite/common/input_file.h"
#include "suite/report/html_page.h"
#include "suite/report/inline_svg.h"

namespace {

// A report folder made once per process: a.svg (a valid plot), fuzz.png (a PNG signature; the
// fallback of fuzz.svg) and fuzz.svg, rewritten with each input.
const std::string& folder() {
  static const std::string dir = [] {
    char name[] = "/tmp/nwgf-fuzz-html-XXXXXX";
    if (!::mkdtemp(name)) std::abort();
    const std::string d = name;
    std::ofstream(d + "/a.svg") << "<svg viewBox='0 0 10 10'><defs><path id='p' d='M0,0'/></defs>"
                                   "<use xlink:href='#p'/></svg>";
    std::ofstream(d + "/fuzz.png", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n", 8);
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const nwgf::suite::InputFolder report(folder(), "report folder");
  nwgf::fuzz::expect_clean_refusal([&] { (void)nwgf::suite::markdown_page(text, report); });
  nwgf::fuzz::expect_clean_refusal([&] { (void)nwgf::suite::inline_svg(text, "plot1-", text.substr(0, 64)); });
  std::ofstream(folder() + "/fuzz.svg", std::ios::binary | std::ios::trunc) << text;
  nwgf::fuzz::expect_clean_refusal(
      [&] { (void)nwgf::suite::markdown_page("# t\n\n![plot](fuzz.svg)\n*Figure:* x\n\n| a |\n|---|\n| 1 |\n", report); });
  return 0;
}
