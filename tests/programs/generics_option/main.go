// Option and Result types with methods returning other instantiations.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]     { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

var errNeg = errors.New("negative")

func sqrtInt(n int) (int, error) {
	if n < 0 {
		return 0, errNeg
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r, nil
}

func main() {
	a := Some(21)
	b := None[int]()
	fmt.Println(a, b, a.OrElse(0), b.OrElse(-1))
	d := MapOpt(a, func(x int) float64 { return float64(x) * 1.5 })
	s := MapOpt(b, strconv.Itoa)
	fmt.Println(d, s, d.String())
	v, ok := d.Get()
	fmt.Println(v, ok)
	r := Then(Try(strconv.Atoi("81")), sqrtInt)
	fmt.Println(r.Unwrap(), r.Err)
	bad := Then(Try(strconv.Atoi("-4")), sqrtInt)
	fmt.Println(bad.Err, errors.Is(bad.Err, errNeg))
	parse := Then(Try(strconv.Atoi("x")), sqrtInt)
	fmt.Println(parse.Err)
	fmt.Printf("%T %T\n", parse, MapOpt(Some("s"), func(s string) []rune { return []rune(s) }))
	defer func() { fmt.Println("recovered:", recover()) }()
	bad.Unwrap()
}
