#!/usr/bin/env bash
# Collects the project's non-torch dependencies into tools/gpu/deps/ (git-ignored) so that they can
# travel to the lent GPU machine (carry: ["tools/gpu/deps"]; that machine has CUDA, CMake, ninja and
# a Python with a CUDA build of torch, but no package registry and none of the Debian packages).
# Run HERE, on the Debian 12 development machine, after tools/install-deps.sh.
#
# Layout (a CMake prefix; tools/gpu/run.sh puts it first on CMAKE_PREFIX_PATH):
#   include/boost/...      the Boost.Math subset that analytic/ includes (found with g++ -M, copied
#                          by whole third-level directory so that other compilers' branches resolve)
#   include/{fmt,nlohmann,CLI,doctest,stb,benchmark}, include/{zlib,zconf}.h
#   lib/libz.a             zlib1g-dev's static library
#   lib/libbenchmark.so*   libbenchmark1debian's shared library (1.7.1; no static one is packaged)
#   lib/cmake/<pkg>/       small hand-written package configs: Boost::headers, fmt::fmt
#                          (header-only, FMT_HEADER_ONLY), nlohmann_json::nlohmann_json, CLI11::CLI11,
#                          doctest::doctest, benchmark::benchmark
# The files come from the installed Debian packages (dpkg -L), i.e. exactly what their .debs hold;
# with NWGF_GPU_DEPS_FROM_DEBS=1 they are instead unpacked from `apt-get download`ed .debs.
# Prints the size of tools/gpu/deps at the end (the device carry limit is 64 MiB with the tree).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
deps="$root/tools/gpu/deps"
arch_lib=/usr/lib/x86_64-linux-gnu
src_root=/   # where the package files are read from

log() { echo "prepare-deps: $*" >&2; }

rm -rf "$deps"
mkdir -p "$deps/include" "$deps/lib/cmake"

