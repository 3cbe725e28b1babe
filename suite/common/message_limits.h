#pragma once
// Bounds on what a message reports (docs/contributing.md: one line naming the value): an outside
// string is quoted as an excerpt, never whole (a 10 MB string in a config is not echoed), and a
// list of problems is reported up to a number of lines, then counted.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nwgf::suite {

// Characters of an outside string a message quotes.
inline constexpr std::size_t kExcerptMaxChars = 80;
// Characters of a path a message quotes (paths are long more often than other strings, and a
// message that cuts a real path short is hard to act on).
inline constexpr std::size_t kPathExcerptMaxChars = 400;
// Problems of one input reported line by line; the rest are counted in one more line.
inline constexpr std::size_t kMaxProblemLines = 20;

// `text` as a message quotes it: control characters (newlines included, which would break the
// one-line rule) written as \n, \t or \xNN, and, beyond max_chars characters, cut with
// "... (N characters)" giving the full length.
std::string excerpt(std::string_view text, std::size_t max_chars = kExcerptMaxChars);

// The lines that report `problems`: the first max_lines of them, then
// "... and K more problems" when there are more.
std::vector<std::string> capped_problem_lines(const std::vector<std::string>& problems,
                                              std::size_t max_lines = kMaxProblemLines);

}  // namespace nwgf::suite
