#pragma once
// Error channels of the nwgf program (docs/contributing.md):
//  - UsageError (or std::invalid_argument from analytic/neural preconditions): bad user input.
//    main() prints one line "nwgf: error: <message>" on stderr and exits with status 2. The
//    message names the offending value and the allowed range. Nothing is written before the
//    input has been checked, and files are written atomically (suite/common/io_util.h).
//  - any other std::exception: "nwgf: failed: <message>", exit status 1.
#include <stdexcept>
#include <string>

namespace nwgf::suite {

struct UsageError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

inline constexpr int kExitUsage = 2;
inline constexpr int kExitFailure = 1;

}  // namespace nwgf::suite
