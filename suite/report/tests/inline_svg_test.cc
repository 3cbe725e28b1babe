// An SVG pasted into the HTML report (suite/report/inline_svg.h): gnuplot's own output is kept
// (shapes, text, the <use> of its point symbols, its filters), its ids made unique per plot, its
// prolog dropped; anything that could run code or load something is refused with the element or
// attribute named.
#include <string>

#include <doctest/doctest.h>

#include "suite/report/inline_svg.h"

using namespace nwgf::suite;

namespace {

// The shape of gnuplot 5.4's svg terminal output (reports/*/conv_*.svg), shortened.
const std::string kGnuplotSvg = R"(<?xml version="1.0" encoding="utf-8"  standalone="no"?>
<svg 
 viewBox="0 0 720 520"
 xmlns="http://www.w3.org/2000/svg"
 xmlns:xlink="http://www.w3.org/1999/xlink"
>

<title>Gnuplot</title>
<desc>Produced by GNUPLOT 5.4 patchlevel 4 </desc>

<g id="gnuplot_canvas">
<defs>
	<path id='gpPt1' stroke-width='0.205' stroke='currentColor' d='M-1,-1 L1,1 M1,-1 L-1,1'/>
	<filter id='textbox' filterUnits='objectBoundingBox' x='0' y='0' height='1' width='1'>
	  <feFlood flood-color='#FFFFFF' flood-opacity='1' result='bgnd'/>
	</filter>
</defs>
<g id="gnuplot_plot_1" ><title>backward &amp; "forward"</title>
	<use xlink:href='#gpPt1' transform='translate(10,20) scale(4.5)' color='rgb(148,   0, 211)'/>
	<text filter='url(#textbox)'><tspan font-family="Arial">MMD &lt; floor</tspan></text>
</g>
</g>
</svg>

)";

