# The go2cpp command-line tests: tests/cli/test_cli.py drives the built go2cpp binary (Python 3,
# standard library only). Included from tests/CMakeLists.txt.
add_test(NAME cli
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_cli.py $<TARGET_FILE:go2cpp>)
set_tests_properties(cli PROPERTIES TIMEOUT 600)
