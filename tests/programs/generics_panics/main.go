// Runtime panics inside generic code carry Go's messages; recover works in generic functions.
package main

import (
	"errors"
	"fmt"
)

func At[T any](xs []T, i int) T { return xs[i] }

func Div[T ~int | ~int64](a, b T) T { return a / b }

func Set[K comparable, V any](m map[K]V, k K, v V) { m[k] = v }

func Safe[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	_, err := Safe(func() int { return At([]int{1, 2}, 5) })
	fmt.Println(err)
	_, err = Safe(func() int64 { return Div[int64](1, 0) })
	fmt.Println(err)
	_, err = Safe(func() bool {
		var m map[string]bool
		Set(m, "x", true)
		return true
	})
	fmt.Println(err)
	v, err := Safe(func() string { return At([]string{"ok"}, 0) })
	fmt.Println(v, err)
	fmt.Println(Must(42, nil))
	Must("", errors.New("fatal in generic code"))
}
