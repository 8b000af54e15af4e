# Registers the benchmark check with ctest: every bench/<name>/ program, built by go2cpp at its
# small size, must print bench/<name>/expected_small.txt (bench/run.py --check). It checks that
# the benchmarks build and compute the right answer; nothing is timed. Included from the top-level
# CMakeLists.txt after include(CTest).
if(BUILD_TESTING)
  if(NOT Python3_EXECUTABLE)
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
  endif()
  add_test(NAME bench.check
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/run.py --check
            --go2cpp $<TARGET_FILE:go2cpp>)
  set_tests_properties(bench.check PROPERTIES TIMEOUT 600 LABELS bench)
endif()
