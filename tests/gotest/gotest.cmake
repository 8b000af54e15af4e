# go2cpp test against go test (run.py): each module here prints what Go 1.19's go test printed.
# Included from tests/CMakeLists.txt.
add_test(NAME gotest
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/run.py --go2cpp $<TARGET_FILE:go2cpp>)
set_tests_properties(gotest PROPERTIES TIMEOUT 600)
