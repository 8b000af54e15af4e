// What os's files share (src/os_stat.cpp, os_dir.cpp, os_ops.cpp): FileInfo values of
// *os.fileStat built from a struct stat, as Go's fillFileStatFromSys builds them.
#pragma once

#include <sys/stat.h>

#include <string>
#include <tuple>

#include "go/os.h"

namespace go::os::detail {

// A *os.fileStat for `st`, named basename(name) as Go's os does.
FileInfo file_info(const struct stat& st, const go::string& name);
// lstat(2) of `path`, as os.Lstat does it (errors are *PathError{"lstat", path, errno}).
std::tuple<FileInfo, go::error> lstat_path(const go::string& path);
// internal/poll's ErrFileClosing ("use of closed file"), what Go's os reports for some
// operations on a closed File.
extern go::error err_file_closing;
inline std::string cstr(const go::string& s) { return std::string(s.view()); }

}  // namespace go::os::detail
