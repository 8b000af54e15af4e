// Go names that clash with go2cpp's runtime and the C++ library it uses — the `go` and `std`
// namespaces, the runtime's type and function names, C library functions — must translate and
// run exactly as in Go.
package main

import (
	"fmt"
	"os"
)

type string_ struct{ s string }

type slice struct{ n int }

type array [2]int

type ptr *int

type any_ = interface{}

var go_ = 1

func gc_new(n int) int { return n + 1 }

func printf(format string, n int, s string) { fmt.Printf("[%s]", fmt.Sprintf(format, n, s)) }

func exit(code int) { fmt.Println("exit called with", code) }

func abort() string { return "abort" }

func malloc(n int) []byte { return make([]byte, n) }

func memcpy(dst, src []byte) int { return copy(dst, src) }

func strlen(s string) int { return len(s) }

func size_t() int { return 8 }

func int64_t(x int) int64 { return int64(x) }

func init_() int { return 3 }

type go2cpp struct{ version string }

func main() {
	std := "std"
	goVar := go_
	fmt.Println(std, goVar, gc_new(1), abort(), strlen("four"), size_t(), int64_t(5), init_())
	printf("%d-%s", 7, "x")
	fmt.Println()
	exit(3)
	b := malloc(3)
	fmt.Println(memcpy(b, []byte("abcdef")), string(b))
	s := slice{n: 2}
	a := array{1, 2}
	v := 9
	var p ptr = &v
	var x any_ = string_{"in"}
	fmt.Println(s.n, a, *p, x.(string_).s, go2cpp{"1"}.version)
	main := func(os int) int { return os * 2 } // a local func named main, a parameter named os
	fmt.Println(main(21))
	var fmt_ = "fmt"
	println(fmt_)
	defer fmt.Println("deferred")
	if go_ > 5 {
		os.Exit(1)
	}
}
