#pragma once
// Running gnuplot (Debian gnuplot-nox) without a shell: the program is started with posix_spawnp
// and an argument vector (no command line is ever parsed, so no path or title can run a command),
// the script is written to its standard input through a pipe, and what it prints on its standard
// error is kept to explain a failure. Used by the study report (report.h) and the flow pictures
// (flow_plots.h).
#include <string>

namespace nwgf::suite {

struct GnuplotOptions {
  std::string program = "gnuplot";  // looked up on PATH (posix_spawnp); never passed to a shell
  std::string working_dir;          // the directory gnuplot runs in (relative paths in the script
                                    // resolve there); empty: the caller's current directory
};

// Runs `program` with the script on its standard input and waits for it. Throws
// std::runtime_error, naming the program: when it cannot be started (not on PATH: "is
// gnuplot-nox installed?"; or the working directory does not exist), when it exits with a
// non-zero status (the message ends with the last line gnuplot printed on standard error, its
// error message) or when it is killed by a signal.
void run_gnuplot(const std::string& script, const GnuplotOptions& options = {});

// True when `program --version` starts and exits with status 0 (checked before a run, so that
// nothing is written when gnuplot is absent).
bool gnuplot_available(const std::string& program = "gnuplot");

// A gnuplot string literal in single quotes, where nothing is interpreted except a doubled quote
// (a quote inside is doubled): safe for any path or title.
std::string gnuplot_quoted(const std::string& text);
// `text` with gnuplot's enhanced-text control characters (_ ^ { } @ & ~ \) made literal by a
// backslash (gnuplot's "enhanced text" help), for names in titles: "numpy_flow" would otherwise
// print "flow" as a subscript. Quote the result with gnuplot_quoted.
std::string gnuplot_literal(const std::string& text);

}  // namespace nwgf::suite
