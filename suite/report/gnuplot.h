#pragma once
// Running gnuplot (Debian gnuplot-nox) without a shell: the program is started with posix_spawnp
// and an argument vector (no command line is ever parsed, so no path or title can run a command),
// the script is written to its standard input through a pipe, and what it prints on its standard
// error is kept to explain a failure. Used by the study report (report.h) and the flow pictures
// (flow_plots.h).
//
// Every run has a time budget: a script marks the start of each plot (gnuplot_plot_mark, a line
// gnuplot prints on its standard error), and gnuplot may spend at most timeout_s seconds on one
// plot (from one mark to the next, or to its exit); past that its process group is killed and the
// error names the plot. The marks also drive the caller's progress (on_progress).
#include <functional>
#include <string>

namespace nwgf::suite {

// The default budget of one plot: the report's plots take well under a second each, an animated
// GIF of a flow a few seconds.
inline constexpr double kGnuplotPlotTimeoutS = 120;

struct GnuplotOptions {
  std::string program = "gnuplot";  // looked up on PATH (posix_spawnp); never passed to a shell
  std::string working_dir;          // the directory gnuplot runs in (relative paths in the script
                                    // resolve there); empty: the caller's current directory
  double timeout_s = kGnuplotPlotTimeoutS;  // the budget of one plot, in seconds (> 0)
  // Called when a plot starts (marks seen so far, the plot's name) and about once a second
  // while gnuplot works on it; empty: no progress.
  std::function<void(int marks, const std::string& plot)> on_progress;
};

// Runs `program` with the script on its standard input and waits for it. Throws
// std::runtime_error, naming the program: when it cannot be started (not on PATH: "is
// gnuplot-nox installed?"; or the working directory does not exist), when it exits with a
// non-zero status (the message ends with the last line gnuplot printed on standard error, its
// error message), when it is killed by a signal, or when it overruns its budget ("spent more
// than S s on plot NAME; killed").
void run_gnuplot(const std::string& script, const GnuplotOptions& options = {});

// True when `program --version` starts and exits with status 0 (checked before a run, so that
// nothing is written when gnuplot is absent).
bool gnuplot_available(const std::string& program = "gnuplot");

// The script line that marks the start of plot `name` (its file name, say): gnuplot prints it on
// its standard error, and run_gnuplot takes it as progress and for the budget.
std::string gnuplot_plot_mark(const std::string& name);

// A gnuplot string literal in single quotes, where nothing is interpreted except a doubled quote
// (a quote inside is doubled), and a control character (a newline would end the command in the
// middle of the string) becomes a space: safe for any title. Paths in scripts are the caller's
// own names.
std::string gnuplot_quoted(const std::string& text);
// `text` with gnuplot's enhanced-text control characters (_ ^ { } @ & ~ \) made literal by a
// backslash (gnuplot's "enhanced text" help), for names in titles: "numpy_flow" would otherwise
// print "flow" as a subscript. Quote the result with gnuplot_quoted.
std::string gnuplot_literal(const std::string& text);

}  // namespace nwgf::suite
