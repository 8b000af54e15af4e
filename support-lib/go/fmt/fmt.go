// Package fmt as go2cpp programs see it. The declarations give the type checker Go's API; the
// implementation is C++ in support-lib (include/go/fmt.h, src/fmt/), byte-identical to Go's.
package fmt

import "io"

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method is given: the printer, with the operand's flags,
// width and precision, and the output that Write appends to.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by a type with a Format method, which then prints its values for
// every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// ScanState is what a Scanner's Scan method is given: the scanner, reading runes from the
// input. Read is there so that it is an io.Reader; it returns an error.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by a type with a Scan method, which the Scan family then calls to scan
// its values.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Errorf(format string, a ...any) error
func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