if [ "${NWGF_GPU_DEPS_FROM_DEBS:-0}" = 1 ]; then
  debdir="$(mktemp -d)"
  src_root="$debdir/root"
  mkdir -p "$src_root"
  (cd "$debdir" && apt-get download libboost1.74-dev libfmt-dev nlohmann-json3-dev libcli11-dev \
     doctest-dev libstb-dev libbenchmark-dev libbenchmark1debian zlib1g-dev >&2)
  for f in "$debdir"/*.deb; do dpkg-deb -x "$f" "$src_root"; done
fi
S() { echo "$src_root/${1#/}"; }

# --- Boost: the headers analytic/ (and its tests) reach, by third-level unit ---------------------
log "Boost subset"
hdrs="$(mktemp)"
for f in "$root"/analytic/*.cc "$root"/analytic/tests/*.cc; do
  g++ -std=c++17 -I"$root" -M -MT x "$f"
done | tr ' \\' '\n\n' | grep '^/usr/include/boost/' | sort -u > "$hdrs"
sed 's|^/usr/include/||' "$hdrs" | awk -F/ '{ if (NF <= 3) print $0; else print $1 "/" $2 "/" $3 }' \
  | sort -u | while read -r unit; do
    mkdir -p "$deps/include/$(dirname "$unit")"
    cp -r "$(S /usr/include/"$unit")" "$deps/include/$unit"
  done
rm -f "$hdrs"
boost_version="$(sed -n 's/^#define BOOST_LIB_VERSION "\(.*\)"/\1/p' "$(S /usr/include/boost/version.hpp)" | tr _ .)"
[ -n "$boost_version" ] || boost_version=1.74
# Check: with deps/include first, no analytic/ translation unit reaches /usr/include/boost.
for f in "$root"/analytic/*.cc "$root"/analytic/tests/*.cc; do
  if g++ -std=c++17 -I"$root" -isystem "$deps/include" -M -MT x "$f" | tr ' \\' '\n\n' \
      | grep -q '^/usr/include/boost/'; then
    log "ERROR: $f still reaches /usr/include/boost"; exit 1
  fi
done

# --- header-only libraries ----------------------------------------------------------------------
log "header-only libraries"
for d in fmt nlohmann CLI doctest stb benchmark; do cp -r "$(S /usr/include/$d)" "$deps/include/$d"; done
cp "$(S /usr/include/zlib.h)" "$(S /usr/include/zconf.h)" "$deps/include/"

# --- libraries ----------------------------------------------------------------------------------
log "libraries"
cp "$(S $arch_lib/libz.a)" "$deps/lib/"
cp -P "$(S $arch_lib)"/libbenchmark.so.1* "$deps/lib/"
bench_so="$(cd "$deps/lib" && ls libbenchmark.so.1* | sort | tail -1)"
ln -sf "$bench_so" "$deps/lib/libbenchmark.so"
# The soname the linker records must be findable beside it at run time.
soname="$(objdump -p "$deps/lib/$bench_so" | awk '/SONAME/ {print $2}')"
[ -e "$deps/lib/$soname" ] || ln -sf "$bench_so" "$deps/lib/$soname"

# --- package configs ----------------------------------------------------------------------------
log "package configs"
cfg() {  # cfg <package> <version> <body>
  mkdir -p "$deps/lib/cmake/$1"
  printf '%s\n' "# Written by tools/gpu/prepare-deps.sh" \
    'get_filename_component(_NWGF_DEPS "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)' "$3" \
    > "$deps/lib/cmake/$1/$1Config.cmake"
  cat > "$deps/lib/cmake/$1/$1ConfigVersion.cmake" <<EOF
set(PACKAGE_VERSION "$2")
if(PACKAGE_FIND_VERSION AND PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION)
  set(PACKAGE_VERSION_COMPATIBLE FALSE)
else()
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
  if(PACKAGE_FIND_VERSION STREQUAL PACKAGE_VERSION)
    set(PACKAGE_VERSION_EXACT TRUE)
  endif()
endif()
EOF
}
iface() {  # iface <target> [extra set_target_properties args]
  printf '%s\n' "if(NOT TARGET $1)" "  add_library($1 INTERFACE IMPORTED)" \
    "  set_target_properties($1 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES \"\${_NWGF_DEPS}/include\" ${2:-})" \
    "endif()"
}
cfg Boost "$boost_version" "$(iface Boost::headers)
if(NOT TARGET Boost::boost)
  add_library(Boost::boost INTERFACE IMPORTED)
  set_target_properties(Boost::boost PROPERTIES INTERFACE_LINK_LIBRARIES Boost::headers)
endif()
set(Boost_INCLUDE_DIRS \"\${_NWGF_DEPS}/include\")
set(Boost_VERSION \"$boost_version\")"
cfg fmt 9.1.0 "$(iface fmt::fmt 'INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1')
if(NOT TARGET fmt::fmt-header-only)
  add_library(fmt::fmt-header-only INTERFACE IMPORTED)
  set_target_properties(fmt::fmt-header-only PROPERTIES INTERFACE_LINK_LIBRARIES fmt::fmt)
endif()"
cfg nlohmann_json 3.11.2 "$(iface nlohmann_json::nlohmann_json)"
cfg CLI11 2.1.2 "$(iface CLI11::CLI11)"
cfg doctest 2.4.9 "$(iface doctest::doctest)"
cfg benchmark 1.7.1 "include(CMakeFindDependencyMacro)
find_dependency(Threads)
if(NOT TARGET benchmark::benchmark)
  add_library(benchmark::benchmark SHARED IMPORTED)
  set_target_properties(benchmark::benchmark PROPERTIES
    IMPORTED_LOCATION \"\${_NWGF_DEPS}/lib/$soname\"
    INTERFACE_INCLUDE_DIRECTORIES \"\${_NWGF_DEPS}/include\"
    INTERFACE_LINK_LIBRARIES Threads::Threads)
endif()"

# --- probe: configure and build a program using every package from deps/ only ------------------
if [ "${NWGF_GPU_DEPS_NO_PROBE:-0}" != 1 ]; then
  log "probe (tools/gpu/deps-probe)"
  probe="$(mktemp -d)"
  cmake -S "$root/tools/gpu/deps-probe" -B "$probe" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$deps" -DBoost_DIR="$deps/lib/cmake/Boost" -DBoost_NO_SYSTEM_PATHS=ON \
    -DZLIB_INCLUDE_DIR="$deps/include" -DZLIB_LIBRARY="$deps/lib/libz.a" > "$probe/configure.log"
  cmake --build "$probe" > "$probe/build.log"
  if ! grep -q "$deps/include" "$probe/compile_commands.json" 2>/dev/null && \
     ! grep -q "deps/include" "$probe/build.ninja"; then
    log "ERROR: the probe did not compile against $deps/include"; exit 1
  fi
  "$probe/probe" --benchmark_min_time=0 > "$probe/run.log" 2>&1 || { cat "$probe/run.log" >&2; exit 1; }
  log "probe ok: $(head -1 "$probe/run.log")"
  rm -rf "$probe"
fi

size="$(du -sb "$deps" | cut -f1)"
log "tools/gpu/deps: $(du -sh "$deps" | cut -f1) ($size bytes, $(find "$deps" -type f | wc -l) files)"
echo "$size"
