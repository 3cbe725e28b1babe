#include "suite/cli/number_options.h"

#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "suite/common/message_limits.h"
#include "suite/common/whole_number.h"

namespace nwgf::suite {

namespace {

constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

// The validator's check of one value: empty when it is a whole number in [lo, hi]. No description:
// the help keeps its type names (INT, UINT) and the options' own texts state their ranges.
CLI::Validator whole_number_check(std::int64_t lo, std::int64_t hi) {
  return CLI::Validator([lo, hi](std::string& text) { return whole_number_problem("", text, lo, hi); }, "");
}

// Rewrites a whole number in plain decimal before any check and before CLI11 converts it with
// base 0 ("010" would be 8, "0x10" 16); anything else is left for the checks to refuse.
CLI::Validator plain_decimal() {
  return CLI::Validator(
      [](std::string& text) {
        if (const std::optional<std::int64_t> value = whole_number_in(text, kInt64Min, kInt64Max))
          text = std::to_string(*value);
        return std::string();
      },
      "");
}

// A floating-point value: the whole text read by strtod, and not empty.
CLI::Validator number_check() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        char* end = nullptr;
        if (!text.empty()) std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size())
          return fmt::format("'{}' is not a number", excerpt(text));
        return "";
      },
      "");
}

// The type of an option's value as CLI11 names it (INT, UINT, FLOAT, TEXT, ...), without the
// validators' descriptions it appends after ':'.
std::string value_type(const CLI::Option& option) {
  const std::string name = option.get_type_name();
  return name.substr(0, name.find_first_of(": "));
}

}  // namespace

CLI::Validator whole_number_range(std::int64_t lo, std::int64_t hi) {
  return whole_number_check(lo, hi);
}

void check_number_options(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    const std::string type = value_type(*option);
    if (type == "INT" || type == "UINT") option->transform(plain_decimal());  // first of its validators
    if (type == "INT") option->check(whole_number_check(kInt64Min, kInt64Max));
    else if (type == "UINT") option->check(whole_number_check(0, kInt64Max));
    else if (type == "FLOAT") option->check(number_check());
  }
  for (CLI::App* sub : app.get_subcommands(std::function<bool(CLI::App*)>{})) check_number_options(*sub);
}

}  // namespace nwgf::suite
