// Package errors as go2cpp programs see it; implemented in C++ (include/go/errors.h).
package errors

func New(text string) error