std::string refusal(const std::string& svg) {
  try {
    inline_svg(svg, "p1-", "a plot");
  } catch (const SvgRefused& e) {
    return e.what();
  }
  return "";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("gnuplot's SVG is kept, its ids and fragment references prefixed, its prolog dropped") {
  const std::string out = inline_svg(kGnuplotSvg, "plot7-", "mmd vs tau, d = 2 <r = 1>");
  CHECK(out.rfind("<svg viewBox=\"0 0 720 520\" role=\"img\" aria-label=\"mmd vs tau, d = 2 &lt;r = 1&gt;\">", 0) == 0);
  CHECK(out.size() >= 6);
  CHECK(out.substr(out.size() - 6) == "</svg>");
  CHECK_FALSE(has(out, "<?xml"));
  CHECK_FALSE(has(out, "xmlns"));                // the HTML parser sets the namespace
  CHECK_FALSE(has(out, "Gnuplot"));              // the root's title and desc are dropped ...
  CHECK_FALSE(has(out, "Produced by"));
  CHECK(has(out, "<title>backward &amp; \"forward\"</title>"));  // ... a curve's title is kept
  CHECK(has(out, "<g id=\"plot7-gnuplot_canvas\">"));
  CHECK(has(out, "<path id=\"plot7-gpPt1\" stroke-width=\"0.205\""));
  CHECK(has(out, "<use xlink:href=\"#plot7-gpPt1\" transform=\"translate(10,20) scale(4.5)\""));
  CHECK(has(out, "<text filter=\"url(#plot7-textbox)\">"));
  CHECK(has(out, "MMD &lt; floor"));
  CHECK_FALSE(has(out, "id=\"gpPt1\""));
  CHECK_FALSE(has(out, "'#gpPt1'"));
}

TEST_CASE("two plots inlined with their own prefixes share no id") {
  const std::string a = inline_svg(kGnuplotSvg, "plot1-", "a");
  const std::string b = inline_svg(kGnuplotSvg, "plot2-", "b");
  CHECK(has(a, "id=\"plot1-gpPt1\""));
  CHECK(has(b, "id=\"plot2-gpPt1\""));
  CHECK_FALSE(has(a, "plot2-"));
}

TEST_CASE("a single-quoted value holding a double quote is re-quoted safely") {
  const std::string out = inline_svg("<svg><text font-family='A \"B\"'>x</text></svg>", "p-", "");
  CHECK(has(out, "font-family=\"A &quot;B&quot;\""));
}

TEST_CASE("elements that run code, load something or leave the SVG are refused, naming them") {
  CHECK(has(refusal("<svg><script>alert(1)</script></svg>"), "element <script> is not allowed"));
  CHECK(has(refusal("<svg><style>@import url(http://x/a.css);</style></svg>"), "element <style>"));
  CHECK(has(refusal("<svg><image xlink:href='http://x/a.png'/></svg>"), "element <image>"));
  CHECK(has(refusal("<svg><foreignObject><div/></foreignObject></svg>"), "element <foreignObject>"));
  CHECK(has(refusal("<svg><a href='#x'><rect/></a></svg>"), "element <a>"));
  CHECK(has(refusal("<svg><animate attributeName='href' to='javascript:alert(1)'/></svg>"), "element <animate>"));
  CHECK(has(refusal("<html><body/></html>"), "does not start with an <svg> element"));
  CHECK(has(refusal("<svg><![CDATA[ x ]]></svg>"), "CDATA"));
}

TEST_CASE("attributes that run code or load something are refused, naming them") {
  CHECK(has(refusal("<svg onload='alert(1)'></svg>"), "event handler attribute onload"));
  CHECK(has(refusal("<svg><rect ONCLICK=\"x()\"/></svg>"), "event handler attribute ONCLICK"));
  CHECK(has(refusal("<svg><rect style='fill:url(http://x/a)'/></svg>"), "style attribute"));
  CHECK(has(refusal("<svg><use xlink:href='http://x/a.svg#p'/></svg>"), "is not a fragment"));
  CHECK(has(refusal("<svg><use href='javascript:alert(1)'/></svg>"), "is not a fragment"));
  CHECK(has(refusal("<svg><rect fill='url(http://x/p.svg#g)'/></svg>"), "url() that is not a fragment"));
  CHECK(has(refusal("<svg><rect fill=' URL( \"data:x\")'/></svg>"), "url() that is not a fragment"));
}

TEST_CASE("documents that are not well formed, or that declare entities, are refused") {
  CHECK(has(refusal("<!DOCTYPE svg [<!ENTITY a \"b\">]><svg>&a;</svg>"), "internal subset"));
  CHECK(has(refusal("<svg><g></svg>"), "does not close <g>"));
  CHECK(has(refusal("<svg><g>"), "ends inside <g>"));
  CHECK(has(refusal("<svg></svg><svg></svg>"), "after the root element"));
  CHECK(has(refusal("<svg></svg>trailing"), "text after the root element"));
  CHECK(has(refusal("<svg><rect x=1/></svg>"), "not quoted"));
  CHECK(has(refusal("<svg><rect x='1/></svg>"), "unterminated"));
  std::string deep = "<svg>";
  for (int i = 0; i < kMaxSvgDepth; ++i) deep += "<g>";
  CHECK(has(refusal(deep), "nested deeper than"));
}

TEST_CASE("a DOCTYPE without subset, comments and processing instructions are dropped") {
  const std::string out =
      inline_svg("\xEF\xBB\xBF<?xml version='1.0'?><!-- made by hand --><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                 "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg><!-- x --><rect/><?pi?></svg>\n",
                 "p-", "");
  CHECK(out == "<svg role=\"img\" aria-label=\"\"><rect/></svg>");
}

TEST_CASE("an id prefix that could break out of an attribute is a programming error") {
  CHECK_THROWS_AS(inline_svg("<svg/>", "p\"", ""), std::logic_error);
  CHECK_THROWS_AS(inline_svg("<svg/>", "1p", ""), std::logic_error);
  // A refused file is bad input: std::invalid_argument, as every refusal (exit 2 in the program).
  CHECK_THROWS_AS(inline_svg("<svg><script/></svg>", "p-", ""), std::invalid_argument);
  CHECK(inline_svg("<svg/>", "p_1-", "") == "<svg role=\"img\" aria-label=\"\"/>");
}

TEST_CASE("html_escape escapes the five characters that matter and nothing else") {
  CHECK(html_escape("a<b>&\"c'd é") == "a&lt;b&gt;&amp;&quot;c&#39;d é");
}
