# examples/cpp-interop from a clean install (example_test.py): cmake --install, find_package(go2cpp),
# go2cpp_add_library, build, run, retranslation on .go edits. Included from tests/CMakeLists.txt.
add_test(NAME interop.example
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/example_test.py
                 --build-dir ${CMAKE_BINARY_DIR} --source-dir ${PROJECT_SOURCE_DIR})
set_tests_properties(interop.example PROPERTIES TIMEOUT 600)
