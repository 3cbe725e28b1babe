#pragma once
// A report folder's report.md rendered into one self-contained HTML page, report.html, beside it
// (`nwgf report` and `nwgf validate` write it whenever they write report.md; `nwgf html DIR`
// renders an existing folder). The page works offline from file:// and references nothing
// outside itself:
//  - Markdown: GitHub-flavoured (cmark-gfm with its table extension, Debian's libcmark-gfm-dev).
//    Raw HTML in the Markdown is shown as text, never passed through; a link keeps a relative
//    target or an http(s)/mailto one (followed only when clicked), any other scheme
//    (javascript:, data:, file:, ...) loses its target.
//  - Images: an image whose target is an .svg file in the report folder is inlined as an <svg>
//    element (suite/report/inline_svg.h: checked, ids made unique); when that SVG is refused, the
//    .png of the same name beside it is shown instead, with a note saying why. A .png or .gif
//    target is embedded as a data: URI. The target must be a relative path inside the folder
//    (resolved with symlinks followed, suite/common/input_file.h InputFolder) of at most
//    kReportImageFile's size; anything else (a URL, an absolute path, "..", another file type, a
//    missing file) is refused with a UsageError naming the image and what is allowed, and nothing
//    is written. A paragraph of images becomes one figure (the plots side by side, each with its
//    alt text under it); the paragraph right after it, when it starts with "Figure:" (plain,
//    *emphasised* or **strong**), becomes the figure's caption.
//  - Warnings: a block quote whose first paragraph starts with **Warning:** (or **Warning**) is
//    drawn as a warning box.
//  - Tables: every table can be sorted by clicking a column header (again: the other way round;
//    numeric-aware: a cell sorts by its first number not inside a word -- "0.87 ± 0.06", "1e-2",
//    "MMD: −0.12 (at the floor)", "d = 2, r = 1" -- numbers before text).
//  - Style and script are inline; a Content-Security-Policy in the page forbids any load from
//    anywhere (default-src 'none'; images from data: only), so a browser refuses whatever a
//    page might still name. The script records any script error, refused load or unhandled
//    rejection in the <html> element's data-errors attribute; opened with the fragment
//    #selftest, it sorts every table that has a column of numbers (clicking its header twice)
//    and records the outcome in data-selftest ("pass: N tables sorted" or "fail: ...") -- the
//    browser test (suite/report/tests/html_browser_test.py) reads both from the rendered DOM.
// The order of the Markdown is kept: the page starts as report.md starts (the verdict first).
//
// Budget: every image file at most kReportImageFile's cap, all inlined and embedded images
// together at most kMaxInlinedBytes; beyond either, a UsageError naming the image.
#include <cstdint>
#include <string>

#include "suite/common/input_file.h"

namespace nwgf::suite {

inline constexpr InputKind kReportMarkdownFile{"report.md", 16 * kMiB};
// A plot is 20-300 kB as SVG and 20-100 kB as PNG; 16 MiB leaves room for plots of 10^5 points.
inline constexpr InputKind kReportImageFile{"report image", 16 * kMiB};
// All images of one page together (the default study's 60 plots are 4 MB of SVG).
inline constexpr std::uintmax_t kMaxInlinedBytes = 256 * kMiB;

struct HtmlPageSummary {
  std::string path;       // the page written (write_html_page), or empty
  int svg_inlined = 0;    // images inlined as <svg>
  int images_embedded = 0;  // PNG/GIF images embedded as data: URIs (fallbacks included)
  int svg_fallbacks = 0;  // SVGs refused and shown as the PNG beside them
  int tables = 0;         // sortable tables
  int figures = 0;        // figures (paragraphs of images)
  int warnings = 0;       // warning boxes
};

// The page of `markdown`; image targets are read from `folder`. `summary`, when given, counts
// what the page holds. Throws UsageError as described above.
std::string markdown_page(const std::string& markdown, const InputFolder& folder, HtmlPageSummary* summary = nullptr);

// Reads <dir>/report.md (the input rule, kReportMarkdownFile) and writes <dir>/report.html
// atomically (suite/common/io_util.h). The caller checks and locks the folder as an output.
HtmlPageSummary write_html_page(const std::string& dir);

}  // namespace nwgf::suite
