// Package errors: New (values are *errors.errorString as in Go: distinct pointers, so two
// errors with the same text are not ==), Unwrap, Is, As.
#pragma once

#include "go/error.h"
#include "go/string.h"

namespace go::errors {

go::error New(const go::string& text);
// Unwrap, Is and As walk the chain of Unwrap() error methods as Go 1.19 does (Is(error) bool and
// As(any) bool methods are honoured).
go::error Unwrap(const go::error& err);
bool Is(const go::error& err, const go::error& target);
bool As(const go::error& err, const go::any& target);

}  // namespace go::errors
