// Package unicode/utf8: Go's UTF-8 rules (the runtime's own decoder: U+FFFD with width 1 for
// invalid bytes, surrogates and overlong forms rejected).
#pragma once

#include <tuple>

#include "go/builtin.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::unicode::utf8 {

go::slice<go::uint8> AppendRune(const go::slice<go::uint8>& p, go::int32 r);
std::tuple<go::int32, go::int_> DecodeLastRuneInString(const go::string& s);
std::tuple<go::int32, go::int_> DecodeLastRune(const go::slice<go::uint8>& p);
std::tuple<go::int32, go::int_> DecodeRuneInString(const go::string& s);
std::tuple<go::int32, go::int_> DecodeRune(const go::slice<go::uint8>& p);
go::int_ EncodeRune(const go::slice<go::uint8>& p, go::int32 r);
bool FullRuneInString(const go::string& s);
go::int_ RuneCount(const go::slice<go::uint8>& p);
go::int_ RuneCountInString(const go::string& s);
go::int_ RuneLen(go::int32 r);
bool RuneStart(go::uint8 b);
bool Valid(const go::slice<go::uint8>& p);
bool ValidRune(go::int32 r);
bool ValidString(const go::string& s);

}  // namespace go::unicode::utf8
