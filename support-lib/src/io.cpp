// Package io: the descriptors of its interface types.
#include "go/io.h"

#include "go/assert.h"
#include "go/errors.h"
#include "go/string.h"

namespace go::io {

const go::type_desc Writer_type = go::interface_desc<Writer>("io.Writer", "io", true);
const go::type_desc Reader_type = go::interface_desc<Reader>("io.Reader", "io", true);
const go::type_desc ReaderFrom_type = go::interface_desc<ReaderFrom>("io.ReaderFrom", "io", true);
const go::type_desc WriterTo_type = go::interface_desc<WriterTo>("io.WriterTo", "io", true);
const go::type_desc StringWriter_type =
    go::interface_desc<StringWriter>("io.StringWriter", "io", true);
const go::type_desc ByteReader_type = go::interface_desc<ByteReader>("io.ByteReader", "io", true);
const go::type_desc Closer_type = go::interface_desc<Closer>("io.Closer", "io", true);
const go::type_desc WriteCloser_type = go::interface_desc<WriteCloser>("io.WriteCloser", "io", true);

go::error ErrShortWrite = go::errors::New("short write");
go::error EOF_ = go::errors::New("EOF");
go::error ErrUnexpectedEOF = go::errors::New("unexpected EOF");
go::error ErrNoProgress = go::errors::New("multiple Read calls return no data or error");

std::tuple<go::int_, go::error> WriteString(Writer w, go::string s) {
  auto [sw, ok] = go::assert_iface_ok<StringWriter>(w);
  if (ok) return sw.WriteString(s);
  return w.Write(go::bytes_from_string(s));
}

}  // namespace go::io
