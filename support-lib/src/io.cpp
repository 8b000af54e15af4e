// Package io: the descriptors of its interface types.
#include "go/io.h"

#include "go/errors.h"

namespace go::io {

const go::type_desc Writer_type = go::interface_desc<Writer>("io.Writer", "io", true);
const go::type_desc Reader_type = go::interface_desc<Reader>("io.Reader", "io", true);

go::error EOF_ = go::errors::New("EOF");
go::error ErrUnexpectedEOF = go::errors::New("unexpected EOF");
go::error ErrNoProgress = go::errors::New("multiple Read calls return no data or error");

}  // namespace go::io
