// Package bufio: a hand-written stand-in following Go 1.19's algorithms: Scanner (split
// functions, buffer growth up to MaxScanTokenSize, ErrTooLong, ErrFinalToken), Reader and Writer
// (4096-byte buffers).
#pragma once

#include <tuple>

#include "go/builtin.h"
#include "go/error.h"
#include "go/func.h"
#include "go/io.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::bufio {

extern go::error ErrTooLong;
extern go::error ErrFinalToken;

using SplitFunc = go::func<std::tuple<go::int_, go::slice<go::uint8>, go::error>(
    go::slice<go::uint8>, bool)>;

struct Scanner {
  go::io::Reader r{};
  SplitFunc split{};
  go::int_ max_token_size = 64 * 1024;
  go::slice<go::uint8> token{};
  go::slice<go::uint8> buf{};
  go::int_ start = 0;
  go::int_ end = 0;
  go::error err{};
  go::int_ empties = 0;
  bool scan_called = false;
  bool done = false;
};

go::ptr<Scanner> NewScanner(const go::io::Reader& r);
bool Scanner_Scan(go::ptr<Scanner> s);
go::string Scanner_Text(go::ptr<Scanner> s);
go::slice<go::uint8> Scanner_Bytes(go::ptr<Scanner> s);
go::error Scanner_Err(go::ptr<Scanner> s);
void Scanner_Split(go::ptr<Scanner> s, const SplitFunc& split);
void Scanner_Buffer(go::ptr<Scanner> s, go::slice<go::uint8> buf, go::int_ max);

std::tuple<go::int_, go::slice<go::uint8>, go::error> ScanLines(go::slice<go::uint8> data, bool at_eof);
std::tuple<go::int_, go::slice<go::uint8>, go::error> ScanWords(go::slice<go::uint8> data, bool at_eof);
std::tuple<go::int_, go::slice<go::uint8>, go::error> ScanRunes(go::slice<go::uint8> data, bool at_eof);
std::tuple<go::int_, go::slice<go::uint8>, go::error> ScanBytes(go::slice<go::uint8> data, bool at_eof);

struct Reader {
  go::slice<go::uint8> buf{};
  go::io::Reader rd{};
  go::int_ r = 0;
  go::int_ w = 0;
  go::error err{};
};

go::ptr<Reader> NewReader(const go::io::Reader& rd);
std::tuple<go::string, go::error> Reader_ReadString(go::ptr<Reader> b, go::uint8 delim);
std::tuple<go::slice<go::uint8>, go::error> Reader_ReadBytes(go::ptr<Reader> b, go::uint8 delim);
std::tuple<go::uint8, go::error> Reader_ReadByte(go::ptr<Reader> b);
std::tuple<go::int32, go::int_, go::error> Reader_ReadRune(go::ptr<Reader> b);
std::tuple<go::int_, go::error> Reader_Read(go::ptr<Reader> b, go::slice<go::uint8> p);

struct Writer {
  go::error err{};
  go::slice<go::uint8> buf{};
  go::int_ n = 0;
  go::io::Writer wr{};
};

go::ptr<Writer> NewWriter(const go::io::Writer& w);
std::tuple<go::int_, go::error> Writer_Write(go::ptr<Writer> b, go::slice<go::uint8> p);
std::tuple<go::int_, go::error> Writer_WriteString(go::ptr<Writer> b, go::string s);
go::error Writer_WriteByte(go::ptr<Writer> b, go::uint8 c);
std::tuple<go::int_, go::error> Writer_WriteRune(go::ptr<Writer> b, go::int32 r);
go::error Writer_Flush(go::ptr<Writer> b);
go::int_ Writer_Buffered(go::ptr<Writer> b);

extern const go::type_desc Scanner_type;
extern const go::type_desc Reader_type;
extern const go::type_desc Writer_type;

}  // namespace go::bufio

template <>
struct go::detail::type_of_impl<go::bufio::Scanner>
    : go::detail::basic_type_of<&go::bufio::Scanner_type> {};
template <>
struct go::detail::type_of_impl<go::bufio::Reader>
    : go::detail::basic_type_of<&go::bufio::Reader_type> {};
template <>
struct go::detail::type_of_impl<go::bufio::Writer>
    : go::detail::basic_type_of<&go::bufio::Writer_type> {};
