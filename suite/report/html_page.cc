// report.md into a self-contained report.html (suite/report/html_page.h).
#include "suite/report/html_page.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/io_util.h"
#include "suite/common/message_limits.h"
#include "suite/report/inline_svg.h"

namespace nwgf::suite {

namespace {

// The page's style: readable text width, tables that scroll sideways rather than overflow,
// plots side by side where the window is wide enough, a warning box, print without the chrome.
// System fonts only (a web font would be a load).
constexpr const char* kStyle = R"CSS(
:root { --fg: #1d2125; --muted: #5c6670; --line: #d6dbe0; --head: #eef1f4; --accent: #1f5fa8;
        --warn-bg: #fff6e0; --warn-line: #d98e04; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff;
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.7rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.12rem; margin: 1.6rem 0 0.6rem; }
p, ul, ol { max-width: 60rem; }
a { color: var(--accent); }
code { font: 0.9em/1.4 ui-monospace, "DejaVu Sans Mono", monospace; background: #f3f5f7; padding: 0.05em 0.3em;
       border-radius: 3px; }
pre { background: #f3f5f7; padding: 0.8rem 1rem; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 0.8rem 0 1.4rem;
        font-variant-numeric: tabular-nums; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; text-align: left; white-space: nowrap; }
table.sortable thead th { cursor: pointer; user-select: none; }
table.sortable thead th::after { content: " \2195"; color: #9aa4ad; font-size: 0.85em; }
table.sortable thead th[aria-sort="ascending"]::after { content: " \25B2"; color: var(--accent); }
table.sortable thead th[aria-sort="descending"]::after { content: " \25BC"; color: var(--accent); }
table.sortable thead th:focus { outline: 2px solid var(--accent); outline-offset: -2px; }
table.key-value thead { display: none; }
table.key-value td:first-child { font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) { background: #f9fafb; }
tbody tr:hover { background: #eef4fb; }
figure { margin: 1rem 0 1.6rem; }
figure.plots { border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem; }
.figure-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 0 1rem; }
.figure-grid > figure.plots { margin: 0.5rem 0 1rem; }
.plot-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 0.8rem; }
figure.plot { margin: 0; }
figure.plot svg, figure.plot img, .plot-inline svg, .plot-inline img { display: block; width: 100%; height: auto;
       max-width: 760px; margin: 0 auto; }
figure.plot > figcaption { text-align: center; color: var(--muted); font-size: 0.85rem; }
figure.plots > figcaption { margin-top: 0.6rem; padding-top: 0.5rem; border-top: 1px solid var(--line); font-size: 0.9rem; }
figure.plots > figcaption p { margin: 0; max-width: none; }
.plot-inline { display: inline-block; width: 100%; max-width: 760px; vertical-align: top; }
.note { color: #8a4b00; font-size: 0.85rem; }
blockquote { margin: 1rem 0; padding: 0.2rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
.warning > blockquote { border: 1px solid var(--warn-line); border-left: 6px solid var(--warn-line);
       background: var(--warn-bg); color: var(--fg); border-radius: 4px; padding: 0.5rem 1rem; }
.warning > blockquote p { margin: 0.3rem 0; }
footer { max-width: 1180px; margin: 0 auto; padding: 1rem 2rem 2rem; color: var(--muted); font-size: 0.85rem;
         border-top: 1px solid var(--line); }
@media print { table.sortable thead th::after { content: none; } figure.plots { break-inside: avoid; } footer { display: none; } }
)CSS";

// First in <head>: records every script error, load refused by the page's policy and unhandled
// rejection in <html data-errors> (the browser test reads it from the rendered DOM).
constexpr const char* kErrorRecorder = R"JS(
(function () {
  var root = document.documentElement;
  function record(what) {
    var before = root.getAttribute('data-errors');
    root.setAttribute('data-errors', (before ? before + ' | ' : '') + what);
  }
  window.addEventListener('error', function (e) {
    record('error: ' + (e.message || (e.target && e.target.tagName) || e.type));
  }, true);
  window.addEventListener('securitypolicyviolation', function (e) {
    record('refused by the page policy: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  window.addEventListener('unhandledrejection', function (e) { record('unhandled rejection: ' + e.reason); });
})();
)JS";

// Last in <body>: sortable tables, and the self-test of #selftest (html_page.h).
constexpr const char* kTableScript = R"JS(
(function () {
  'use strict';
  // A cell's sort key: the first number in it that does not stand inside a word ("0.87 ± 0.06",
  // "MMD: −0.12 (at the floor)" with U+2212, "1e-2", "d = 2, r = 1"; not the 2 of "d2_r1"), else
  // its text. Numbers sort before text in both directions.
  var NUMBER = /(?:^|[^A-Za-z0-9_.])([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)/;
  function sortKey(cell) {
    var text = cell.textContent.replace(/\u2212/g, '-').trim();
    var m = NUMBER.exec(text);
    return m ? { number: parseFloat(m[1]), text: text } : { number: NaN, text: text };
  }
  function compare(a, b, direction) {
    var an = !isNaN(a.number), bn = !isNaN(b.number);
    if (an && bn) return direction * (a.number - b.number);
    if (an !== bn) return an ? -1 : 1;
    return direction * a.text.localeCompare(b.text, undefined, { numeric: true, sensitivity: 'base' });
  }
  function sortTable(table, column, descending) {
    var body = table.tBodies[0];
    if (!body) return;
    var direction = descending ? -1 : 1;
    var rows = Array.prototype.map.call(body.rows, function (row, index) {
      var cell = row.cells[column];
      return { row: row, index: index, key: cell ? sortKey(cell) : { number: NaN, text: '' } };
    });
    rows.sort(function (a, b) { return compare(a.key, b.key, direction) || a.index - b.index; });
    rows.forEach(function (r) { body.appendChild(r.row); });
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; ++i) heads[i].removeAttribute('aria-sort');
    heads[column].setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    table.setAttribute('data-sort-column', String(column));
    table.setAttribute('data-sort-direction', descending ? 'descending' : 'ascending');
  }
  function makeSortable(table) {
    if (!table.tHead || !table.tHead.rows.length || !table.tBodies.length) return false;
    var heads = table.tHead.rows[0].cells;
    // A table of name-value rows (an empty header row, `| | |`) has nothing to sort by.
    if (Array.prototype.every.call(heads, function (th) { return th.textContent.trim() === ''; })) {
      table.classList.add('key-value');
      return false;
    }
    table.classList.add('sortable');
    Array.prototype.forEach.call(heads, function (th, column) {
      th.tabIndex = 0;
      th.title = 'Sort by this column (click again: the other way round)';
      function activate() {
        var again = table.getAttribute('data-sort-column') === String(column) &&
                    table.getAttribute('data-sort-direction') === 'ascending';
        sortTable(table, column, again);
      }
      th.addEventListener('click', activate);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); }
      });
    });
    return true;
  }
  var tables = Array.prototype.filter.call(document.querySelectorAll('main table'), makeSortable);

  // #selftest: every table with a column of numbers only (two distinct at least) is sorted by
  // clicking that column's header twice; the order is checked after each click and the table is
  // left sorted descending, so that the rendered DOM shows it.
  function numericColumn(table) {
    var rows = table.tBodies[0].rows, columns = table.tHead.rows[0].cells.length;
    for (var c = 0; c < columns; ++c) {
      var values = [], ok = rows.length >= 2;
      for (var r = 0; ok && r < rows.length; ++r) {
        var cell = rows[r].cells[c], key = cell ? sortKey(cell) : null;
        if (!key || isNaN(key.number)) ok = false; else values.push(key.number);
      }
      if (ok && values.some(function (v) { return v !== values[0]; })) return c;
    }
    return -1;
  }
  function inOrder(table, column, direction) {
    var rows = table.tBodies[0].rows;
    for (var r = 1; r < rows.length; ++r)
      if (direction * (sortKey(rows[r].cells[column]).number - sortKey(rows[r - 1].cells[column]).number) < 0)
        return false;
    return true;
  }
  if (location.hash === '#selftest') {
    var sorted = 0, problems = [];
    tables.forEach(function (table, t) {
      var column = numericColumn(table);
      if (column < 0) return;
      var th = table.tHead.rows[0].cells[column];
      th.click();
      if (!inOrder(table, column, 1)) problems.push('table ' + t + ' column ' + column + ' not ascending');
      th.click();
      if (!inOrder(table, column, -1)) problems.push('table ' + t + ' column ' + column + ' not descending');
      ++sorted;
    });
    if (sorted === 0) problems.push('no table with a column of numbers');
    document.documentElement.setAttribute('data-selftest',
        problems.length ? 'fail: ' + problems.join('; ') : 'pass: ' + sorted + ' tables sorted');
  }
})();
)JS";

// Everything the parser and the tree hold, freed on every path out.
struct Markdown {
  cmark_parser* parser = nullptr;
  cmark_node* document = nullptr;
  ~Markdown() {
    if (document) cmark_node_free(document);
    if (parser) cmark_parser_free(parser);
  }
};

struct CmarkText {
  char* text;
  ~CmarkText() { cmark_get_default_mem_allocator()->free(text); }
};

std::string render(cmark_node* node, cmark_parser* parser) {
  // Unsafe: the raw HTML it passes is only the page's own (every raw HTML node of the Markdown
  // was made text before, every link target checked).
  const CmarkText html{cmark_render_html(node, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser))};
  return html.text ? std::string(html.text) : std::string();
}

