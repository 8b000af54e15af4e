# LeakSanitizer on the ways a program ends (lsan_exit_paths.cpp): goroutine 1 returning, os.Exit,
# an uncaught panic, and a parked goroutine's block that must not be reported. Built with
# -fsanitize=address against the uninstrumented runtime library, as `go2cpp build -sanitize`
# builds programs. Included from tests/CMakeLists.txt; label `sanitized`.
add_executable(lsan_exit_paths ${CMAKE_CURRENT_LIST_DIR}/lsan_exit_paths.cpp)
target_compile_options(lsan_exit_paths PRIVATE ${GO2CPP_WARNINGS} -fwrapv -fsanitize=address
                       -fno-omit-frame-pointer)
target_link_options(lsan_exit_paths PRIVATE -fsanitize=address)
target_link_libraries(lsan_exit_paths PRIVATE go2cpp_rt)
foreach(mode return exit panic)
  add_test(NAME lsan.exit_${mode} COMMAND lsan_exit_paths ${mode})
  set_tests_properties(lsan.exit_${mode} PROPERTIES LABELS sanitized
                       PASS_REGULAR_EXPRESSION "LeakSanitizer: detected memory leaks")
endforeach()
add_test(NAME lsan.exit_parked COMMAND lsan_exit_paths parked)
set_tests_properties(lsan.exit_parked PROPERTIES LABELS sanitized FAIL_REGULAR_EXPRESSION "Sanitizer")
