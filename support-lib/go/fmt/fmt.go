// Package fmt as go2cpp programs see it. The declarations give the type checker Go's API; the
// implementation is C++ in support-lib (include/go/fmt.h, src/fmt/), byte-identical to Go's.
package fmt

import "io"

type Stringer interface {
	String() string
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
