// strconv's parsing in C++, with Go's results and errors (*strconv.NumError, "strconv.Atoi:
// parsing \"x\": invalid syntax"), for fmt's scanner (src/fmt/scan.cpp). Programs get Go's own
// strconv, translated from GOROOT (docs/stdlib.md); this was its stand-in before.
#pragma once

#include <tuple>

#include "go/builtin.h"
#include "go/error.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::strconv {

struct NumError {
  go::string Func{};
  go::string Num{};
  go::error Err{};
};

extern go::error ErrRange;
extern go::error ErrSyntax;

go::string NumError_Error(go::ptr<NumError> e);
go::error NumError_Unwrap(go::ptr<NumError> e);
extern const go::type_desc NumError_type;

go::slice<go::uint8> AppendInt(const go::slice<go::uint8>& dst, go::int64 i, go::int_ base);
go::slice<go::uint8> AppendQuote(const go::slice<go::uint8>& dst, const go::string& s);
std::tuple<go::int_, go::error> Atoi(const go::string& s);
go::string FormatBool(bool b);
go::string FormatFloat(go::float64 f, go::uint8 fmt, go::int_ prec, go::int_ bit_size);
go::string FormatInt(go::int64 i, go::int_ base);
go::string FormatUint(go::uint64 i, go::int_ base);
bool IsPrint(go::int32 r);
go::string Itoa(go::int_ i);
std::tuple<bool, go::error> ParseBool(const go::string& str);
std::tuple<go::float64, go::error> ParseFloat(const go::string& s, go::int_ bit_size);
std::tuple<go::int64, go::error> ParseInt(const go::string& s, go::int_ base, go::int_ bit_size);
std::tuple<go::uint64, go::error> ParseUint(const go::string& s, go::int_ base, go::int_ bit_size);
go::string Quote(const go::string& s);
go::string QuoteRune(go::int32 r);
go::string QuoteToASCII(const go::string& s);
std::tuple<go::string, go::error> Unquote(const go::string& s);

}  // namespace go::strconv

template <>
struct go::detail::type_of_impl<go::strconv::NumError>
    : go::detail::basic_type_of<&go::strconv::NumError_type> {};
