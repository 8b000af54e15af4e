// Package errors as go2cpp programs see it; implemented in C++ (include/go/errors.h).
package errors

func New(text string) error
func Unwrap(err error) error
func Is(err, target error) bool
func As(err error, target any) bool
