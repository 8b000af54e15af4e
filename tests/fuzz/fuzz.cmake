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

# Every input the tests hold — programs, golden files, error tests and the committed fuzz corpus —
# translated by this build's go2cpp (under the sanitizers, in a -DGO2CPP_SANITIZE build): a
# diagnostic or C++, never a crash, a hang or a sanitizer report.
add_test(NAME translate.corpus
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_corpus.py --go2cpp $<TARGET_FILE:go2cpp>
          -j2 ${CMAKE_CURRENT_SOURCE_DIR}/programs ${PROJECT_SOURCE_DIR}/golden
          ${CMAKE_CURRENT_SOURCE_DIR}/errors ${CMAKE_CURRENT_LIST_DIR}/corpus)
# Every committed fuzz corpus entry that go2cpp accepts yields C++ that compiles.
add_test(NAME fuzz.corpus_compiles
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_corpus.py --go2cpp $<TARGET_FILE:go2cpp>
          --compile -j2 ${CMAKE_CURRENT_LIST_DIR}/corpus)
set_tests_properties(translate.corpus fuzz.corpus_compiles PROPERTIES TIMEOUT 600)

# A short fuzzing run of both mutation modes over the committed corpus (scripts/fuzz.sh smoke).
if(GO2CPP_FUZZ)
  add_test(NAME fuzz.smoke COMMAND ${CMAKE_COMMAND} -E env GO2CPP_FUZZ_BUILD=${CMAKE_BINARY_DIR}
           ${PROJECT_SOURCE_DIR}/scripts/fuzz.sh smoke 30)
  set_tests_properties(fuzz.smoke PROPERTIES TIMEOUT 300)
endif()
