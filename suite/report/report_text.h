#pragma once
// The text pieces the report's sections share (suite/report/report.cc, target_report.cc): numbers
// of a results document read with a fallback, table entries, data-file rows and fitted orders.
#include <initializer_list>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

namespace nwgf::suite {

// The number j holds, or `fallback` (NaN by default) when it holds none (null, missing).
double json_number(const nlohmann::json& j, double fallback = std::numeric_limits<double>::quiet_NaN());
// Table entries: %g with `digits` significant digits (suite/common/format.h), "–" for none
// (not a number, or not finite).
std::string fmt_g(const nlohmann::json& j, int digits = 3);
std::string fmt_g(double x, int digits = 3);
// One line of a data file: the values at 17 significant digits (they read back exactly).
std::string data_row(std::initializer_list<double> values);
// A fitted order "1.03 ± 0.01" (or "1.03" without a standard error; "–" without a fit).
std::string fit_text(const nlohmann::json& fit);

}  // namespace nwgf::suite
