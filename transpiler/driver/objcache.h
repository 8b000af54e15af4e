// The compiled objects of the standard library's translation units, cached across builds.
//
// A package translated from GOROOT (driver/stdlib.h) comes out the same for every program that
// imports it, and compiling it is most of a build's time (unicode's tables: about 5 s), so
// `go2cpp build` keeps its object in CACHE/std-objects/<key>.o and later builds copy it instead
// of compiling. The key hashes everything the object depends on: the compiler's identity, the
// compile command (with the build directory's paths taken out), the .cpp text, the generated
// headers it includes (its package's and those of the packages it imports: only std packages)
// and the runtime's headers. A different program that changes a std package's output (a generic instance homed
// there) gets a different key, so a stale object is never used.
#pragma once

#include <string>
#include <vector>

#include "driver/pipeline.h"

namespace go2cpp::driver {

class StdObjectCache {
 public:
  // `generated`: the translation's files; `support_include`: the runtime's headers.
  StdObjectCache(const std::vector<OutputFile>& generated, const std::string& support_include);

  // The cache path of the object that `cmd` (compiling `cpp` in `work_dir`) writes.
  std::string path_for(const std::vector<std::string>& cmd, const std::string& work_dir,
                       const OutputFile& cpp) const;
  // Copies a cached object to `object`; false when there is none.
  static bool fetch(const std::string& cached, const std::string& object);
  // Puts a freshly compiled object into the cache (best effort: a failure only costs a compile).
  static void store(const std::string& object, const std::string& cached);

 private:
  const std::vector<OutputFile>& generated_;
  std::string base_;  // the hash of the inputs every std object shares (the runtime's headers)
};

}  // namespace go2cpp::driver
