// The compiled objects of the standard library's translation units, prebuilt and cached.
//
// A package translated from GOROOT (driver/stdlib.h) comes out the same for every program that
// imports it, and compiling it is most of a build's time (unicode's tables: about 20 s), so its
// object is compiled once and copied into later builds. Objects are named by a key that hashes
// everything they depend on: the compiler's identity, the compile command (with the build
// directory's and the runtime's paths taken out), the .cpp text, the generated headers it
// includes (its package's and those of the packages it imports: only std packages) and the
// runtime's headers. A program that changes a std package's output (a generic instance homed
// there) gets a different key, so a stale object is never used.
//
// Two places hold them, looked up in this order:
//   - the prebuilt std library, `Toolchain::std_objects_dir`: filled by `go2cpp build std` when
//     go2cpp itself is built (CMake target go2cpp_std) and installed with it; read-only;
//   - the user's cache, CACHE/std-objects: filled by any build that compiled a std object the
//     prebuilt library did not have (another compiler, -O level or sanitizer, a cross target).
#pragma once

#include <string>
#include <vector>

#include "driver/pipeline.h"

namespace go2cpp::driver {

class StdObjectCache {
 public:
  // `generated`: the translation's files; `support_include`: the runtime's headers;
  // `prebuilt_dir`: the prebuilt std library ("" for none); `store_dir`: where newly compiled
  // objects go ("" for the user's cache).
  StdObjectCache(const std::vector<OutputFile>& generated, const std::string& support_include,
                 std::string prebuilt_dir, std::string store_dir);

  // The key (a file name) of the object that `cmd` (compiling `cpp` in `work_dir`) writes.
  std::string key_for(const std::vector<std::string>& cmd, const std::string& work_dir,
                      const OutputFile& cpp) const;
  // Copies the object named `key` to `object` from the prebuilt library or the store; returns
  // where it came from ("prebuilt" or "cached"), or null when neither has it.
  const char* fetch(const std::string& key, const std::string& object) const;
  // Puts a freshly compiled object into the store (best effort: a failure only costs a compile).
  void store(const std::string& object, const std::string& key) const;
  // The store's directory.
  const std::string& store_dir() const { return store_dir_; }

 private:
  const std::vector<OutputFile>& generated_;
  std::string support_include_;
  std::string base_;  // the hash of the inputs every std object shares (the runtime's headers)
  std::string prebuilt_dir_;
  std::string store_dir_;
};

}  // namespace go2cpp::driver
