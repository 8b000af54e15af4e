// The renaming rule: Go identifiers keep their names in C++, except those that C++ reserves (its
// keywords and alternative tokens), names the C and C++ standard libraries define as macros, and
// the names the generated code itself relies on (`std`, `go`); those get a trailing underscore.
// A Go identifier cannot end up clashing with a renamed one unless it already ends in '_' — which
// Go code rarely does; the checker rejects nothing for it, so the rule appends '_' repeatedly.
#include <unordered_set>

#include "emit/emitter.h"

namespace go2cpp::emit {

namespace {

const std::unordered_set<std::string>& reserved() {
  static const std::unordered_set<std::string> names = {
      // C++20 keywords and alternative tokens
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break",
      "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept",
      "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await",
      "co_return", "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast",
      "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto",
      "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
      "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register",
      "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
      "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
      "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using",
      "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "final", "override",
      "import", "module",
      // names the generated code uses unqualified or as namespace roots
      "std", "go",
      // macros from the C and C++ standard headers the runtime includes
      "NULL", "EOF", "errno", "assert", "stdin", "stdout", "stderr", "BUFSIZ", "EXIT_SUCCESS",
      "EXIT_FAILURE", "RAND_MAX", "INT_MAX", "INT_MIN", "UINT_MAX", "LONG_MAX", "LONG_MIN",
      "CHAR_BIT", "SIZE_MAX", "INT64_MAX", "INT64_MIN", "UINT64_MAX", "INT32_MAX", "INT32_MIN",
      "UINT32_MAX", "INT8_MAX", "INT8_MIN", "INT16_MAX", "INT16_MIN", "UINT8_MAX", "UINT16_MAX",
      "offsetof", "setjmp", "va_arg", "va_start", "va_end", "va_copy", "unix", "linux",
  };
  return names;
}

// Functions and variables that the C, POSIX and glibc headers the runtime includes declare at
// global scope: a namespace of the same name would be a redeclaration ("namespace time" against
// ::time). Only package names need this: Go identifiers live inside namespaces.
const std::unordered_set<std::string>& global_names() {
  static const std::unordered_set<std::string> names = {
      "abort", "abs", "accept", "access", "alarm", "atof", "atoi", "atol", "bind", "calloc",
      "chdir", "chmod", "chown", "clock", "close", "connect", "cos", "div", "dup", "environ",
      "exec", "exit", "exp", "fabs", "fork", "free", "getenv", "getline", "getpid", "index",
      "ioctl", "isnan", "kill", "labs", "link", "listen", "log", "lseek", "malloc", "memcpy",
      "memset", "mkdir", "mktime", "nice", "open", "pause", "pipe", "poll", "pow", "printf",
      "putenv", "qsort", "raise", "rand", "random", "read", "realloc", "recv", "remove", "rename",
      "rindex", "rmdir", "round", "scanf", "select", "send", "setenv", "signal", "sin", "sleep",
      "socket", "sqrt", "srand", "stat", "strlen", "symlink", "sync", "system", "tan", "time",
      "truncate", "unlink", "wait", "write",
  };
  return names;
}

// Namespaces the runtime declares inside `go` (the runtime packages and stand-ins, fmt's
// scanner's strconv, and detail). Runtime type descriptors are defined in go::detail, where
// `strconv::NumError` would find go::strconv before ::strconv: a package namespace of one of
// these names is renamed too.
const std::unordered_set<std::string>& runtime_namespaces() {
  static const std::unordered_set<std::string> names = {
      "detail", "errors", "fmt", "io", "math", "os", "reflect", "runtime", "sort", "strconv", "sync",
      "time",
  };
  return names;
}

// The C and POSIX headers (and glibc's own) that system headers include as <name.h>: a package's
// header is <namespace>.h in a directory the compiler searches first (-I), so a package named
// strings would stand in for <strings.h> inside glibc's <string.h>.
const std::unordered_set<std::string>& system_header_names() {
  static const std::unordered_set<std::string> names = {
      // C17
      "assert", "complex", "ctype", "errno", "fenv", "float", "inttypes", "iso646", "limits",
      "locale", "math", "setjmp", "signal", "stdalign", "stdarg", "stdatomic", "stdbool",
      "stddef", "stdint", "stdio", "stdlib", "stdnoreturn", "string", "tgmath", "threads", "time",
      "uchar", "wchar", "wctype",
      // POSIX
      "aio", "cpio", "dirent", "dlfcn", "fcntl", "fmtmsg", "fnmatch", "ftw", "glob", "grp",
      "iconv", "langinfo", "libgen", "monetary", "mqueue", "ndbm", "netdb", "nl_types", "poll",
      "pthread", "pwd", "regex", "sched", "search", "semaphore", "spawn", "strings", "stropts",
      "syslog", "tar", "termios", "trace", "ulimit", "unistd", "utime", "utmpx", "wordexp",
      // glibc
      "alloca", "byteswap", "elf", "endian", "err", "error", "features", "getopt", "link",
      "malloc", "memory", "paths", "syscall", "sysexits", "values",
  };
  return names;
}

}  // namespace

std::string namespace_name(const std::string& pkg_name) {
  if (pkg_name == "main") return "main_";
  std::string name = cpp_name(pkg_name);
  while (global_names().count(name) || runtime_namespaces().count(name) ||
         system_header_names().count(name)) {
    name += '_';
  }
  return name;
}

std::string cpp_name(const std::string& go_name) {
  std::string name = go_name;
  while (reserved().count(name)) name += '_';
  return name;
}

}  // namespace go2cpp::emit
