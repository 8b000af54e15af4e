// Where the standard library comes from (docs/stdlib.md). A std import path (no dot in its first
// element) is, in this order:
//   - `unsafe`, which the type checker makes itself;
//   - a runtime package or hand-written stand-in: Go stubs in support-lib/go/<path>/, C++ in the
//     support library;
//   - otherwise Go's own source in GOROOT/src/<path> (GOROOT: the CMake setting GO2CPP_GOROOT,
//     /usr/lib/go-1.19 by default, or the environment variable GO2CPP_GOROOT), translated with
//     the program like a package of its module, with the files of support-lib/std/<path>/ laid
//     over that directory (a file there replaces GOROOT's file of the same name, or is added).
//
// The files of a GOROOT package are chosen for GOARCH "go2cpp", an architecture no file name
// suffix or build tag names, so every file that needs gc's assembly (`_amd64.go`,
// `//go:build amd64 || arm64`) is left out and the pure-Go fallbacks (`//go:build !amd64 &&
// ...`, `_generic.go`) are taken; the target's GOOS still applies. The tags in kStdTags, which
// packages use to ask for pure Go, are set. Function declarations without
// a body (implemented in assembly, or pulled from the runtime by //go:linkname) are dropped, so a
// use of one is `undefined`, never C++ that does not link.
#pragma once

#include <string>
#include <vector>

#include "driver/buildtags.h"
#include "syntax/ast.h"

namespace go2cpp::driver {

// The GOARCH under which GOROOT packages are read.
inline constexpr const char* kStdArch = "go2cpp";
// Build tags GOROOT's packages are read with: the ones that ask for a package's pure-Go code
// (math/big's arith_decl_pure.go; crypto's purego in later Go versions).
inline constexpr const char* kStdTags[] = {"math_big_pure_go", "purego"};

// What `go2cpp build std` compiles into the prebuilt std library (objcache.h): every package
// translated from GOROOT that docs/stdlib.md lists as working (their imports come with them).
inline constexpr const char* kPrebuiltStd[] = {
    "bufio", "bytes", "container/heap", "container/list", "container/ring", "crypto/md5",
    "crypto/sha256", "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "flag",
    "hash/crc32", "html", "io/ioutil", "math", "math/big", "math/bits", "math/cmplx", "path",
    "path/filepath", "regexp", "regexp/syntax", "strconv", "strings", "testing/iotest",
    "text/tabwriter", "unicode", "unicode/utf16", "unicode/utf8",
};

// GOROOT (its src/ holds the packages).
std::string goroot_dir();

// The directory of std package `path` in GOROOT/src, or "" when there is none (or `path` is
// not a plain std path).
std::string std_source_dir(const std::string& path);

// The .go files of std package `path` (GOROOT's, with the overlay's laid over them) that build
// for `target` with GOARCH kStdArch; false with `error` set when there are none.
bool list_std_package(const std::string& path, const BuildContext& target,
                      std::vector<std::string>* files, std::string* error);

// Drops the body-less function declarations of a GOROOT file.
void drop_bodyless_funcs(syntax::File* file);

}  // namespace go2cpp::driver
