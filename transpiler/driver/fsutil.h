// File-system helpers for the driver: temporary build directories and atomic writes, so a failed
// or interrupted go2cpp never leaves a half-written file under its final name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace go2cpp::driver {

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it when the object dies,
// unless keep() was called. Tracked for removal on Ctrl-C.
class TempDir {
 public:
  TempDir() = default;
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  // Creates the directory, named `prefix` plus a random suffix; false with a message on failure.
  bool create(std::string_view prefix, std::string* error);
  const std::string& path() const { return path_; }
  void keep();

 private:
  std::string path_;
  bool keep_ = false;
};

// The directory holding the running go2cpp executable ("" when it cannot be told); an installed
// go2cpp finds its files under its parent, the installation prefix.
std::string executable_dir();

struct FileToWrite {
  std::string name;  // relative to the destination directory
  std::string text;
};

// Writes every file into `dir` (created if missing): first each to a temporary name in `dir`, then,
// once all were written, renames each into place. On failure the temporaries are removed.
bool write_files_atomically(const std::string& dir, const std::vector<FileToWrite>& files,
                            std::string* error);

// Moves the finished file `from` to `to` atomically: a rename when both are on one file system,
// else a copy to a temporary name beside `to` followed by a rename. The mode of `from` is kept.
bool install_file(const std::string& from, const std::string& to, std::string* error);

// True when the file starts like an executable or object file (ELF, Mach-O) or is empty, so go2cpp
// may replace it, as `go build` only replaces its own outputs.
bool looks_like_object_file(const std::string& path);

// The OS error text for errno `err`, lower-cased like Go's ("no such file or directory").
std::string os_error_text(int err);

}  // namespace go2cpp::driver
