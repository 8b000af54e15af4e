# find_package(go2cpp): the go2cpp translator, its runtime library, and two functions that turn
# Go packages into CMake targets (docs/interop.md):
#
#   go2cpp_add_library(<target> <package dir>)     a static library of a Go package (not main)
#   go2cpp_add_executable(<target> <package dir>)  a program from a Go package main
#
# Both translate at build time, again whenever a .go file or go.mod changes, into
# ${CMAKE_CURRENT_BINARY_DIR}/<target>.go2cpp/ (exported as the target's include directory, so
# C++ code includes "<package>.h"), and compile the result as ordinary sources of the target:
# compile_commands.json lists them when CMAKE_EXPORT_COMPILE_COMMANDS is on.
#
# Imported targets: go2cpp::go2cpp (the translator), go2cpp::runtime (headers and
# libgo2cpp_rt.a, with its dependencies {fmt}, Boost.Fiber and the Boehm collector).
include(CMakeFindDependencyMacro)
find_dependency(Threads)
find_dependency(fmt)
find_dependency(Boost 1.74 COMPONENTS fiber context)
find_dependency(PkgConfig)
if(NOT TARGET PkgConfig::GO2CPP_BDWGC)
  pkg_check_modules(GO2CPP_BDWGC REQUIRED IMPORTED_TARGET GLOBAL bdw-gc)
endif()

# This file is PREFIX/lib/cmake/go2cpp/go2cppConfig.cmake.
get_filename_component(_go2cpp_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)

if(NOT TARGET go2cpp::go2cpp)
  add_executable(go2cpp::go2cpp IMPORTED)
  set_target_properties(go2cpp::go2cpp PROPERTIES IMPORTED_LOCATION "${_go2cpp_prefix}/bin/go2cpp")
endif()
if(NOT TARGET go2cpp::runtime)
  add_library(go2cpp::runtime STATIC IMPORTED)
  set_target_properties(go2cpp::runtime PROPERTIES
    IMPORTED_LOCATION "${_go2cpp_prefix}/lib/libgo2cpp_rt.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_go2cpp_prefix}/include"
    INTERFACE_COMPILE_FEATURES cxx_std_20
    INTERFACE_LINK_LIBRARIES "fmt::fmt;Boost::fiber;Boost::context;PkgConfig::GO2CPP_BDWGC;Threads::Threads")
endif()
set(GO2CPP_EXECUTABLE "${_go2cpp_prefix}/bin/go2cpp")

# Translates the Go package in `dir`; sets `out_sources` to the C++ files the translation
# writes and `out_dir` to where it writes them.
function(_go2cpp_translate target dir out_sources out_dir)
  get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  set(gen "${CMAKE_CURRENT_BINARY_DIR}/${target}.go2cpp")
  # Which files: asked now, at configure time. Every Go file read and every package directory
  # is a configure dependency, so an edit that adds an import or a file is seen.
  execute_process(COMMAND "${GO2CPP_EXECUTABLE}" translate -list "${dir}"
                  OUTPUT_VARIABLE listing ERROR_VARIABLE errors RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "go2cpp cannot translate ${dir}:\n${errors}")
  endif()
  string(REPLACE "\n" ";" lines "${listing}")
  set(outputs)
  set(inputs)
  set(dirs)
  foreach(line IN LISTS lines)
    if(line MATCHES "^output (.+)$")
      list(APPEND outputs "${gen}/${CMAKE_MATCH_1}")
    elseif(line MATCHES "^input (.+)$")
      list(APPEND inputs "${CMAKE_MATCH_1}")
      get_filename_component(d "${CMAKE_MATCH_1}" DIRECTORY)
      list(APPEND dirs "${d}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES dirs)
  foreach(d IN LISTS dirs)
    file(GLOB _go2cpp_unused CONFIGURE_DEPENDS "${d}/*.go")
  endforeach()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${inputs})
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND go2cpp::go2cpp translate -o "${gen}" "${dir}"
    DEPENDS ${inputs} go2cpp::go2cpp
    COMMENT "Translating Go package ${dir}"
    VERBATIM)
  set(${out_sources} ${outputs} PARENT_SCOPE)
  set(${out_dir} "${gen}" PARENT_SCOPE)
endfunction()

# Go's arithmetic needs these flags on translated code (docs/runtime-api.md), and unsafe.Pointer
# conversions need C++ without type-based alias analysis (go/unsafe.h), as driver/compile.cpp
# compiles it; they stay private to the Go targets.
set(_go2cpp_flags -fwrapv -ffp-contract=off -fno-strict-aliasing)

function(go2cpp_add_library target dir)
  _go2cpp_translate(${target} "${dir}" sources gen)
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC "${gen}")
  target_compile_options(${target} PRIVATE ${_go2cpp_flags})
  target_link_libraries(${target} PUBLIC go2cpp::runtime)
endfunction()

function(go2cpp_add_executable target dir)
  _go2cpp_translate(${target} "${dir}" sources gen)
  add_executable(${target} ${sources})
  target_include_directories(${target} PRIVATE "${gen}")
  target_compile_options(${target} PRIVATE ${_go2cpp_flags})
  target_link_libraries(${target} PRIVATE go2cpp::runtime)
endfunction()
