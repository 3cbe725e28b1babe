#pragma once
// Formatting of values in error messages: 17 significant digits, so that the offending value
// is shown exactly (a double round-trips through 17 digits).
#include <sstream>
#include <string>

namespace nwgf::analytic {

inline std::string format_double(double v) {
  std::ostringstream os;
  os.precision(17);
  os << v;
  return os.str();
}

}  // namespace nwgf::analytic
