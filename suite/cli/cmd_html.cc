// nwgf html: renders a report folder's report.md into report.html beside it (suite/report/html_page.h),
// e.g. a report written before the page existed, or one whose Markdown was edited by hand. A flow
// folder (`nwgf flow`) that holds flow.json and no report.md gets its report.md first, written from
// flow.json (suite/flow/flow_report.h). The folder is checked as an output
// (suite/common/output_path.h) and locked as nwgf report locks it.
#include <filesystem>
#include <cstdio>
#include <memory>
#include <string>

#include "suite/cli/commands.h"
#include "suite/common/file_lock.h"
#include "suite/common/output_path.h"
#include "suite/flow/flow_report.h"
#include "suite/report/html_page.h"

namespace nwgf::suite {

void add_html_command(CLI::App& app) {
  auto* html = app.add_subcommand(
      "html",
      "Render a report folder's report.md into report.html beside it: one self-contained page that works "
      "offline (plots inlined as SVG, sortable tables, warnings and captions styled, nothing loaded from "
      "anywhere). nwgf report, nwgf validate and nwgf flow write it themselves; this re-renders an existing folder. "
      "A flow folder holding flow.json and no report.md (one written before flows had reports) gets its "
      "report.md first, written from flow.json (nwgf-flow/1 or /2, " + input_cap_text(kFlowRecordFile) + ")");
  struct Args {
    std::string dir;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  html->add_option("dir", args->dir,
                   "Report folder holding report.md (" + input_cap_text(kReportMarkdownFile) +
                       "), or a flow folder holding flow.json, and the plots it shows (.svg, .png or .gif inside the "
                       "folder, each " +
                       input_cap_text(kReportImageFile) + ")")
      ->required();
  html->add_flag("--quiet", args->quiet, "No notice when a stale lock is taken over");
  html->callback([args]() {
    const std::string page = args->dir + "/report.html", markdown = args->dir + "/report.md";
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool from_flow = !fs::exists(fs::symlink_status(markdown, ec)) && fs::exists(args->dir + "/flow.json", ec);
    if (from_flow)  // report.md is an output too: checked, like the page, before anything is read
      check_outputs({file_output("report.md", markdown), file_output("report.html", page)},
                    {args->dir + "/flow.json"});
    else
      check_outputs({file_output("report.html", page)}, {markdown});
    const FileLock lock = lock_output(args->dir, "nwgf html " + args->dir, args->quiet);
    if (from_flow) {
      const FlowRecord record = read_flow_record(args->dir);  // refused whole before anything is written
      std::printf("wrote %s from flow.json\n", write_flow_report(record, args->dir).c_str());
    }
    const HtmlPageSummary s = write_html_page(args->dir);
    std::printf("wrote %s: %d plots inline as SVG, %d embedded images, %d tables, %d warnings\n", s.path.c_str(),
                s.svg_inlined, s.images_embedded, s.tables, s.warnings);
  });
}

}  // namespace nwgf::suite