std::vector<cmark_node*> nodes_of(cmark_node* root, cmark_node_type type) {
  std::vector<cmark_node*> out;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type e; (e = cmark_iter_next(iter)) != CMARK_EVENT_DONE;)
    if (e == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(iter)) == type)
      out.push_back(cmark_iter_get_node(iter));
  cmark_iter_free(iter);
  return out;
}

std::string literal(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s ? s : "";
}

// The plain text of a node's descendants (an image's alt text, a heading's title).
std::string plain_text(cmark_node* node) {
  std::string out;
  cmark_iter* iter = cmark_iter_new(node);
  for (cmark_event_type e; (e = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(iter);
    if (e != CMARK_EVENT_ENTER) continue;
    const cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) out += literal(n);
    else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) out += ' ';
  }
  cmark_iter_free(iter);
  return out;
}

// "scheme:" at the start of a URL (RFC 3986: a letter, then letters, digits, + - .).
std::string url_scheme(const std::string& url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return "";
  for (std::size_t i = 1; i < url.size(); ++i) {
    const unsigned char c = url[i];
    if (c == ':') return std::string(url.substr(0, i));
    if (!(std::isalnum(c) || c == '+' || c == '-' || c == '.')) return "";
  }
  return "";
}

std::string base64(std::string_view bytes) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += kDigits[(v >> 6) & 63];
    out += kDigits[v & 63];
  }
  if (i < bytes.size()) {
    const bool two = i + 1 < bytes.size();
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (two ? static_cast<unsigned char>(bytes[i + 1]) << 8 : 0u);
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += two ? kDigits[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string lower_extension(const std::string& path) {
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// Reads the images of one page from its folder, within the page's budget.
class ImageInliner {
 public:
  ImageInliner(const InputFolder& folder, HtmlPageSummary& summary) : folder_(folder), summary_(summary) {}

  // The element that shows the image `url` (alt text `alt`): an <svg> or an <img> with a data:
  // URI, plus a note when an SVG fell back to its PNG.
  std::string element(const std::string& url, const std::string& alt) {
    check_target(url);
    const std::string ext = lower_extension(url);
    const std::string bytes = read(url);
    if (ext != "svg") return embedded(url, bytes, ext, alt);
    const std::string prefix = fmt::format("plot{}-", ++svg_count_);
    try {
      std::string svg = inline_svg(bytes, prefix, alt);
      ++summary_.svg_inlined;
      return svg;
    } catch (const SvgRefused& e) {
      const std::string png = url.substr(0, url.size() - 3) + "png";
      std::string png_bytes;
      try {
        png_bytes = read(png);
      } catch (const UsageError&) {
        throw UsageError(fmt::format("report.html: image {} is an SVG the page may not hold ({}) and has no PNG "
                                     "beside it ({})",
                                     folder_.display(url), e.what(), excerpt(png, kPathExcerptMaxChars)));
      }
      ++summary_.svg_fallbacks;
      return embedded(png, png_bytes, "png", alt) + "<span class=\"note\">The SVG was not inlined (" +
             html_escape(e.what()) + "); this is the PNG beside it.</span>";
    }
  }

 private:
  [[noreturn]] void refuse(const std::string& url, const std::string& why) const {
    throw UsageError(fmt::format("report.html: image '{}' in {} {} (allowed: a relative path to an .svg, .png or "
                                 ".gif file inside the report folder)",
                                 excerpt(url, kPathExcerptMaxChars), excerpt(folder_.dir(), kPathExcerptMaxChars),
                                 why));
  }

  void check_target(const std::string& url) const {
    if (url.empty()) refuse(url, "has no target");
    if (!url_scheme(url).empty()) refuse(url, "is a URL (a page loads nothing)");
    if (url[0] == '/') refuse(url, "is an absolute path");
    if (url.find_first_of("?#\\") != std::string::npos) refuse(url, "holds '?', '#' or '\\'");
    std::size_t from = 0;
    for (;;) {
      const std::size_t slash = url.find('/', from);
      if (url.substr(from, slash == std::string::npos ? std::string::npos : slash - from) == "..")
        refuse(url, "leads out of the folder ('..')");
      if (slash == std::string::npos) break;
      from = slash + 1;
    }
    const std::string ext = lower_extension(url);
    if (ext != "svg" && ext != "png" && ext != "gif") refuse(url, "is not an .svg, .png or .gif file");
  }

  std::string read(const std::string& url) {
    std::string bytes;
    try {
      bytes = folder_.read(url, kReportImageFile);  // inside the folder, symlinks resolved
    } catch (const UsageError& e) {
      throw UsageError(std::string("report.html: image ") + e.what());
    }
    used_ += bytes.size();
    if (used_ > kMaxInlinedBytes)
      throw UsageError(fmt::format("report.html: the images up to {} come to {} bytes, more than the page's {} "
                                   "(kMaxInlinedBytes)",
                                   folder_.display(url), used_, format_byte_cap(kMaxInlinedBytes)));
    return bytes;
  }

  std::string embedded(const std::string& url, const std::string& bytes, const std::string& ext,
                       const std::string& alt) {
    const bool png = ext == "png";
    const std::string_view magic = png ? std::string_view("\x89PNG\r\n\x1a\n", 8) : std::string_view("GIF8", 4);
    if (std::string_view(bytes).substr(0, magic.size()) != magic)
      refuse(url, png ? "is not a PNG file (no PNG signature)" : "is not a GIF file (no GIF signature)");
    ++summary_.images_embedded;
    return "<img alt=\"" + html_escape(alt) + "\" src=\"data:image/" + ext + ";base64," + base64(bytes) + "\">";
  }

  const InputFolder& folder_;
  HtmlPageSummary& summary_;
  std::uintmax_t used_ = 0;
  int svg_count_ = 0;
};

cmark_node* html_block(const std::string& html) {
  cmark_node* node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
  cmark_node_set_literal(node, html.c_str());
  return node;
}

void replace_and_free(cmark_node* old_node, cmark_node* new_node) {
  cmark_node_replace(old_node, new_node);
  cmark_node_free(old_node);
}

// Raw HTML of the Markdown becomes text (shown, never interpreted); link targets with a scheme
// other than http, https or mailto are dropped.
void neutralise(cmark_node* document) {
  for (cmark_node* n : nodes_of(document, CMARK_NODE_HTML_INLINE)) {
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal(n).c_str());
    replace_and_free(n, text);
  }
  for (cmark_node* n : nodes_of(document, CMARK_NODE_HTML_BLOCK)) {
    cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal(n).c_str());
    cmark_node_append_child(paragraph, text);
    replace_and_free(n, paragraph);
  }
  for (cmark_node* n : nodes_of(document, CMARK_NODE_LINK)) {
    const char* url = cmark_node_get_url(n);
    std::string scheme = url_scheme(url ? url : "");
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!scheme.empty() && scheme != "http" && scheme != "https" && scheme != "mailto") cmark_node_set_url(n, "");
  }
}

