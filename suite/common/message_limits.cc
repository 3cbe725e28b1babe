// Bounds on what a message reports (suite/common/message_limits.h).
#include "suite/common/message_limits.h"

#include <fmt/format.h>

namespace nwgf::suite {

std::string excerpt(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t shown = text.size() > max_chars ? max_chars : text.size();
  // Never cut inside a UTF-8 character: back up over its continuation bytes (10xxxxxx).
  while (shown > 0 && shown < text.size() && (static_cast<unsigned char>(text[shown]) & 0xc0) == 0x80) --shown;
  for (std::size_t i = 0; i < shown; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) out += fmt::format("\\x{:02x}", c);
    else out += static_cast<char>(c);
  }
  if (shown < text.size()) out += fmt::format("... ({} characters)", text.size());
  return out;
}

std::vector<std::string> capped_problem_lines(const std::vector<std::string>& problems, std::size_t max_lines) {
  if (problems.size() <= max_lines) return problems;
  std::vector<std::string> lines(problems.begin(), problems.begin() + static_cast<std::ptrdiff_t>(max_lines));
  const std::size_t more = problems.size() - max_lines;
  lines.push_back(fmt::format("... and {} more problem{}", more, more == 1 ? "" : "s"));
  return lines;
}

}  // namespace nwgf::suite
