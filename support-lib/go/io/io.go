// Package io as go2cpp programs see it: the interfaces the runtime's fmt and os use
// (implemented in C++, include/go/io.h).
package io

type Writer interface {
	Write(p []byte) (n int, err error)
}
