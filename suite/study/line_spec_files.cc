// The files of the line family's table specs (suite/study/line_spec_files.h).
#include "suite/study/line_spec_files.h"

namespace nwgf::suite {

std::string LineSpecFileReader::read(const std::string& path) const {
  return read_input_file(path, kLineTableFile);
}

const analytic::line::LineSpecFiles& line_spec_files() {
  static const LineSpecFileReader reader;
  return reader;
}

}  // namespace nwgf::suite
