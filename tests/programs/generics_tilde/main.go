// ~T type sets with named types: strings and byte slices, conversions between type parameters.
package main

import (
	"fmt"
	"strings"
)

type StringLike interface{ ~string }

type Path string
type Name string

func Concat[S StringLike](parts []S, sep S) S {
	var out S
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Len[S ~string | ~[]byte](s S) int { return len(s) }

func FirstByte[S ~string | ~[]byte](s S) byte { return s[0] }

type Integer interface {
	~int | ~int32 | ~int64 | ~uint8
}

func Convert[To, From Integer](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func ToString[T ~int32 | ~uint8](xs []T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(string(rune(x)))
	}
	return b.String()
}

type Bytes []byte

func main() {
	fmt.Println(Concat([]Path{"usr", "local", "bin"}, "/"))
	n := Concat([]Name{"a", "b"}, Name("+"))
	fmt.Printf("%v %T\n", n, n)
	fmt.Println(Upper(Path("/tmp")), Upper("plain"))
	fmt.Println(Len("héllo"), Len([]byte{1, 2, 3}), Len(Bytes("xy")), Len(Path("abc")))
	fmt.Println(FirstByte("A"), FirstByte(Bytes{9}))
	fmt.Println(Convert[uint8]([]int{1, 255, 256, -1}), Convert[int64, int32]([]int32{-5}))
	fmt.Println(ToString([]int32{72, 105, 0x1F600}), ToString([]uint8{111, 107}))
}
