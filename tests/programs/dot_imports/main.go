// Dot imports of runtime packages (fmt, os, time), stand-ins (math), packages translated from
// GOROOT (strings, unicode/utf8) and a package of the module; other.go reaches the same
// packages through qualified names, since a dot import is the file's alone.
package main

import (
	. "example.com/dots/shapes"
	. "fmt"
	. "math"
	. "os"
	. "strings"
	. "time"
	. "unicode/utf8"
)

// A package-level name that only another package's file scope would hide is fine here.
var sep = Repeat("-", 3)

type named struct{ s *Square }

func main() {
	Println("dot imports")
	Printf("%s %d %q\n", ToUpper("abc"), Made, Fields(" a b  c "))
	var b Builder
	b.WriteString("built")
	b.WriteByte('!')
	Println(b.String(), b.Len())
	r, size := DecodeRuneInString("héllo"[1:])
	Println(string(r), size, RuneLen('€'), UTFMax, RuneError == '\uFFFD', ValidString("ok"))
	sq := NewSquare(3)
	n := named{sq}
	Println(sq, n.s.Area(), Sides, Made, Bigger(2, 7), Bigger(2.5, 1.5))
	Println(Sqrt(16), Pi > 3, MaxInt8, Abs(-2.5))
	d := 90 * Second
	Println(d, Minute < d, d.Minutes())
	Fprintln(Stdout, "to stdout", len(Args) > 0)
	var s Stringer = Square{2}
	Println(s.String(), sep)
	fromOther()
	if Contains("seafood", "foo") {
		Exit(3)
	}
}
