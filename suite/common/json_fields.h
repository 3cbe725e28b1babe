#pragma once
// Fields of a JSON document from outside (a results file, a flow record), parsed already
// (suite/common/io_util.h parse_json), read with one-line refusals: UsageError
// "<what>: <where>.<key> <problem>", e.g. "corrupt results: cells[3].config.d is not a whole
// number in [1, 1048576]" (suite/common/errors.h: exit status 2). The one reader of keyed fields
// past the edge where such a document is read (suite/study/study_results.h,
// suite/study/study_self_convergence.h, suite/flow/flow_report.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

class JsonFields {
 public:
  // `what` begins every refusal: "corrupt results", "corrupt flow record".
  explicit JsonFields(std::string what) : what_(std::move(what)) {}

  [[noreturn]] void refuse(const std::string& where, const std::string& key, const std::string& problem) const;
  // `j` itself is not an object: "<what>: <where> is not an object".
  [[noreturn]] void not_an_object(const std::string& where) const;

  // The field (j must be an object holding it).
  const nlohmann::json& field(const nlohmann::json& j, const std::string& where, const char* key) const;
  // An object field.
  const nlohmann::json& object(const nlohmann::json& j, const std::string& where, const char* key) const;
  // A list field.
  const nlohmann::json& list(const nlohmann::json& j, const std::string& where, const char* key) const;
  // Whether j is an object holding the key with a value other than null.
  static bool has(const nlohmann::json& j, const char* key);

  std::string text(const nlohmann::json& j, const std::string& where, const char* key) const;
  // A string, or `fallback` where the key is missing or null (fields that are optional or were
  // added later); any other type is refused.
  std::string text_or(const nlohmann::json& j, const std::string& where, const char* key,
                      const std::string& fallback) const;
  // A number, NaN for null (numbers that are not finite are written as null).
  double number(const nlohmann::json& j, const std::string& where, const char* key) const;
  // The same, NaN where the key is missing too.
  double number_or_nan(const nlohmann::json& j, const std::string& where, const char* key) const;
  // A whole number in [lo, hi] as written (1.0 and 1e300 are not whole numbers here).
  long long whole(const nlohmann::json& j, const std::string& where, const char* key, long long lo,
                  long long hi) const;
  // true, false, or none for null.
  std::optional<bool> optional_bool(const nlohmann::json& j, const std::string& where, const char* key) const;
  // A list of numbers, NaN for null.
  std::vector<double> numbers(const nlohmann::json& j, const std::string& where, const char* key) const;
  // The same of a list `v` itself, named `key` in refusals.
  std::vector<double> number_list(const nlohmann::json& v, const std::string& where, const std::string& key) const;

 private:
  std::string what_;
};

}  // namespace nwgf::suite
