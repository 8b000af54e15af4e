// Build constraints choose a package's files, in package main's directory and in imported ones:
// file name suffixes (_linux, _windows, _amd64 with _linux), //go:build expressions (ignore,
// go1.x, unix, negation and parentheses) and old // +build lines. Excluded files would not
// compile here: they redeclare names or call what does not exist.
package main

import (
	"fmt"

	"example.com/tags/platform"
)

func main() {
	fmt.Println(platform.OS(), platform.Unix(), platform.Modern(), platform.Old())
	fmt.Println(greeting())
}
