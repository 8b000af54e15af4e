// Package os, the parts coupled to the runtime: Exit, and the standard files as io.Writers
// (Stdout writes through the runtime's buffered stdout, go/output.h). Reading files, Args and
// the rest come with the os package's own issue.
#pragma once

#include <tuple>

#include "go/builtin.h"
#include "go/error.h"
#include "go/output.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::os {

// type File struct { fd int }: only the standard files exist for now.
struct File {
  go::int_ fd{};
};

extern go::ptr<File> Stdin;
extern go::ptr<File> Stdout;
extern go::ptr<File> Stderr;

// os.Args, set by go::run_main from the process's arguments.
extern go::slice<go::string> Args;
namespace detail {
void set_args(int argc, char** argv);
}

go::string Getenv(const go::string& key);

// os.Exit: flushes the runtime's stdout buffer and ends the process with `code`, without running
// deferred calls.
[[noreturn]] void Exit(int_ code);

std::tuple<go::int_, go::error> File_Read(go::ptr<File> f, go::slice<go::uint8> b);
std::tuple<go::int_, go::error> File_Write(go::ptr<File> f, go::slice<go::uint8> b);
std::tuple<go::int_, go::error> File_WriteString(go::ptr<File> f, go::string s);

extern const go::type_desc File_type;

}  // namespace go::os

template <>
struct go::detail::type_of_impl<go::os::File> : go::detail::basic_type_of<&go::os::File_type> {};
