// Fields of a JSON document from outside, read with one-line refusals (suite/common/json_fields.h).
#include "suite/common/json_fields.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "suite/common/errors.h"

namespace nwgf::suite {

using nlohmann::json;

void JsonFields::refuse(const std::string& where, const std::string& key, const std::string& problem) const {
  throw UsageError(fmt::format("{}: {}.{} {}", what_, where, key, problem));
}

void JsonFields::not_an_object(const std::string& where) const {
  throw UsageError(fmt::format("{}: {} is not an object", what_, where));
}

const json& JsonFields::field(const json& j, const std::string& where, const char* key) const {
  if (!j.is_object()) not_an_object(where);
  if (!j.contains(key)) refuse(where, key, "is missing");
  return j[key];
}

const json& JsonFields::object(const json& j, const std::string& where, const char* key) const {
  const json& v = field(j, where, key);
  if (!v.is_object()) refuse(where, key, "is not an object");
  return v;
}

const json& JsonFields::list(const json& j, const std::string& where, const char* key) const {
  const json& v = field(j, where, key);
  if (!v.is_array()) refuse(where, key, "is not a list");
  return v;
}

bool JsonFields::has(const json& j, const char* key) { return j.is_object() && j.contains(key) && !j[key].is_null(); }

std::string JsonFields::text(const json& j, const std::string& where, const char* key) const {
  const json& v = field(j, where, key);
  if (!v.is_string()) refuse(where, key, "is not a string");
  return v.get<std::string>();
}

std::string JsonFields::text_or(const json& j, const std::string& where, const char* key,
                                const std::string& fallback) const {
  return has(j, key) ? text(j, where, key) : fallback;
}

double JsonFields::number(const json& j, const std::string& where, const char* key) const {
  const json& v = field(j, where, key);
  if (v.is_null()) return std::numeric_limits<double>::quiet_NaN();
  if (!v.is_number()) refuse(where, key, "is not a number");
  return v.get<double>();
}

double JsonFields::number_or_nan(const json& j, const std::string& where, const char* key) const {
  return has(j, key) ? number(j, where, key) : std::numeric_limits<double>::quiet_NaN();
}

long long JsonFields::whole(const json& j, const std::string& where, const char* key, long long lo, long long hi) const {
  const json& v = field(j, where, key);
  bool in_range = false;
  if (v.is_number_unsigned()) {  // u <= hi <= 2^63 - 1: the conversion below keeps it
    const std::uint64_t u = v.get<std::uint64_t>();
    in_range = hi >= 0 && u <= static_cast<std::uint64_t>(hi) && static_cast<long long>(u) >= lo;
  } else if (v.is_number_integer()) {
    const long long s = v.get<long long>();
    in_range = s >= lo && s <= hi;
  }
  if (!in_range) refuse(where, key, fmt::format("is not a whole number in [{}, {}]", lo, hi));
  return v.is_number_unsigned() ? static_cast<long long>(v.get<std::uint64_t>()) : v.get<long long>();
}

std::optional<bool> JsonFields::optional_bool(const json& j, const std::string& where, const char* key) const {
  const json& v = field(j, where, key);
  if (v.is_null()) return std::nullopt;
  if (!v.is_boolean()) refuse(where, key, "is not true, false or null");
  return v.get<bool>();
}

std::vector<double> JsonFields::numbers(const json& j, const std::string& where, const char* key) const {
  return number_list(field(j, where, key), where, key);
}

std::vector<double> JsonFields::number_list(const json& v, const std::string& where, const std::string& key) const {
  if (!v.is_array()) refuse(where, key, "is not a list");
  std::vector<double> out;
  out.reserve(v.size());
  for (const json& x : v) {
    if (!x.is_null() && !x.is_number()) refuse(where, key, "holds a value that is not a number");
    out.push_back(x.is_number() ? x.get<double>() : std::numeric_limits<double>::quiet_NaN());
  }
  return out;
}

}  // namespace nwgf::suite
