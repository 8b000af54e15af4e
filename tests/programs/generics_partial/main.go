// Partial explicit instantiation: leading type arguments given, the rest inferred.
package main

import (
	"fmt"
	"strconv"
)

func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Number interface{ ~int | ~int32 | ~float64 }

func Cast[To, From Number](x From) To { return To(x) }

func Parse[T any](s string, parse func(string) (T, error)) (T, error) { return parse(s) }

func Pick[T any, I ~int | ~uint8](xs []T, i I) T { return xs[i] }

type small uint8

func main() {
	fmt.Println(Convert[string]([]int{1, 2}, strconv.Itoa))
	fmt.Println(Convert[float64]([]int{3}, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Cast[int](3.99), Cast[float64](int32(-7)), Cast[int32, float64](1e3))
	v, err := Parse("42", strconv.Atoi)
	fmt.Println(v, err)
	b, err2 := Parse[bool]("maybe", strconv.ParseBool)
	fmt.Println(b, err2)
	fmt.Println(Pick([]string{"a", "b", "c"}, small(2)), Pick[rune]([]rune("xyz"), 1))
}
