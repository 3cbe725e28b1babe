// The one table of exact families toward a target (suite/study/target_family.h). A new family
// adds its line here and nothing else outside its own files.
#include "suite/study/target_family.h"

#include "suite/study/line_cell.h"
#include "suite/study/radial_cell.h"

namespace nwgf::suite {

const std::vector<const TargetFamily*>& target_families() {
  static const std::vector<const TargetFamily*> table{
      &line_family(),    // suite/study/line_cell.h: d = 1, r = 1, analytic/line/
      &radial_family(),  // suite/study/radial_cell.h: d >= 2, analytic/radial/
  };
  return table;
}

const TargetFamily* target_family(const std::string& name) {
  for (const TargetFamily* f : target_families())
    if (f->name == name) return f;
  return nullptr;
}

std::string family_names() {
  std::string out = "dirac";
  for (const TargetFamily* f : target_families()) out += ", " + f->name;
  return out;
}

}  // namespace nwgf::suite
