#include "suite/common/whole_number.h"

#include <algorithm>

#include <fmt/format.h>

#include "suite/common/errors.h"
#include "suite/common/message_limits.h"

namespace nwgf::suite {

namespace {

// Digits only after an optional sign, at least one.
bool is_decimal(const std::string& text) {
  const std::size_t start = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  return text.size() > start && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start), text.end(),
                                            [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<std::int64_t> whole_number_in(const std::string& text, std::int64_t lo, std::int64_t hi) {
  if (!is_decimal(text)) return std::nullopt;
  const bool negative = text[0] == '-';
  // Accumulated as a magnitude below 2^64 with an overflow check: no clamping by the C library.
  unsigned __int128 magnitude = 0;
  for (std::size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0; i < text.size(); ++i) {
    magnitude = magnitude * 10 + static_cast<unsigned>(text[i] - '0');
    if (magnitude > (static_cast<unsigned __int128>(1) << 64)) return std::nullopt;
  }
  const __int128 value = negative ? -static_cast<__int128>(magnitude) : static_cast<__int128>(magnitude);
  if (value < lo || value > hi) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

std::string whole_number_problem(const std::string& name, const std::string& text, std::int64_t lo,
                                 std::int64_t hi) {
  if (whole_number_in(text, lo, hi)) return "";
  const std::string named = name.empty() ? "" : name + " = ";
  if (is_decimal(text))
    return fmt::format("{}{} is outside the allowed range [{}, {}]", named, excerpt(text), lo, hi);
  return fmt::format("{}'{}' is not a whole number in [{}, {}]", named, excerpt(text), lo, hi);
}

std::int64_t json_whole_number(const nlohmann::json& v, const std::string& name, std::int64_t lo, std::int64_t hi) {
  if (!v.is_number_integer())
    throw UsageError(fmt::format("{} must be an integer in [{}, {}], got {}", name, lo, hi, excerpt(v.dump())));
  const std::string text = v.dump();  // the integer as written: 18446744073709551615, never -1
  if (const auto value = whole_number_in(text, lo, hi)) return *value;
  throw UsageError(whole_number_problem(name, text, lo, hi));
}

}  // namespace nwgf::suite
