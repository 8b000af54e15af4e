// Package io as go2cpp programs see it: the interfaces and errors the runtime's packages use
// (implemented in C++, include/go/io.h).
package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through its WriteString method when it has one.
func WriteString(w Writer, s string) (n int, err error)

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type Closer interface {
	Close() error
}

type WriteCloser interface {
	Writer
	Closer
}

// Seek whence values.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

var ErrShortWrite = errors.New("short write")
var EOF = errors.New("EOF")
var ErrUnexpectedEOF = errors.New("unexpected EOF")
var ErrNoProgress = errors.New("multiple Read calls return no data or error")
