// Sizes and alignments of Go types as gc lays them out on a 64-bit target (amd64, arm64): the
// values of unsafe.Sizeof, unsafe.Alignof and unsafe.Offsetof, which are constants in Go.
//
// They are also go2cpp's own layout on 64-bit targets for the types whose C++ representation
// keeps Go's (numbers, pointers, unsafe.Pointer, strings, slices, arrays, and structs of them);
// docs/stdlib.md ("package unsafe") lists where the two differ (linux/arm's 4-byte pointers,
// funcs, interfaces with methods), which is why the checker refuses unsafe.Offsetof in structs
// holding funcs or interfaces.
#pragma once

#include <cstdint>

#include "types/types.h"

namespace go2cpp::types {

int64_t type_size(const Type* t);
int64_t type_align(const Type* t);
// The offset of field `index` of struct `s`.
int64_t field_offset(const Struct* s, size_t index);
// Whether go2cpp's C++ layout of t is gc's (so Offsetof and pointer arithmetic agree with it).
bool layout_matches_gc(const Type* t);

}  // namespace go2cpp::types
