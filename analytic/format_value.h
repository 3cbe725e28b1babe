#pragma once
// The one formatter for numbers in messages, reports and files (suite/common/format.h re-exports
// it for the suite):
//   format_double:   17 significant digits ("%.17g"): a double reads back exactly, so an error
//                    message shows the offending value as given (r = 1e-7 is "9.9999999999999995e-08",
//                    never "0.000000");
//   format_shortest: the shortest decimal that reads back as the same double ("0.05", "1.5",
//                    "1e-07"): for identifiers, titles and tables where 17 digits would be noise;
//   format_g:        "%.<digits>g", for a reader who wants fewer digits (report tables).
// Header-only (analytic/ has no I/O library), locale-independent.
#include <cstdio>
#include <cstdlib>
#include <string>

namespace nwgf::analytic {

// "%.<digits>g" of v (digits in 1..17).
inline std::string format_g(double v, int digits) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*g", digits, v);
  return buffer;
}

// 17 significant digits: reads back as the same double.
inline std::string format_double(double v) { return format_g(v, 17); }

// The shortest "%.<p>g" (p = 1..17) that reads back as the same double.
inline std::string format_shortest(double v) {
  for (int digits = 1; digits < 17; ++digits) {
    std::string s = format_g(v, digits);
    if (std::strtod(s.c_str(), nullptr) == v) return s;
  }
  return format_double(v);
}

}  // namespace nwgf::analytic
