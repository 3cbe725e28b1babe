// nwgf: the program's front door. `nwgf --help`, `nwgf -h`, `nwgf SUBCOMMAND --help` and
// `nwgf SUBCOMMAND -h` print the help text that the build wrote from the program itself
// (nwgf-core --write-help share/nwgf/help, suite/cli/main.cc); every other command line is run by
// nwgf-core beside this file (execv, the same arguments), which is the whole program.
//
// Why: nwgf-core links LibTorch, and loading Debian's libtorch_cpu (287 shared libraries with
// OpenCV and FFmpeg, and its operator registration at start) takes about 0.6 s of CPU before
// main() runs -- all of the time of a --help (docs/performance.md, Start-up). This file links
// nothing but the C++ standard library, so help costs milliseconds; a run pays one exec more
// (about a millisecond).
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace {

bool is_help_flag(const char* s) { return std::strcmp(s, "--help") == 0 || std::strcmp(s, "-h") == 0; }

// A subcommand name as the help files are named: letters, digits, '-' and '_' only, so the
// argument cannot name a path outside the help folder (and not "nwgf", the program's own file).
bool is_command_word(const char* s) {
  if (*s == '\0' || std::strcmp(s, "nwgf") == 0) return false;  // nwgf.txt is the program's own help
  for (; *s; ++s)
    if (!(std::isalnum(static_cast<unsigned char>(*s)) || *s == '-' || *s == '_')) return false;
  return true;
}

// Prints the file and returns true; false when it is missing or unreadable (nwgf-core answers).
bool print_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::cout << in.rdbuf();
  std::cout.flush();
  return static_cast<bool>(std::cout);
}

}  // namespace

int main(int argc, char** argv) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  const std::filesystem::path folder = ec ? std::filesystem::path(".") : self.parent_path();
  // The help files of this build: share/nwgf/help beside the program (the build tree) or in the
  // install prefix (bin/../share/nwgf/help), where suite/common/data_dir.h looks for data.
  for (const std::filesystem::path& help : {folder / "share" / "nwgf" / "help", folder.parent_path() / "share" / "nwgf" / "help"}) {
    if (argc == 2 && is_help_flag(argv[1]) && print_file(help / "nwgf.txt")) return 0;
    if (argc == 3 && is_help_flag(argv[2]) && is_command_word(argv[1]) &&
        print_file(help / (std::string(argv[1]) + ".txt")))
      return 0;
  }
  const std::string core = (folder / "nwgf-core").string();
  ::execv(core.c_str(), argv);
  std::fprintf(stderr, "nwgf: failed: cannot run %s: %s\n", core.c_str(), std::strerror(errno));
  return 1;
}
