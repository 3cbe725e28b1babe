#pragma once
// The text pieces every spec parser of analytic/ shares (the line family's specs,
// analytic/line/specs.h; the radial family's, analytic/radial/radial_measure.h), and
// suite/flow/targets.cc: how a message quotes outside text, and the splitting of a spec into its
// tokens. analytic/ cannot link suite/common/message_limits.h, whose rule quoted_spec follows (one
// line, whatever the input's length).
#include <cstddef>
#include <string>
#include <vector>

namespace nwgf::analytic {

// Characters of a spec or token a message quotes.
inline constexpr std::size_t kSpecShownChars = 80;

// `text` as a message quotes it: control characters as \xNN, cut after kSpecShownChars
// characters with "... (N characters)".
std::string quoted_spec(const std::string& text);
// `s` without leading and trailing spaces and tabs.
std::string trim_spec(const std::string& s);
// The pieces of `s` between the separators `sep` (n separators: n + 1 pieces, empty ones kept).
std::vector<std::string> split_spec(const std::string& s, char sep);

}  // namespace nwgf::analytic
