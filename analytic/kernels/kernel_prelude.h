#pragma once
// Everything a kernel translation unit includes from outside the kernels, included BEFORE its
// #pragma GCC target: templates and inline functions of these headers (std::vector, std::min,
// ...) are then instantiated for the build's own -march, like in every other translation unit,
// so the linker's choice among their identical-named copies can never pick an AVX-512 one on a
// CPU without it. Only what the kernel files define after the pragma (all of it in anonymous
// namespaces, except the one table per path) is compiled for the path's instruction set.
#include <immintrin.h>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>
