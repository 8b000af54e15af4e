# `cmake --install`: go2cpp, its runtime library and headers, the Go declarations of the runtime
# packages and the overlay of Go's standard-library sources (support-lib/std), the runtime's sources (for building it for cross targets), and the CMake package
# (cmake/package/go2cppConfig.cmake). The layout is what the go2cpp driver looks for under its
# prefix (bin/..):
#   bin/go2cpp   include/go/*.h   lib/libgo2cpp_rt.a   share/go2cpp/go/   share/go2cpp/std/
#   share/go2cpp/src/   lib/go2cpp/std-objects/ (the prebuilt std library, driver/objcache.h)
#   lib/cmake/go2cpp/
include(CMakePackageConfigHelpers)

install(TARGETS go2cpp RUNTIME DESTINATION bin)
install(TARGETS go2cpp_rt ARCHIVE DESTINATION lib)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/support-lib/include/go DESTINATION include)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/support-lib/go DESTINATION share/go2cpp)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/support-lib/std DESTINATION share/go2cpp)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/support-lib/src/ DESTINATION share/go2cpp/src)
install(DIRECTORY ${CMAKE_BINARY_DIR}/std-objects/ DESTINATION lib/go2cpp/std-objects OPTIONAL)

write_basic_package_version_file(${CMAKE_BINARY_DIR}/go2cppConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/package/go2cppConfig.cmake
              ${CMAKE_BINARY_DIR}/go2cppConfigVersion.cmake
        DESTINATION lib/cmake/go2cpp)
