// Package unicode: a hand-written stand-in; IsSpace is Go's White_Space exactly, the other classes
// and case mappings come from the C library's Unicode tables (C.UTF-8), ASCII answered directly.
#pragma once

#include "go/builtin.h"

namespace go::unicode {

bool IsDigit(go::int32 r);
bool IsNumber(go::int32 r);
bool IsLetter(go::int32 r);
bool IsSpace(go::int32 r);
bool IsUpper(go::int32 r);
bool IsLower(go::int32 r);
bool IsPunct(go::int32 r);
bool IsPrint(go::int32 r);
bool IsGraphic(go::int32 r);
bool IsControl(go::int32 r);
go::int32 ToUpper(go::int32 r);
go::int32 ToLower(go::int32 r);
go::int32 ToTitle(go::int32 r);

}  // namespace go::unicode
