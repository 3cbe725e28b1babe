#pragma once
// An SVG file made fit to be pasted inside an HTML page (suite/report/html_page.h): the report's
// gnuplot plots are inlined as <svg> elements so the page is one self-contained file that works
// offline from file://.
//
// The SVG text is checked element by element and attribute by attribute against what a plot
// needs (the elements and attributes gnuplot's svg terminal writes, and the usual shapes,
// gradients, clip paths and filters), so that a file in a report folder, which anyone may have
// edited, cannot run code or reach the network from the page:
//  - elements: only those of kAllowedSvgElements below (no <script>, <style>, <image>,
//    <foreignObject>, <a>, <animate>, ...); no CDATA sections; no DOCTYPE with an internal
//    subset (entities);
//  - attributes: no event handlers (on*), no `style` (it could hold url() or @import), an
//    href / xlink:href only to a fragment ("#id"), and url(...) in any value only to a fragment;
//  - ids are made unique within the page: every id gets the prefix `id_prefix` and so does every
//    fragment reference (href="#x", url(#x)), because gnuplot gives every plot the same ids
//    (gpPt0, gnuplot_canvas, ...) and a page holding two plots would otherwise hold each id twice.
// What is dropped: the XML declaration, a DOCTYPE without internal subset, comments, processing
// instructions, the xmlns attributes (the HTML parser puts <svg> in the SVG namespace itself)
// and the <title> and <desc> that are direct children of the root (gnuplot's "Gnuplot" and
// "Produced by GNUPLOT 5.4" would show as the whole plot's tooltip); the root gets role="img"
// and aria-label="<label>" instead. The rest is copied as written (attribute values re-quoted
// with double quotes).
//
// Budget: one pass over the text; at most kMaxSvgDepth nested elements (deeper is refused).
#include <stdexcept>
#include <string>
#include <string_view>

namespace nwgf::suite {

// Elements a plot may use (SVG 1.1 names, case-sensitive).
inline constexpr const char* kAllowedSvgElements[] = {
    "svg",      "g",          "defs",           "title",          "desc",        "path",
    "polygon",  "polyline",   "line",           "rect",           "circle",      "ellipse",
    "text",     "tspan",      "use",            "symbol",         "clipPath",    "mask",
    "marker",   "linearGradient", "radialGradient", "stop",       "filter",      "feFlood",
    "feComposite", "feOffset", "feGaussianBlur", "feMerge",       "feMergeNode", "feBlend",
    "feColorMatrix"};

// Elements nested deeper than this are refused (gnuplot nests 4-5).
inline constexpr int kMaxSvgDepth = 64;

// Thrown when the text is not an SVG a page may hold (bad input: an std::invalid_argument, as
// every refusal of outside input); what() names the first offending element or attribute (as an
// excerpt) and what is allowed.
struct SvgRefused : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// The <svg> element of `svg_text`, checked and rewritten as above, ready to paste into an HTML
// page. `id_prefix` (e.g. "plot3-") must be made of ASCII letters, digits, '-' and '_' and start
// with a letter (std::logic_error otherwise: the caller's mistake, not the file's); `label` is the plot's accessible name (any
// text: it is escaped). Throws SvgRefused as described.
std::string inline_svg(std::string_view svg_text, const std::string& id_prefix, std::string_view label);

// Text escaped for an HTML text node or a double-quoted attribute value: & < > " ' as entities.
std::string html_escape(std::string_view text);

}  // namespace nwgf::suite
