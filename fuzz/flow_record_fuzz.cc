// libFuzzer target: flow.json of a flow folder (suite/flow/flow_report.h flow_record_from_json:
// JSON with its nesting limit, then every field the report uses checked), as `nwgf html DIR`
// reads a flow folder, and what comes after it: a record the parser accepts must become
// report.md (flow_report_markdown, images looked up in a folder holding some of the names the
// seeds use) and that Markdown must become a page (suite/report/html_page.h markdown_page): the
// report names only images that are in the folder, so the page has nothing to refuse, and a
// refusal there is a finding, as is any exception but a usage error from the parser.
#include <stdlib.h>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>

#include "fuzz/fuzz_util.h"
#include "suite/common/input_file.h"
#include "suite/common/io_util.h"
#include "suite/flow/flow_report.h"
#include "suite/report/html_page.h"

namespace {

// A flow folder made once per process: the plots and some snapshots and GIFs the seed records
// name (just their signatures: the page checks no more), so that both the shown and the missing
// images are exercised.
const std::string& folder() {
  static const std::string dir = [] {
    char name[] = "/tmp/nwgf-fuzz-flow-XXXXXX";
    if (!::mkdtemp(name)) std::abort();
    const std::string d = name;
    for (const char* png : {"mmd.png", "target.png", "selfconv.png", "backward_t0.000.png", "backward_t2.000.png",
                            "particle_t2.000.png", "forward_t1.000.png"})
      std::ofstream(d + "/" + png, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n", 8);
    for (const char* gif : {"backward_flow.gif", "particle_flow.gif"})
      std::ofstream(d + "/" + gif, std::ios::binary) << "GIF89a";
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  nwgf::fuzz::expect_clean_refusal([&] {
    const nwgf::suite::FlowRecord record =
        nwgf::suite::flow_record_from_json(nwgf::suite::parse_json(text, "fuzz flow.json"), "fuzz flow.json");
    std::string markdown;
    try {
      markdown = nwgf::suite::flow_report_markdown(record, folder());
      const nwgf::suite::InputFolder report(folder(), "flow folder");
      (void)nwgf::suite::markdown_page(markdown, report);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "an accepted flow record did not become a report and page: %s\n", e.what());
      std::abort();
    }
    if (markdown.rfind("# Flow ", 0) != 0) std::abort();
  });
  return 0;
}
