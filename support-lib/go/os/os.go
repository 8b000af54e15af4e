// Package os as go2cpp programs see it; implemented in C++ (include/go/os.h).
package os

func Exit(code int)
