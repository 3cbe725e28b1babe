// An SVG file checked and rewritten for an HTML page (suite/report/inline_svg.h).
#include "suite/report/inline_svg.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "suite/common/message_limits.h"

namespace nwgf::suite {

namespace {

bool starts_with(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.size() >= at && text.substr(at).substr(0, prefix.size()) == prefix;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':'; }

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '-' || c == '.';
}

bool allowed_element(std::string_view name) {
  return std::any_of(std::begin(kAllowedSvgElements), std::end(kAllowedSvgElements),
                     [&](const char* e) { return name == e; });
}

std::string allowed_elements_text() {
  std::string out;
  for (const char* e : kAllowedSvgElements) out += (out.empty() ? "" : ", ") + std::string(e);
  return out;
}

[[noreturn]] void refuse(std::size_t at, const std::string& what) {
  throw SvgRefused(fmt::format("at byte {}: {}", at, what));
}

// `value` with every url(#x) made url(#<prefix>x); url() to anything but a fragment is refused.
std::string prefixed_urls(const std::string& value, const std::string& prefix, std::size_t at,
                          const std::string& attribute) {
  std::string out;
  const std::string low = lower(value);
  std::size_t from = 0;
  for (std::size_t u = low.find("url("); u != std::string::npos; u = low.find("url(", from)) {
    std::size_t k = u + 4;
    while (k < value.size() && (is_space(value[k]) || value[k] == '\'' || value[k] == '"')) ++k;
    if (k >= value.size() || value[k] != '#')
      refuse(at, fmt::format("attribute {}=\"{}\" holds a url() that is not a fragment (allowed: url(#id) only)",
                             attribute, excerpt(value)));
    out += value.substr(from, k + 1 - from) + prefix;
    from = k + 1;
  }
  return out + value.substr(from);
}

// Escapes a value for a double-quoted attribute. The value is XML text already (its entities
// stay as they are, the HTML parser reads the same ones); only the quote and a bare '<' change.
std::string requoted(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '"') out += "&quot;";
    else if (c == '<') out += "&lt;";
    else out += c;
  }
  return out;
}

