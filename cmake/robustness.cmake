# Robustness builds (docs/robustness.md). Both are off by default, so the normal build is unaffected.
#
#   -DGO2CPP_SANITIZE=address,undefined   the translator (its phase libraries, the go2cpp
#                                         executable, unit_transpiler and the fuzz targets) built
#                                         with these sanitizers; any report aborts the process.
#                                         The runtime library stays uninstrumented: generated
#                                         programs link it, and they get sanitizers from
#                                         `go2cpp build -sanitize=...` instead.
#   -DGO2CPP_FUZZ=ON                      the libFuzzer targets in tests/fuzz/ (clang only); the
#                                         translator is compiled with coverage instrumentation.
set(GO2CPP_SANITIZE "" CACHE STRING
    "Sanitizers for the translator and its unit tests (e.g. address,undefined); empty for none")
option(GO2CPP_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

set(GO2CPP_INSTRUMENT_COMPILE "")
set(GO2CPP_INSTRUMENT_LINK "")
if(GO2CPP_SANITIZE)
  list(APPEND GO2CPP_INSTRUMENT_COMPILE -fsanitize=${GO2CPP_SANITIZE} -fno-sanitize-recover=all
       -fno-omit-frame-pointer)
  list(APPEND GO2CPP_INSTRUMENT_LINK -fsanitize=${GO2CPP_SANITIZE})
endif()
if(GO2CPP_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "GO2CPP_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "
                        "(scripts/install-deps.sh installs Debian's clang)")
  endif()
  list(APPEND GO2CPP_INSTRUMENT_COMPILE -fsanitize=fuzzer-no-link)
endif()

# Applies the instrumentation chosen above to one of the translator's targets.
function(go2cpp_instrument target)
  if(GO2CPP_INSTRUMENT_COMPILE)
    target_compile_options(${target} PRIVATE ${GO2CPP_INSTRUMENT_COMPILE})
  endif()
  if(GO2CPP_INSTRUMENT_LINK)
    target_link_options(${target} PRIVATE ${GO2CPP_INSTRUMENT_LINK})
  endif()
endfunction()
