// Package io: the descriptors of its interface types.
#include "go/io.h"

namespace go::io {

const go::type_desc Writer_type = go::interface_desc<Writer>("io.Writer", "io", true);

}  // namespace go::io
