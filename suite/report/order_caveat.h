#pragma once
// Whether a fitted convergence order can be read: an order fitted to errors at the noise floor
// measures the noise (an i.i.d. sample of the exact measure of the same size is that far off on
// average), not the scheme, and is printed with a caveat in the report's tables and verdict
// (suite/report/report.cc, target_report.cc).
//
// The rule: the error e at a step size is at the floor f when f / kAtFloorFactor <= e <=
// kAtFloorFactor f. Above: errors add roughly in quadrature (the MMD is a norm of the signed
// measure, and the sampling part is independent of the time-discretisation part), so e <= 1.5 f
// leaves at most sqrt(1.5^2 - 1) f = 1.12 f to the scheme -- no more than the noise itself, and
// its change across step sizes is then the noise's. Below: particles well under the floor (e <
// f / 1.5) beat i.i.d. sampling (a particle flow's deterministic particles, e.g., follow the
// exact Euler iterate's order far under the floor), so the floor is not their noise and their
// order stands.
#include <string>
#include <vector>

namespace nwgf::suite {

inline constexpr double kAtFloorFactor = 1.5;

enum class FloorCaveat {
  None,     // every error clearly above its floor: the order can be read
  Partly,   // some step sizes at the floor: the order is uncertain
  All,      // every error at the floor: no order can be read
  Unknown,  // no floor to compare with (a metric without one), or no error
};

// The caveat for errors and floors at the same step sizes (pairs where either is not a positive
// finite number are skipped; unequal lengths: the shorter one counts).
FloorCaveat floor_caveat(const std::vector<double>& errors, const std::vector<double>& floors);

// Words after an order in a table: "" for None and Unknown, " (at the floor: no order)" for All,
// " (partly at the floor)" for Partly.
std::string caveat_suffix(FloorCaveat caveat);

}  // namespace nwgf::suite