struct Attribute {
  std::string name, value;
};

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string inline_svg(std::string_view text, const std::string& id_prefix, std::string_view label) {
  if (id_prefix.empty() || !std::isalpha(static_cast<unsigned char>(id_prefix[0])) ||
      !std::all_of(id_prefix.begin(), id_prefix.end(),
                   [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; }))
    throw std::logic_error("inline_svg: id prefix '" + excerpt(id_prefix) +
                                "' must be ASCII letters, digits, '-' or '_', starting with a letter");
  const std::size_t n = text.size();
  std::size_t i = 0;
  if (starts_with(text, 0, "\xEF\xBB\xBF")) i = 3;  // a UTF-8 byte order mark
  // The prolog: XML declaration, comments, processing instructions, a DOCTYPE without subset.
  for (;;) {
    while (i < n && is_space(text[i])) ++i;
    if (starts_with(text, i, "<?")) {
      const std::size_t e = text.find("?>", i);
      if (e == std::string_view::npos) refuse(i, "unterminated processing instruction");
      i = e + 2;
    } else if (starts_with(text, i, "<!--")) {
      const std::size_t e = text.find("-->", i + 4);
      if (e == std::string_view::npos) refuse(i, "unterminated comment");
      i = e + 3;
    } else if (starts_with(text, i, "<!DOCTYPE")) {
      const std::size_t e = text.find('>', i);
      if (e == std::string_view::npos) refuse(i, "unterminated DOCTYPE");
      if (text.substr(i, e - i).find('[') != std::string_view::npos)
        refuse(i, "a DOCTYPE with an internal subset (entity declarations) is not allowed");
      i = e + 1;
    } else {
      break;
    }
  }
  if (!starts_with(text, i, "<svg") || i + 4 >= n || !(is_space(text[i + 4]) || text[i + 4] == '>' || text[i + 4] == '/'))
    refuse(i, "the file does not start with an <svg> element");

  std::string out;
  out.reserve(n);
  std::vector<std::string> open;  // names of the open elements
  bool root_closed = false;
  bool skipping = false;          // inside a <title> or <desc> that is a direct child of the root
  while (i < n) {
    if (text[i] != '<') {
      const std::size_t e = std::min(text.find('<', i), n);
      const std::string_view chunk = text.substr(i, e - i);
      if (open.empty()) {
        if (!std::all_of(chunk.begin(), chunk.end(), is_space)) refuse(i, "text after the root element");
      } else if (!skipping) {
        out += chunk;
      }
      i = e;
      continue;
    }
    if (starts_with(text, i, "<!--")) {
      const std::size_t e = text.find("-->", i + 4);
      if (e == std::string_view::npos) refuse(i, "unterminated comment");
      i = e + 3;
      continue;
    }
    if (starts_with(text, i, "<![CDATA[")) refuse(i, "CDATA sections are not allowed (a plot has no script)");
    if (starts_with(text, i, "<?")) {
      const std::size_t e = text.find("?>", i);
      if (e == std::string_view::npos) refuse(i, "unterminated processing instruction");
      i = e + 2;
      continue;
    }
    if (starts_with(text, i, "<!")) refuse(i, "a declaration inside the document is not allowed");
    if (root_closed) refuse(i, "an element after the root element");
    if (starts_with(text, i, "</")) {
      std::size_t k = i + 2;
      while (k < n && is_name_char(text[k])) ++k;
      const std::string name(text.substr(i + 2, k - i - 2));
      while (k < n && is_space(text[k])) ++k;
      if (k >= n || text[k] != '>') refuse(i, "malformed end tag");
      if (open.empty() || open.back() != name)
        refuse(i, fmt::format("end tag </{}> does not close <{}>", excerpt(name), open.empty() ? "" : open.back()));
      open.pop_back();
      if (skipping && open.size() == 1) {
        skipping = false;
      } else if (!skipping) {
        out += "</" + name + ">";
      }
      if (open.empty()) root_closed = true;
      i = k + 1;
      continue;
    }
    // A start tag.
    const std::size_t tag_at = i;
    std::size_t k = i + 1;
    if (k >= n || !is_name_start(text[k])) refuse(i, "malformed tag");
    while (k < n && is_name_char(text[k])) ++k;
    const std::string name(text.substr(i + 1, k - i - 1));
    if (!allowed_element(name))
      refuse(i, fmt::format("element <{}> is not allowed in a plot (allowed: {})", excerpt(name),
                            allowed_elements_text()));
    if (open.empty() && name != "svg") refuse(i, "the root element is not <svg>");
    std::vector<Attribute> attributes;
    bool self_closing = false;
    for (;;) {
      while (k < n && is_space(text[k])) ++k;
      if (k >= n) refuse(tag_at, fmt::format("unterminated tag <{}>", name));
      if (text[k] == '>') {
        ++k;
        break;
      }
      if (text[k] == '/' && k + 1 < n && text[k + 1] == '>') {
        self_closing = true;
        k += 2;
        break;
      }
      if (!is_name_start(text[k])) refuse(k, fmt::format("malformed attribute in <{}>", name));
      const std::size_t a = k;
      while (k < n && is_name_char(text[k])) ++k;
      std::string attribute(text.substr(a, k - a));
      while (k < n && is_space(text[k])) ++k;
      if (k >= n || text[k] != '=') refuse(a, fmt::format("attribute {} of <{}> has no value", excerpt(attribute), name));
      ++k;
      while (k < n && is_space(text[k])) ++k;
      if (k >= n || (text[k] != '"' && text[k] != '\'')) refuse(a, fmt::format("attribute {} is not quoted", excerpt(attribute)));
      const char quote = text[k];
      const std::size_t e = text.find(quote, k + 1);
      if (e == std::string_view::npos) refuse(a, fmt::format("unterminated value of attribute {}", excerpt(attribute)));
      std::string value(text.substr(k + 1, e - k - 1));
      k = e + 1;
      if (value.find('<') != std::string::npos) refuse(a, fmt::format("'<' in the value of attribute {}", excerpt(attribute)));
      const std::string low = lower(attribute);
      if (low.rfind("on", 0) == 0)
        refuse(a, fmt::format("event handler attribute {} is not allowed (a plot has no script)", excerpt(attribute)));
      if (low == "style")
        refuse(a, "a style attribute is not allowed (it may load what the page must not; use presentation attributes)");
      if (low == "xmlns" || low.rfind("xmlns:", 0) == 0) continue;  // the HTML parser sets the namespace
      if (low == "href" || low == "xlink:href") {
        if (value.empty() || value[0] != '#')
          refuse(a, fmt::format("{}=\"{}\" is not a fragment (allowed: #id only: a page loads nothing)", attribute,
                                excerpt(value)));
        value = "#" + id_prefix + value.substr(1);
      } else if (low == "id") {
        value = id_prefix + value;
      } else {
        value = prefixed_urls(value, id_prefix, a, attribute);
      }
      attributes.push_back({std::move(attribute), std::move(value)});
    }
    i = k;
    const bool skip_this = !skipping && open.size() == 1 && (name == "title" || name == "desc");
    if (!skipping && !skip_this) {
      out += "<" + name;
      for (const auto& a : attributes) out += " " + a.name + "=\"" + requoted(a.value) + "\"";
      if (open.empty()) out += " role=\"img\" aria-label=\"" + html_escape(label) + "\"";
      out += self_closing ? "/>" : ">";
    }
    if (self_closing) {
      if (open.empty()) root_closed = true;
      continue;
    }
    if (skip_this) skipping = true;
    open.push_back(name);
    if (open.size() > static_cast<std::size_t>(kMaxSvgDepth))
      refuse(tag_at, fmt::format("elements nested deeper than {} levels", kMaxSvgDepth));
  }
  if (!open.empty()) refuse(n, fmt::format("the file ends inside <{}>", open.back()));
  if (!root_closed) refuse(n, "no root element");
  return out;
}

}  // namespace nwgf::suite
