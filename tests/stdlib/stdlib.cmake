# Go's own tests of the standard-library packages listed in packages.txt, through go2cpp test
# (run.py). Included from tests/CMakeLists.txt; needs golang-1.19-src (scripts/install-deps.sh).
add_test(NAME stdlib.gotests
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/run.py --go2cpp $<TARGET_FILE:go2cpp>)
set_tests_properties(stdlib.gotests PROPERTIES TIMEOUT 900)