// A paragraph of images only (and the line breaks between them).
bool images_only(cmark_node* paragraph) {
  bool any = false;
  for (cmark_node* c = cmark_node_first_child(paragraph); c; c = cmark_node_next(c)) {
    const cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_IMAGE) any = true;
    else if (t == CMARK_NODE_TEXT) {
      const std::string s = literal(c);
      if (!std::all_of(s.begin(), s.end(), [](unsigned char ch) { return std::isspace(ch); })) return false;
    } else if (t != CMARK_NODE_SOFTBREAK && t != CMARK_NODE_LINEBREAK) {
      return false;
    }
  }
  return any;
}

bool starts_with_word(cmark_node* paragraph, std::string_view word) {
  cmark_node* first = cmark_node_first_child(paragraph);
  if (!first) return false;
  const cmark_node_type t = cmark_node_get_type(first);
  std::string text;
  if (t == CMARK_NODE_TEXT) text = literal(first);
  else if (t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG) text = plain_text(first);
  return text.rfind(word, 0) == 0;
}

bool inside_image(cmark_node* node) {
  for (cmark_node* p = cmark_node_parent(node); p; p = cmark_node_parent(p))
    if (cmark_node_get_type(p) == CMARK_NODE_IMAGE) return true;
  return false;
}

void make_figures(cmark_node* document, cmark_parser* parser, ImageInliner& images, HtmlPageSummary& summary) {
  std::vector<cmark_node*> figures;
  for (cmark_node* p : nodes_of(document, CMARK_NODE_PARAGRAPH))
    if (images_only(p)) figures.push_back(p);
  // Images anywhere else (in text, a table cell, a caption) are shown where they stand.
  for (cmark_node* image : nodes_of(document, CMARK_NODE_IMAGE)) {
    if (std::find(figures.begin(), figures.end(), cmark_node_parent(image)) != figures.end()) continue;
    if (inside_image(image)) continue;  // ![![a](a.svg)](b.svg): freed with the outer one; its alt only
    const char* url = cmark_node_get_url(image);
    // The element first: it may throw, and a node made before it would leak (found by fuzz/html_page).
    const std::string element =
        "<span class=\"plot-inline\">" + images.element(url ? url : "", plain_text(image)) + "</span>";
    cmark_node* html = cmark_node_new(CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(html, element.c_str());
    replace_and_free(image, html);
  }
  std::vector<cmark_node*> made;  // the figures' blocks, in document order
  for (cmark_node* p : figures) {
    std::string html = "<figure class=\"plots\"><div class=\"plot-row\">\n";
    for (cmark_node* c = cmark_node_first_child(p); c; c = cmark_node_next(c)) {
      if (cmark_node_get_type(c) != CMARK_NODE_IMAGE) continue;
      const char* url = cmark_node_get_url(c);
      const std::string alt = plain_text(c);
      html += "<figure class=\"plot\">" + images.element(url ? url : "", alt) + "<figcaption>" + html_escape(alt) +
              "</figcaption></figure>\n";
    }
    html += "</div>";
    cmark_node* next = cmark_node_next(p);
    if (next && cmark_node_get_type(next) == CMARK_NODE_PARAGRAPH && starts_with_word(next, "Figure")) {
      html += "<figcaption>" + render(next, parser) + "</figcaption>";
      cmark_node_unlink(next);
      cmark_node_free(next);
    }
    html += "</figure>\n";
    cmark_node* figure = html_block(html);
    replace_and_free(p, figure);
    made.push_back(figure);
    ++summary.figures;
  }
  // Figures that follow each other (a plot per paragraph, each with its caption) share a grid, so
  // that a wide window shows them side by side.
  for (std::size_t i = 0; i < made.size();) {
    std::size_t j = i;
    while (j + 1 < made.size() && cmark_node_next(made[j]) == made[j + 1]) ++j;
    if (j > i) {
      cmark_node_insert_before(made[i], html_block("<div class=\"figure-grid\">"));
      cmark_node_insert_after(made[j], html_block("</div>"));
    }
    i = j + 1;
  }
}

// A block quote starting with **Warning:** goes in a warning box.
void mark_warnings(cmark_node* document, HtmlPageSummary& summary) {
  for (cmark_node* quote : nodes_of(document, CMARK_NODE_BLOCK_QUOTE)) {
    cmark_node* first = cmark_node_first_child(quote);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH) continue;
    cmark_node* strong = cmark_node_first_child(first);
    if (!strong || cmark_node_get_type(strong) != CMARK_NODE_STRONG || plain_text(strong).rfind("Warning", 0) != 0)
      continue;
    cmark_node_insert_before(quote, html_block("<div class=\"warning\" role=\"note\">"));
    cmark_node_insert_after(quote, html_block("</div>"));
    ++summary.warnings;
  }
}

