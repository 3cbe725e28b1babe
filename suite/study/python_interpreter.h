#pragma once
// The Python interpreter a study's external solvers run with: the placeholder {python} of a
// solver's command (suite/study/solver_spec.h), so that the example solvers and study configs use
// the interpreter that has NumPy (and torch) instead of whichever `python3` comes first on PATH
// (a pyenv shim, a virtual environment without NumPy).
//
// The candidates, in this order (a program named twice is tried once):
//   1. $NWGF_PYTHON, when set and not empty: the user's choice;
//   2. the interpreter the build found (CMake's NWGF_PYTHON, else Python3_EXECUTABLE, else
//      /usr/bin/python3, else python3 on PATH at configure time: the one the Python module and the
//      examples' tests use), baked into the program (suite/CMakeLists.txt);
//   3. /usr/bin/python3 (Debian's, where tools/install-deps.sh puts python3-numpy);
//   4. python3 on PATH.
// The first that can `import numpy` is used: each is run as `PROGRAM -c "import numpy"` (an
// argument vector, no shell; stdin, stdout and stderr on /dev/null, in its own process group,
// killed at kPythonProbeTimeoutS), once per sweep, before anything is written. When none can, the
// sweep refuses with one line naming every candidate tried and why it failed, and what to install.
#include <string>
#include <vector>

#include "suite/study/solver_spec.h"
#include "suite/study/study_config.h"
#include "suite/study/sweep.h"

namespace nwgf::suite {

// Wall-clock limit of one probe: `import numpy` takes well under a second on an idle machine; a
// cold disk cache, a loaded 2-core machine or a pyenv shim (a shell script that starts Python)
// take a few. A hung interpreter costs this much, then the next candidate is tried.
inline constexpr double kPythonProbeTimeoutS = 30.0;

struct PythonCandidate {
  std::string program;  // an absolute path, or a name looked up on PATH (posix_spawnp)
  std::string origin;   // where it comes from, for the refusal: "$NWGF_PYTHON", "on PATH", ...
};

// The interpreter the build found ("" when the build found none).
std::string build_python();

// The candidates from these sources, in the order above, without empty programs and repeats.
std::vector<PythonCandidate> python_candidates(const std::string& env_python, const std::string& build_interpreter,
                                               const std::string& system_python = "/usr/bin/python3");
// The candidates of this process: $NWGF_PYTHON, build_python(), /usr/bin/python3, python3.
std::vector<PythonCandidate> python_candidates();

// One probe of a candidate: "" when `program -c "import numpy"` exits 0 within timeout_s, else why
// not ("cannot be started: No such file or directory", "cannot import numpy: exit status 1",
// "killed by signal 9", "timed out after 30 s").
std::string python_numpy_problem(const std::string& program, double timeout_s = kPythonProbeTimeoutS);

// The first candidate that can import numpy. UsageError (exit 2) in one line otherwise:
// "no Python interpreter with NumPy for the solvers' {python}: tried /x ($NWGF_PYTHON: cannot import
// numpy: exit status 1), ..., python3 (on PATH: cannot be started: No such file or directory);
// install NumPy (apt install python3-numpy) or set NWGF_PYTHON to an interpreter that has it".
std::string find_python_with_numpy(const std::vector<PythonCandidate>& candidates,
                                   double timeout_s = kPythonProbeTimeoutS);

// Whether a cell of the shard runs a solver whose command holds {python}.
bool study_needs_python(const StudyConfig& config, const Shard& shard);

// The runner with {python} filled: `runner` called with the cell's python set to `python`.
ExternalRunner with_python(ExternalRunner runner, std::string python);

}  // namespace nwgf::suite
