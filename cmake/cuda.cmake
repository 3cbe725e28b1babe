# The GPU configuration (-DNWGF_CUDA=ON; tools/gpu/README.md). Included from the top-level
# CMakeLists.txt only when NWGF_CUDA is ON, before find_package(Torch) (a CUDA LibTorch, e.g. the
# one bundled with a CUDA build of PyTorch: torch.utils.cmake_prefix_path). It
#   - enables CUDA (architecture 90, the H100/H200, unless CMAKE_CUDA_ARCHITECTURES is given),
#   - builds nwgf_riesz_cuda: the tiled pairwise Riesz sums/fields (analytic/cuda/),
#   - defines nwgf_cuda_attach(), called after the subdirectories: links the kernels into
#     nwgf_neural (NWGF_HAVE_CUDA_KERNELS: neural/particle_flow.cc's CUDA path uses them), adds the
#     CUDA benchmarks (suite/bench/cuda/*.cc) to nwgf_bench and the GPU test cuda.riesz_sums
#     (skips, passing, when no CUDA device is visible).
# With NWGF_CUDA OFF none of this is read and the build is the CPU one.
if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
  set(CMAKE_CUDA_ARCHITECTURES 90)
endif()
enable_language(CUDA)
set(CMAKE_CUDA_STANDARD 17)
set(CMAKE_CUDA_STANDARD_REQUIRED ON)
find_package(CUDAToolkit REQUIRED)

add_library(nwgf_riesz_cuda STATIC ${PROJECT_SOURCE_DIR}/analytic/cuda/riesz_sums_cuda.cu)
# The top-level add_compile_options are GCC flags (-Wall, -march=native, ...) nvcc would reject.
set_target_properties(nwgf_riesz_cuda PROPERTIES
  COMPILE_OPTIONS ""
  CUDA_RUNTIME_LIBRARY Shared          # the same libcudart as LibTorch: one runtime per process
  POSITION_INDEPENDENT_CODE ON)
target_compile_options(nwgf_riesz_cuda PRIVATE $<$<COMPILE_LANGUAGE:CUDA>:-O3>)
target_include_directories(nwgf_riesz_cuda PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(nwgf_riesz_cuda PUBLIC CUDA::cudart)

function(nwgf_cuda_attach)
  target_link_libraries(nwgf_neural PUBLIC nwgf_riesz_cuda)
  # NWGF_CUDA_GRAPHS: neural/neural_scheme.cc captures the LibTorch training iteration in a CUDA graph.
  target_compile_definitions(nwgf_neural PUBLIC NWGF_HAVE_CUDA_KERNELS=1 NWGF_CUDA_GRAPHS=1)
  if(NWGF_BUILD_BENCH AND TARGET nwgf_bench)
    file(GLOB NWGF_CUDA_BENCH_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/suite/bench/cuda/*.cc)
    target_sources(nwgf_bench PRIVATE ${NWGF_CUDA_BENCH_SOURCES})
  endif()
  if(NWGF_BUILD_TESTS)
    add_executable(cuda_riesz_sums_test ${PROJECT_SOURCE_DIR}/analytic/cuda/tests/riesz_sums_cuda_test.cc
                   $<TARGET_OBJECTS:nwgf_doctest_main>)
    target_link_libraries(cuda_riesz_sums_test PRIVATE doctest::doctest nwgf_neural)
    target_precompile_headers(cuda_riesz_sums_test REUSE_FROM nwgf_neural)
    add_test(NAME cuda.riesz_sums COMMAND cuda_riesz_sums_test --force-colors=0)
  endif()
endfunction()
