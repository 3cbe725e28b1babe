// gnuplot runs without a shell (suite/report/gnuplot.h): the script reaches it on stdin, it runs
// in the working directory asked for, and each way it can fail gives a clear error: a program
// not on PATH, a missing working directory, a script error (the message ends with gnuplot's
// error line), a non-zero exit. A script far larger than a pipe's buffer that fails on its first
// line must not kill the caller with SIGPIPE.
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "suite/report/gnuplot.h"

using namespace nwgf::suite;
namespace fs = std::filesystem;

namespace {

const fs::path kDir = "gnuplot_test_tmp";

std::string error_of(const std::string& script, const GnuplotOptions& o) {
  try {
    run_gnuplot(script, o);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("gnuplot_literal makes enhanced-text control characters literal, nothing else") {
  CHECK(gnuplot_literal("numpy_particle_flow") == "numpy\\_particle\\_flow");
  CHECK(gnuplot_literal("a^b{c}@d&e~f\\g") == "a\\^b\\{c\\}\\@d\\&e\\~f\\\\g");
  CHECK(gnuplot_literal("torch-jko.v2+ (default)") == "torch-jko.v2+ (default)");
}

TEST_CASE("gnuplot_quoted doubles a single quote, makes control characters spaces, leaves the rest as it is") {
  CHECK(gnuplot_quoted("plain") == "'plain'");
  CHECK(gnuplot_quoted("a';system('touch X');'b") == "'a'';system(''touch X'');''b'");
  CHECK(gnuplot_quoted("`echo` $HOME \\n \"") == "'`echo` $HOME \\n \"'");
  // A newline would end the command inside the string: a study name "al\npha" broke the report's
  // script in the middle.
  CHECK(gnuplot_quoted("al\npha\r\tx") == "'al pha  x'");
}

TEST_CASE("a program that is not on PATH is refused with its name") {
  GnuplotOptions o;
  o.program = "nwgf-no-such-gnuplot";
  const std::string e = error_of("print 1\n", o);
  CHECK(e.find("'nwgf-no-such-gnuplot'") != std::string::npos);
  CHECK(e.find("not found on PATH") != std::string::npos);
  CHECK_FALSE(gnuplot_available("nwgf-no-such-gnuplot"));
}

TEST_CASE("a non-zero exit status is an error naming the status") {
  // `false` reads nothing and exits 1; the script is larger than a pipe buffer, so writing it
  // fails with EPIPE once `false` has exited (which must not raise SIGPIPE in this process).
  GnuplotOptions o;
  o.program = "false";
  const std::string e = error_of(std::string(1 << 20, '#'), o);
  CHECK(e.find("'false' exited with status 1") != std::string::npos);
}

TEST_CASE("gnuplot runs the script from stdin in the working directory, and names its error line") {
  if (!gnuplot_available()) {
    MESSAGE("gnuplot is not installed (gnuplot-nox): only the failure paths above were checked");
    return;
  }
  fs::remove_all(kDir);
  const fs::path odd = kDir / "a b';touch X;'c \"q";
  fs::create_directories(odd);
  GnuplotOptions o;
  o.working_dir = odd.string();
  // A relative output path lands in the working directory.
  run_gnuplot("set print 'printed.txt'\nprint 6*7\nunset print\n", o);
  std::ifstream printed(odd / "printed.txt");
  std::string line;
  REQUIRE(std::getline(printed, line));
  CHECK(line == "42");

  SUBCASE("a script error") {
    const std::string e = error_of("print 1\nplot no_such_function_here(x)\n", o);
    CHECK(e.find("'gnuplot' exited with status 1") != std::string::npos);
    CHECK(e.find("no_such_function_here") != std::string::npos);  // gnuplot's message names it
  }
  SUBCASE("a large script failing on its first line") {
    const std::string e = error_of("undefined_command_here\n" + std::string(1 << 20, '#') + "\n", o);
    CHECK(e.find("'gnuplot' exited with status 1") != std::string::npos);
  }
  SUBCASE("a working directory that does not exist") {
    o.working_dir = (kDir / "absent").string();
    const std::string e = error_of("print 1\n", o);
    CHECK(e.find("cannot run 'gnuplot' in '" + o.working_dir + "'") != std::string::npos);
  }
}

TEST_CASE("a gnuplot that hangs is killed within the budget of one plot, and the error names the plot") {
  // Before the budget, run_gnuplot waited for ever (a report once sat 5 min 53 s with no output).
  fs::remove_all(kDir);
  fs::create_directories(kDir);
  const fs::path fake = fs::absolute(kDir / "hanging-gnuplot");
  const fs::path pid_file = fs::absolute(kDir / "pid");
  std::ofstream(fake) << "#!/bin/sh\necho $$ > '" << pid_file.string()
                      << "'\necho 'nwgf-plot first.svg' >&2\nexec sleep 30\n";
  fs::permissions(fake, fs::perms::owner_all);
  GnuplotOptions o;
  o.program = fake.string();
  o.timeout_s = 0.5;
  std::vector<std::pair<int, std::string>> progress;
  o.on_progress = [&](int marks, const std::string& plot) { progress.emplace_back(marks, plot); };
  const auto start = std::chrono::steady_clock::now();
  const std::string e = error_of(gnuplot_plot_mark("first.svg") + gnuplot_plot_mark("second.svg"), o);
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(e.find("spent more than 0.5 s on plot first.svg and was killed") != std::string::npos);
  CHECK(took < 10);  // 0.5 s and the polling; the fake sleeps 30 s
  REQUIRE_FALSE(progress.empty());
  CHECK(progress.front() == std::make_pair(1, std::string("first.svg")));
  std::ifstream pid_in(pid_file);
  int pid = 0;
  REQUIRE(static_cast<bool>(pid_in >> pid));
  CHECK(::kill(pid, 0) != 0);  // killed and reaped: its process group is gone
  fs::remove_all(kDir);
}

TEST_CASE("plot marks drive the progress and stay out of gnuplot's error message") {
  if (!gnuplot_available()) {
    MESSAGE("gnuplot is not installed (gnuplot-nox): the marks are not checked");
    return;
  }
  GnuplotOptions o;
  std::vector<std::pair<int, std::string>> progress;
  o.on_progress = [&](int marks, const std::string& plot) { progress.emplace_back(marks, plot); };
  run_gnuplot(gnuplot_plot_mark("a.svg") + "print 1\n" + gnuplot_plot_mark("b.png"), o);
  REQUIRE_FALSE(progress.empty());  // the latest state: both marks may arrive in one read
  CHECK(progress.back() == std::make_pair(2, std::string("b.png")));
  const std::string e = error_of(gnuplot_plot_mark("c.svg") + "plot no_such_function_here(x)\n", o);
  CHECK(e.find("no_such_function_here") != std::string::npos);
  CHECK(e.find("nwgf-plot") == std::string::npos);
  // A title with a newline, quoted, is one command: the script runs to its end.
  run_gnuplot("set title " + gnuplot_quoted("al\npha") + "\n" + gnuplot_plot_mark("after-title"), o);
  CHECK(progress.back().second == "after-title");
}
