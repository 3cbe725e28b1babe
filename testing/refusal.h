#pragma once
// The message of a refusal, for tests of bad input: what `f` throws as Refusal
// (std::invalid_argument by default, the channel of every usage error; suite tests name
// nwgf::suite::UsageError), or "" when it throws nothing. Any other exception propagates and
// fails the test. Header-only, standard library only.
#include <stdexcept>
#include <string>

namespace nwgf::testing {

template <class Refusal = std::invalid_argument, class F>
std::string refusal_message(F&& f) {
  try {
    f();
  } catch (const Refusal& e) {
    return e.what();
  }
  return "";
}

}  // namespace nwgf::testing
