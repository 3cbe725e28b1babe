#pragma once
// RapidCheck generators of the suite's outside input, for the property tests (testing/property.h):
// numbers as a user or a careless script types them, and start/target specs of the line family
// (analytic/line/specs.h) built from them -- well formed, extreme and malformed alike, with a
// share of moderate, valid specs so that the accepted branch is exercised too. Header-only; link
// with `rapidcheck`.
#include <cstdio>
#include <string>
#include <vector>

#include <rapidcheck.h>

namespace nwgf::testing {

inline std::string format_g17(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// A decimal in [lo, hi] on a grid of 1/1000 (lo, hi in thousandths).
inline rc::Gen<std::string> gen_moderate(int lo_milli, int hi_milli) {
  return rc::gen::map(rc::gen::inRange(lo_milli, hi_milli + 1), [](int k) { return format_g17(k / 1000.0); });
}

// Number tokens: the awkward ones by name (zero signs, the edges of double precision, overflow,
// non-numbers, empty and garbage), moderate decimals, integers and any double.
inline rc::Gen<std::string> gen_number_token() {
  static const std::vector<std::string> awkward{
      "0",     "-0",     "1",      "-1",     "0.5",  "2",      "1e-308", "4.9e-324", "2.2e-308", "1e308",
      "1e309", "-1e309", "1e300",  "-1e300", "1e20", "-1e20",  "1e10",   "1e-10",    "1000",     "-1000",
      "nan",   "inf",    "-inf",   "",       " ",    "abc",    "1e",     "0x1p3",    "1..2",     "+",
      "1 2",   "--1",    "1e-5",   "3",      "0.001", "1e5",   "-0.25",  "7e-300",   "1e-320",   "1e1000"};
  return rc::gen::oneOf(rc::gen::elementOf(awkward), gen_moderate(-4000, 4000),
                        rc::gen::map(rc::gen::inRange(-50, 51), [](int k) { return std::to_string(k); }),
                        rc::gen::map(rc::gen::arbitrary<double>(), format_g17));
}

// min_count..max_count items joined by `sep`.
inline rc::Gen<std::string> gen_joined(rc::Gen<std::string> item, int min_count, int max_count, std::string sep) {
  return rc::gen::mapcat(rc::gen::inRange(min_count, max_count + 1), [item, sep](int n) {
    return rc::gen::map(rc::gen::container<std::vector<std::string>>(static_cast<std::size_t>(n), item),
                        [sep](const std::vector<std::string>& items) {
                          std::string s;
                          for (std::size_t i = 0; i < items.size(); ++i) s += (i ? sep : "") + items[i];
                          return s;
                        });
  });
}

inline rc::Gen<std::string> with_prefix(const std::string& prefix, rc::Gen<std::string> rest) {
  return rc::gen::map(rest, [prefix](const std::string& s) { return prefix + s; });
}

// Two generators' values joined by `sep`.
inline rc::Gen<std::string> gen_pair(rc::Gen<std::string> a, rc::Gen<std::string> b, const std::string& sep) {
  return rc::gen::map(rc::gen::tuple(a, b), [sep](const std::tuple<std::string, std::string>& p) {
    return std::get<0>(p) + sep + std::get<1>(p);
  });
}

// Line-family specs (analytic/line/specs.h) with any number tokens: dirac:x, diracs:x[@w];...,
// uniform:a,b, gaussian:m,s, and malformed kinds.
inline rc::Gen<std::string> gen_line_spec_any() {
  const auto num = gen_number_token();
  const auto atom = rc::gen::oneOf(num, gen_pair(num, num, "@"));
  static const std::vector<std::string> junk{
      "",        "dirac",   "dirac:",   "diracs:",       ":",          "dirac:1:2", "uniform:1",   "gaussian:",
      "foo:1",   "DIRAC:0", "dirac: 0", "diracs:1;;2",   "diracs:1@",  "diracs:@1", "uniform:1,2,3", "gaussian:0,1,2",
      "diracs:1;2@1", "points:/dev/zero", "uniform:,", "gaussian:0;1"};
  // Long tokens: a message must quote outside values shortened, not whole.
  const auto long_token = rc::gen::map(rc::gen::tuple(rc::gen::inRange(100, 20000), rc::gen::elementOf(std::string("9a;,@ "))),
                                       [](const std::tuple<int, char>& p) {
                                         return std::string(static_cast<std::size_t>(std::get<0>(p)), std::get<1>(p));
                                       });
  return rc::gen::oneOf(with_prefix("dirac:", num), with_prefix("diracs:", gen_joined(atom, 1, 4, ";")),
                        with_prefix("uniform:", gen_pair(num, num, ",")),
                        with_prefix("gaussian:", gen_pair(num, num, ",")), rc::gen::elementOf(junk),
                        with_prefix("gaussian:0,", long_token), with_prefix("dirac:", long_token));
}

// Line-family specs with moderate numbers (locations in [-3, 3], scales in [0.05, 3]): mostly valid.
inline rc::Gen<std::string> gen_line_spec_moderate() {
  const auto loc = gen_moderate(-3000, 3000);
  const auto scale = gen_moderate(50, 3000);
  const auto weight = gen_moderate(100, 5000);
  return rc::gen::oneOf(with_prefix("dirac:", loc),
                        with_prefix("diracs:", gen_joined(loc, 1, 4, ";")),
                        with_prefix("diracs:", gen_joined(gen_pair(loc, weight, "@"), 1, 4, ";")),
                        with_prefix("uniform:", gen_pair(gen_moderate(-3000, 0), gen_moderate(1, 3000), ",")),
                        with_prefix("gaussian:", gen_pair(loc, scale, ",")));
}

// Either kind, half and half.
inline rc::Gen<std::string> gen_line_spec() {
  return rc::gen::oneOf(gen_line_spec_any(), gen_line_spec_moderate());
}

// Level lists "s1,s2,..." for --levels: moderate levels in (0, 1) or any tokens.
inline rc::Gen<std::string> gen_levels() {
  return rc::gen::oneOf(gen_joined(gen_moderate(1, 999), 1, 4, ","), gen_joined(gen_number_token(), 0, 3, ","));
}

}  // namespace nwgf::testing
