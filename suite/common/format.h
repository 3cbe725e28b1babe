#pragma once
// Numbers in the suite's messages, reports and files: the one formatter of analytic/format_value.h
// (analytic/ cannot depend on the suite, so it lives there and is re-exported here).
//   format_double(v):    17 significant digits, reads back exactly: values named in error messages
//   format_shortest(v):  shortest decimal that reads back exactly: ids, titles, table entries
//   format_g(v, digits): "%.<digits>g" where the reader wants fewer digits
#include "analytic/format_value.h"

namespace nwgf::suite {

using analytic::format_double;
using analytic::format_g;
using analytic::format_shortest;

}  // namespace nwgf::suite
