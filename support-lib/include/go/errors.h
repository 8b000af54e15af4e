// Package errors: New, whose values are *errors.errorString as in Go (distinct pointers, so two
// errors with the same text are not ==).
#pragma once

#include "go/error.h"
#include "go/string.h"

namespace go::errors {

go::error New(const go::string& text);

}  // namespace go::errors
