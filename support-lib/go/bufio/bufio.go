// Package bufio as go2cpp programs see it: a hand-written stand-in (include/go/bufio.h) following
// Go 1.19's algorithms (Scanner's buffer growth and token limit, Reader, Writer).
package bufio

import (
	"errors"
	"io"
)

const MaxScanTokenSize = 64 * 1024

var ErrTooLong = errors.New("bufio.Scanner: token too long")
var ErrFinalToken = errors.New("final token")

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

type Scanner struct {
	r io.Reader
}

func NewScanner(r io.Reader) *Scanner
func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Split(split SplitFunc)
func (s *Scanner) Buffer(buf []byte, max int)

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

type Reader struct {
	rd io.Reader
}

func NewReader(rd io.Reader) *Reader
func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) ReadBytes(delim byte) ([]byte, error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) Read(p []byte) (n int, err error)

type Writer struct {
	wr io.Writer
}

func NewWriter(w io.Writer) *Writer
func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteString(s string) (int, error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) Flush() error
func (b *Writer) Buffered() int
