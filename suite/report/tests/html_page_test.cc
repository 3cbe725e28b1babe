// report.md into report.html (suite/report/html_page.h): tables made sortable, plots inlined as
// SVG (PNG embedded), figures with captions, warnings boxed, nothing the page would load from
// elsewhere, hostile Markdown shown as text, and image targets outside the folder refused.
#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "suite/common/errors.h"
#include "suite/common/input_file.h"
#include "suite/report/html_page.h"

using namespace nwgf::suite;
namespace fs = std::filesystem;

namespace {

const fs::path kDir = "html_page_test_tmp";

// The smallest file with a PNG signature; the page only checks the signature and embeds it.
const std::string kPngBytes = std::string("\x89PNG\r\n\x1a\n", 8) + "IHDR-not-decoded";

const std::string kSvg =
    "<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\">"
    "<title>Gnuplot</title><defs><path id='gpPt1' d='M0,0'/></defs><use xlink:href='#gpPt1'/></svg>\n";

void write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

// A fresh report folder holding `files`.
fs::path folder(const std::string& name) {
  const fs::path dir = kDir / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string page(const fs::path& dir, const std::string& markdown, HtmlPageSummary* summary = nullptr) {
  return markdown_page(markdown, InputFolder(dir.string(), "report folder"), summary);
}

std::string refusal(const fs::path& dir, const std::string& markdown) {
  try {
    page(dir, markdown);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The part of the page the Markdown became.
std::string main_part(const std::string& html) {
  const std::size_t a = html.find("<main>"), b = html.find("</main>");
  REQUIRE(a != std::string::npos);
  REQUIRE(b != std::string::npos);
  return html.substr(a, b - a);
}

}  // namespace

TEST_CASE("a table becomes an HTML table with a header row, sorted by the page's script") {
  const fs::path dir = folder("table");
  HtmlPageSummary s;
  const std::string html = page(dir,
                                "# Study `x`\n\n| scheme | order |\n|---|---:|\n| backward | 0.87 ± 0.06 |\n"
                                "| forward | −0.12 ± 0.05 |\n",
                                &s);
  CHECK(s.tables == 1);
  const std::string body = main_part(html);
  CHECK(has(body, "<table>"));
  CHECK(has(body, "<th>scheme</th>"));
  CHECK(has(body, "<td>backward</td>"));
  CHECK(has(body, "0.87 ± 0.06"));
  CHECK(has(html, "function sortTable("));
  CHECK(has(html, "<title>Study x</title>"));
}

TEST_CASE("a paragraph of SVG and PNG plots becomes one figure, the plots inline, the caption under it") {
  const fs::path dir = folder("figure");
  write(dir / "a.svg", kSvg);
  write(dir / "sub/b.png", kPngBytes);
  HtmlPageSummary s;
  const std::string html = page(dir,
                                "## Verdict\n\nall good\n\n![mmd vs tau](a.svg)\n![time](sub/b.png)\n\n"
                                "*Figure:* the curves should fall with slope 1.\n\nnext paragraph\n",
                                &s);
  CHECK(s.figures == 1);
  CHECK(s.svg_inlined == 1);
  CHECK(s.images_embedded == 1);
  const std::string body = main_part(html);
  CHECK(has(body, "<figure class=\"plots\">"));
  CHECK(has(body, "<svg viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"mmd vs tau\">"));
  CHECK(has(body, "id=\"plot1-gpPt1\""));
  CHECK(has(body, "<img alt=\"time\" src=\"data:image/png;base64,iVBORw0KG"));  // base64 of the signature
  CHECK(has(body, "<figcaption>mmd vs tau</figcaption>"));
  CHECK(has(body, "<figcaption><p><em>Figure:</em> the curves should fall with slope 1.</p>"));
  CHECK(has(body, "<p>next paragraph</p>"));
  // The order of report.md is kept: the verdict before the plots.
  CHECK(body.find("Verdict") < body.find("<figure"));
}

TEST_CASE("figures that follow each other share a grid; a figure alone does not") {
  const fs::path dir = folder("grid");
  write(dir / "a.svg", kSvg);
  write(dir / "b.svg", kSvg);
  HtmlPageSummary s;
  const std::string body = main_part(page(dir,
                                          "![a](a.svg)\n\n*Figure:* first.\n\n![b](b.svg)\n\n*Figure:* second.\n\n"
                                          "text\n\n![a again](a.svg)\n",
                                          &s));
  CHECK(s.figures == 3);
  CHECK(s.svg_inlined == 3);
  const std::size_t grid = body.find("<div class=\"figure-grid\">");
  REQUIRE(grid != std::string::npos);
  CHECK(grid == body.rfind("<div class=\"figure-grid\">"));
  const std::size_t end = body.find("</div>", body.find("second."));
  CHECK(grid < body.find("first."));
  CHECK(end < body.find("<p>text</p>"));
  CHECK(body.find("aria-label=\"a again\"") > body.find("<p>text</p>"));
  CHECK(has(body, "id=\"plot3-gpPt1\""));  // three plots, three sets of ids
}

TEST_CASE("the page names nothing to load: images are inline or data: URIs, a policy forbids loads") {
  const fs::path dir = folder("offline");
  write(dir / "a.svg", kSvg);
  write(dir / "b.png", kPngBytes);
  const std::string html =
      page(dir, "# R\n\n![a](a.svg) and ![b](b.png) in text\n\n| a |\n|---|\n| ![b](b.png) |\n\n[docs](../docs/x.md)\n");
  CHECK(has(html, "default-src 'none'; img-src data:;"));
  // Every src= is a data: URI; no stylesheet, script source, font, import or base.
  for (std::size_t at = html.find("src="); at != std::string::npos; at = html.find("src=", at + 4))
    CHECK(html.compare(at, 15, "src=\"data:image") == 0);
  CHECK_FALSE(has(html, "<link"));
  CHECK_FALSE(has(html, "@import"));
  CHECK_FALSE(has(html, "@font-face"));
  CHECK_FALSE(has(html, "<base"));
  CHECK_FALSE(has(html, "http:"));
  CHECK_FALSE(has(html, "https:"));
  CHECK_FALSE(has(html, "url("));
  CHECK(has(html, "<a href=\"../docs/x.md\">docs</a>"));  // a relative link stays: it is followed only when clicked
}

TEST_CASE("hostile text in the Markdown is shown as text, never run") {
  const fs::path dir = folder("hostile");
  const std::string html = page(dir,
                                "# <script>alert(1)</script> title\n\n"
                                "<script>alert(2)</script>\n\n"
                                "text <img src=x onerror=alert(3)> and <b onclick=alert(4)>bold</b>\n\n"
                                "[click](javascript:alert(5)) [data](data:text/html,<script>alert(6)</script>) "
                                "[ok](https://example.org/paper)\n\n"
                                "| name |\n|---|\n| <iframe src=http://evil/></iframe> |\n");
  const std::string body = main_part(html);
  CHECK_FALSE(has(body, "<script"));
  CHECK_FALSE(has(body, "<img"));
  CHECK_FALSE(has(body, "<b "));
  CHECK_FALSE(has(body, "<iframe"));
  CHECK_FALSE(has(body, "javascript:"));
  CHECK_FALSE(has(body, "href=\"data:"));
  CHECK(has(body, "&lt;script&gt;alert(2)&lt;/script&gt;"));
  CHECK(has(body, "&lt;img src=x onerror=alert(3)&gt;"));
  CHECK(has(body, "<a href=\"\">click</a>"));
  CHECK(has(body, "<a href=\"https://example.org/paper\">ok</a>"));
  CHECK(has(html, "<title>&lt;script&gt;alert(1)&lt;/script&gt; title</title>"));
  // The page's own scripts are the only ones: the error recorder and the table script.
  std::size_t scripts = 0;
  for (std::size_t at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) ++scripts;
  CHECK(scripts == 2);
}

TEST_CASE("an image outside the folder, a URL or another kind of file is refused, naming it") {
  const fs::path dir = folder("escape");
  write(kDir / "outside.svg", kSvg);
  write(dir / "notes.txt", "x");
  write(dir / "fake.png", "not a png");
  fs::create_symlink(fs::absolute(kDir / "outside.svg"), dir / "link.svg");
  CHECK(has(refusal(dir, "![x](../outside.svg)\n"), "'../outside.svg'"));
  CHECK(has(refusal(dir, "![x](../outside.svg)\n"), "leads out of the folder"));
  CHECK(has(refusal(dir, "![x](sub/../../outside.svg)\n"), "leads out of the folder"));
  CHECK(has(refusal(dir, "![x](" + fs::absolute(kDir / "outside.svg").string() + ")\n"), "is an absolute path"));
  CHECK(has(refusal(dir, "![x](http://example.org/a.svg)\n"), "is a URL"));
  CHECK(has(refusal(dir, "![x](data:image/png;base64,AAAA)\n"), "is a URL"));
  CHECK(has(refusal(dir, "![x](notes.txt)\n"), "is not an .svg, .png or .gif file"));
  CHECK(has(refusal(dir, "![x](fake.png)\n"), "is not a PNG file"));
  CHECK(has(refusal(dir, "![x](missing.svg)\n"), "missing"));
  CHECK(has(refusal(dir, "text ![x](link.svg) in a sentence\n"), "leads outside the report folder"));
  CHECK(has(refusal(dir, "![x](a.svg?x=1)\n"), "holds '?'"));
  CHECK(refusal(dir, "![x](../outside.svg)\n").find("allowed: a relative path") != std::string::npos);
}

TEST_CASE("an image larger than its cap is refused before it is inlined") {
  const fs::path dir = folder("large");
  write(dir / "big.svg", "<svg>" + std::string(kReportImageFile.max_bytes, ' ') + "</svg>");
  CHECK(has(refusal(dir, "![x](big.svg)\n"), "big.svg"));
}

TEST_CASE("an SVG the page may not hold is shown as the PNG beside it, or refused when there is none") {
  const fs::path dir = folder("fallback");
  write(dir / "a.svg", "<svg><script>alert(1)</script></svg>");
  write(dir / "a.png", kPngBytes);
  write(dir / "b.svg", "<svg onload='alert(1)'></svg>");
  HtmlPageSummary s;
  const std::string body = main_part(page(dir, "![a](a.svg)\n", &s));
  CHECK(s.svg_fallbacks == 1);
  CHECK(s.svg_inlined == 0);
  CHECK(has(body, "src=\"data:image/png;base64,"));
  CHECK(has(body, "The SVG was not inlined"));
  CHECK(has(body, "element &lt;script&gt; is not allowed"));
  CHECK_FALSE(has(body, "<script"));
  const std::string e = refusal(dir, "![b](b.svg)\n");
  CHECK(has(e, "b.svg"));
  CHECK(has(e, "event handler attribute onload"));
  CHECK(has(e, "no PNG beside it"));
}

TEST_CASE("a block quote starting with **Warning:** is a warning box; other quotes stay quotes") {
  const fs::path dir = folder("warning");
  HtmlPageSummary s;
  const std::string body = main_part(page(dir,
                                          "> **Warning:** the files come from different commits.\n\n"
                                          "> a plain quote\n",
                                          &s));
  CHECK(s.warnings == 1);
  const std::size_t box = body.find("<div class=\"warning\" role=\"note\">");
  REQUIRE(box != std::string::npos);
  CHECK(body.find("<blockquote>", box) < body.find("<strong>Warning:</strong> the files", box));
  CHECK(body.find("</div>", box) > body.find("the files", box));
  CHECK(body.find("</div>", box) < body.find("a plain quote"));
  CHECK(body.find("<div class=\"warning\"") == body.rfind("<div class=\"warning\""));
}

TEST_CASE("write_html_page renders the folder's report.md into report.html; a refusal writes nothing") {
  const fs::path dir = folder("write");
  write(dir / "report.md", "# R\n\n![a](a.svg)\n");
  write(dir / "a.svg", kSvg);
  const HtmlPageSummary s = write_html_page(dir.string());
  CHECK(s.path == (dir / "report.html").string());
  CHECK(s.svg_inlined == 1);
  CHECK(fs::file_size(dir / "report.html") > 1000);

  const fs::path bad = folder("write_bad");
  write(bad / "report.md", "# R\n\n![a](../write/a.svg)\n");
  CHECK_THROWS_AS(write_html_page(bad.string()), UsageError);
  CHECK_FALSE(fs::exists(bad / "report.html"));
  CHECK_THROWS_AS(write_html_page((kDir / "no_such_folder").string()), UsageError);
  const fs::path empty = folder("write_empty");
  CHECK_THROWS_AS(write_html_page(empty.string()), UsageError);  // no report.md
  fs::remove_all(kDir);
}
