// Package strings: a hand-written stand-in with Go's semantics (UTF-8 decoding with U+FFFD for
// invalid bytes, unicode.IsSpace for Fields/TrimSpace, Split on "" by UTF-8 sequence, Replace on
// "" between runes). Case mapping uses the C library's Unicode tables (C.UTF-8), which can lag
// Go's in new code points; docs/stdlib.md records it.
#pragma once

#include <tuple>

#include "go/builtin.h"
#include "go/error.h"
#include "go/func.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::strings {

struct Builder {
  go::slice<go::uint8> buf{};
};

go::string Builder_String(go::ptr<Builder> b);
go::int_ Builder_Len(go::ptr<Builder> b);
go::int_ Builder_Cap(go::ptr<Builder> b);
void Builder_Reset(go::ptr<Builder> b);
void Builder_Grow(go::ptr<Builder> b, go::int_ n);
std::tuple<go::int_, go::error> Builder_Write(go::ptr<Builder> b, go::slice<go::uint8> p);
go::error Builder_WriteByte(go::ptr<Builder> b, go::uint8 c);
std::tuple<go::int_, go::error> Builder_WriteRune(go::ptr<Builder> b, go::int32 r);
std::tuple<go::int_, go::error> Builder_WriteString(go::ptr<Builder> b, go::string s);
extern const go::type_desc Builder_type;

struct Reader {
  go::string s{};
  go::int64 i = 0;
};

go::ptr<Reader> NewReader(const go::string& s);
go::int_ Reader_Len(go::ptr<Reader> r);
std::tuple<go::int_, go::error> Reader_Read(go::ptr<Reader> r, go::slice<go::uint8> b);
std::tuple<go::uint8, go::error> Reader_ReadByte(go::ptr<Reader> r);
std::tuple<go::int32, go::int_, go::error> Reader_ReadRune(go::ptr<Reader> r);
extern const go::type_desc Reader_type;

using rune_pred = go::func<bool(go::int32)>;

go::int_ Compare(const go::string& a, const go::string& b);
bool Contains(const go::string& s, const go::string& substr);
bool ContainsAny(const go::string& s, const go::string& chars);
bool ContainsRune(const go::string& s, go::int32 r);
go::int_ Count(const go::string& s, const go::string& substr);
std::tuple<go::string, go::string, bool> Cut(const go::string& s, const go::string& sep);
bool EqualFold(const go::string& s, const go::string& t);
go::slice<go::string> Fields(const go::string& s);
go::slice<go::string> FieldsFunc(const go::string& s, const rune_pred& f);
bool HasPrefix(const go::string& s, const go::string& prefix);
bool HasSuffix(const go::string& s, const go::string& suffix);
go::int_ Index(const go::string& s, const go::string& substr);
go::int_ IndexAny(const go::string& s, const go::string& chars);
go::int_ IndexByte(const go::string& s, go::uint8 c);
go::int_ IndexFunc(const go::string& s, const rune_pred& f);
go::int_ IndexRune(const go::string& s, go::int32 r);
go::string Join(const go::slice<go::string>& elems, const go::string& sep);
go::int_ LastIndex(const go::string& s, const go::string& substr);
go::int_ LastIndexByte(const go::string& s, go::uint8 c);
go::string Map(const go::func<go::int32(go::int32)>& mapping, const go::string& s);
go::string Repeat(const go::string& s, go::int_ count);
go::string Replace(const go::string& s, const go::string& old_s, const go::string& new_s,
                   go::int_ n);
go::string ReplaceAll(const go::string& s, const go::string& old_s, const go::string& new_s);
go::slice<go::string> Split(const go::string& s, const go::string& sep);
go::slice<go::string> SplitAfter(const go::string& s, const go::string& sep);
go::slice<go::string> SplitN(const go::string& s, const go::string& sep, go::int_ n);
go::string Title(const go::string& s);
go::string ToLower(const go::string& s);
go::string ToTitle(const go::string& s);
go::string ToUpper(const go::string& s);
go::string Trim(const go::string& s, const go::string& cutset);
go::string TrimFunc(const go::string& s, const rune_pred& f);
go::string TrimLeft(const go::string& s, const go::string& cutset);
go::string TrimLeftFunc(const go::string& s, const rune_pred& f);
go::string TrimPrefix(const go::string& s, const go::string& prefix);
go::string TrimRight(const go::string& s, const go::string& cutset);
go::string TrimRightFunc(const go::string& s, const rune_pred& f);
go::string TrimSpace(const go::string& s);
go::string TrimSuffix(const go::string& s, const go::string& suffix);

}  // namespace go::strings

template <>
struct go::detail::type_of_impl<go::strings::Reader>
    : go::detail::basic_type_of<&go::strings::Reader_type> {};
template <>
struct go::detail::type_of_impl<go::strings::Builder>
    : go::detail::basic_type_of<&go::strings::Builder_type> {};
