#pragma once
// The text pieces the report's sections share (suite/report/report.cc, target_report.cc): numbers
// of a snapshot payload read with a fallback, table entries, data-file rows and fitted orders of
// the typed convergence groups (suite/study/study_results.h).
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/report/order_caveat.h"
#include "suite/study/study_results.h"

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
std::string fit_words(const std::optional<analytic::OrderFit>& fit);
// The value at i of a per-tau series; NaN beyond its end (a series the group lacks, such as an
// empty exact_scheme).
double value_at(const std::vector<double>& series, std::size_t i);
// Whether the order fitted to a metric's mean can be read against its floor (order_caveat.h).
FloorCaveat metric_caveat(const MetricConvergence& m);
// A metric's fitted order with its caveat, for tables: "0.10 ± 0.15 (at the floor: no order)".
std::string metric_order_text(const MetricConvergence& m);

}  // namespace nwgf::suite
