// nwgf html: renders a report folder's report.md into report.html beside it (suite/report/html_page.h),
// e.g. a report written before the page existed, or one whose Markdown was edited by hand. The
// folder is checked as an output (suite/common/output_path.h) and locked as nwgf report locks it.
#include <cstdio>
#include <memory>
#include <string>

#include "suite/cli/commands.h"
#include "suite/common/file_lock.h"
#include "suite/common/output_path.h"
#include "suite/report/html_page.h"

namespace nwgf::suite {

void add_html_command(CLI::App& app) {
  auto* html = app.add_subcommand(
      "html",
      "Render a report folder's report.md into report.html beside it: one self-contained page that works "
      "offline (plots inlined as SVG, sortable tables, warnings and captions styled, nothing loaded from "
      "anywhere). nwgf report and nwgf validate write it themselves; this re-renders an existing folder");
  struct Args {
    std::string dir;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  html->add_option("dir", args->dir,
                   "Report folder holding report.md (" + input_cap_text(kReportMarkdownFile) +
                       ") and the plots it shows (.svg, .png or .gif inside the folder, each " +
                       input_cap_text(kReportImageFile) + ")")
      ->required();
  html->add_flag("--quiet", args->quiet, "No notice when a stale lock is taken over");
  html->callback([args]() {
    const std::string page = args->dir + "/report.html";
    check_outputs({file_output("report.html", page)}, {args->dir + "/report.md"});
    const FileLock lock = lock_output(args->dir, "nwgf html " + args->dir, args->quiet);
    const HtmlPageSummary s = write_html_page(args->dir);
    std::printf("wrote %s: %d plots inline as SVG, %d embedded images, %d tables, %d warnings\n", s.path.c_str(),
                s.svg_inlined, s.images_embedded, s.tables, s.warnings);
  });
}

}  // namespace nwgf::suite
