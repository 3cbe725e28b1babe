#pragma once
// The text pieces the report's sections share (suite/report/report.cc, target_report.cc): numbers
// of a results document read with a fallback, table entries, data-file rows and fitted orders.
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/report/order_caveat.h"

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
// A metric entry's per-tau values of `key` ("mean", "floor", ...; NaN where none).
std::vector<double> metric_values(const nlohmann::json& metric, const char* key);
// Whether the order fitted to a metric entry (its "mean" against its "floor") can be read
// (suite/report/order_caveat.h).
FloorCaveat caveat_of(const nlohmann::json& metric);
// A metric entry's fitted order with its caveat, for tables: "0.10 ± 0.15 (at the floor: no order)".
std::string order_text(const nlohmann::json& metric);

}  // namespace nwgf::suite
