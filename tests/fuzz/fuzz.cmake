# libFuzzer targets over the translator (docs/robustness.md). Included from tests/CMakeLists.txt;
# built only with -DGO2CPP_FUZZ=ON under clang, usually with -DGO2CPP_SANITIZE=address,undefined:
#   fuzz_translate         libFuzzer's byte-level mutations, with tests/fuzz/go.dict
#   fuzz_translate_tokens  the same target with the token-level custom mutator (token_mutator.cpp)
if(GO2CPP_FUZZ)
  foreach(name fuzz_translate fuzz_translate_tokens)
    set(srcs ${CMAKE_CURRENT_LIST_DIR}/fuzz_translate.cpp)
    if(name STREQUAL "fuzz_translate_tokens")
      list(APPEND srcs ${CMAKE_CURRENT_LIST_DIR}/token_mutator.cpp)
    endif()
    add_executable(${name} ${srcs})
    target_compile_options(${name} PRIVATE ${GO2CPP_WARNINGS})
    target_link_libraries(${name} PRIVATE go2cpp_driver)
    go2cpp_instrument(${name})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  endforeach()
endif()
