// go::runtime::GOOS and GOARCH: the target this runtime library was compiled for, from the C++
// compiler's own predefined macros, for C++ code. Go code sees runtime.GOOS and runtime.GOARCH as
// constants that the translator adds for the target (driver/pipeline.cpp, docs/targets.md).
#include "go/goroutine.h"

namespace go::runtime {

#if defined(__linux__)
go::string GOOS = "linux";
#elif defined(__APPLE__)
go::string GOOS = "darwin";
#else
go::string GOOS = "unknown";
#endif

#if defined(__x86_64__)
go::string GOARCH = "amd64";
#elif defined(__aarch64__)
go::string GOARCH = "arm64";
#elif defined(__arm__)
go::string GOARCH = "arm";
#elif defined(__i386__)
go::string GOARCH = "386";
#else
go::string GOARCH = "unknown";
#endif

}  // namespace go::runtime