std::string page_title(cmark_node* document) {
  for (cmark_node* h : nodes_of(document, CMARK_NODE_HEADING))
    if (cmark_node_get_heading_level(h) == 1) return plain_text(h);
  return "nwgf report";
}

int count_tables(cmark_node* document) {
  int tables = 0;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type e; (e = cmark_iter_next(iter)) != CMARK_EVENT_DONE;)
    if (e == CMARK_EVENT_ENTER && std::strcmp(cmark_node_get_type_string(cmark_iter_get_node(iter)), "table") == 0)
      ++tables;
  cmark_iter_free(iter);
  return tables;
}

}  // namespace

std::string markdown_page(const std::string& markdown, const InputFolder& folder, HtmlPageSummary* summary_out) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  HtmlPageSummary summary;
  Markdown md;
  md.parser = cmark_parser_new(CMARK_OPT_VALIDATE_UTF8);  // invalid UTF-8 becomes U+FFFD
  if (!md.parser) throw std::runtime_error("report.html: cmark-gfm could not make a parser");
  cmark_syntax_extension* table = cmark_find_syntax_extension("table");
  if (!table || !cmark_parser_attach_syntax_extension(md.parser, table))
    throw std::runtime_error("report.html: cmark-gfm has no table extension");
  cmark_parser_feed(md.parser, markdown.data(), markdown.size());
  md.document = cmark_parser_finish(md.parser);
  if (!md.document) throw std::runtime_error("report.html: cmark-gfm could not parse report.md");

  neutralise(md.document);
  ImageInliner images(folder, summary);
  make_figures(md.document, md.parser, images, summary);
  mark_warnings(md.document, summary);
  summary.tables = count_tables(md.document);
  const std::string title = page_title(md.document);
  const std::string body = render(md.document, md.parser);
  if (summary_out) *summary_out = summary;

  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         // Nothing is loaded from anywhere: images are data: URIs or inline SVG, style and script inline.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
         "<meta name=\"generator\" content=\"nwgf html: report.md rendered by suite/report/html_page.h\">\n"
         "<title>" +
         html_escape(title) + "</title>\n<style>" + kStyle + "</style>\n<script>" + kErrorRecorder +
         "</script>\n</head>\n<body>\n<main>\n" + body +
         "</main>\n<footer>This page is report.md of its folder, rendered by <code>nwgf html</code> into one file "
         "that loads nothing: the plots are inline SVG, the data and the plot script are beside it "
         "(<code>data/</code>, <code>plots.gp</code>). Click a column header to sort a table.</footer>\n<script>" +
         kTableScript + "</script>\n</body>\n</html>\n";
}

HtmlPageSummary write_html_page(const std::string& dir) {
  const InputFolder folder(dir, "report folder");
  const std::string markdown = folder.read("report.md", kReportMarkdownFile);
  HtmlPageSummary summary;
  const std::string page = markdown_page(markdown, folder, &summary);
  summary.path = dir + "/report.html";
  write_file_atomic(summary.path, page);
  return summary;
}

}  // namespace nwgf::suite
