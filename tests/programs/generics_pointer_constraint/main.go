// The pointer-method constraint idiom (PT interface{ *T; Set(string) error }), type parameters
// converted to interfaces, and loops over a ~int type parameter.
package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	b.v = n
	return err
}

type Name struct{ s string }

func (n *Name) Set(s string) error { n.s = "<" + s + ">"; return nil }

func ParseAll[T any, PT Setter[T]](xs []string) ([]T, error) {
	out := make([]T, len(xs))
	for i, x := range xs {
		if err := PT(&out[i]).Set(x); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func Show[T fmt.Stringer](x T) {
	var s fmt.Stringer = x
	fmt.Println(s.String(), x)
}

type V int

func (v V) String() string { return "V" + strconv.Itoa(int(v)) }

func Count[T ~int](n T) []T {
	var out []T
	for i := T(0); i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func main() {
	bs, err := ParseAll[IntBox]([]string{"1", "22"})
	fmt.Println(bs, err)
	_, err = ParseAll[IntBox]([]string{"x"})
	fmt.Println(err)
	ns, _ := ParseAll[Name]([]string{"a"})
	fmt.Println(ns)
	Show(V(3))
	fmt.Println(Count(V(4)), Count(3))
}
