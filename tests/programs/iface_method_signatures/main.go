// A type implements an interface only when its methods have the interface's names and
// signatures: a foo() float64 does not fill an interface's foo() int (Go's own test
// test/typeparam/typeswitch5.go, extended to assertions, error and fmt.Stringer).
package main

import "fmt"

type myint int

func (x myint) foo() int { return int(x) }

type myfloat float64

func (x myfloat) foo() float64 { return float64(x) }

type wrongArgs struct{}

func (wrongArgs) foo(n int) int { return n }

type notError int

func (notError) Error() int { return 7 }

type notStringer struct{ n int }

func (notStringer) String(prefix string) string { return prefix }

type fooer interface{ foo() int }

type stringFooer interface{ foo() string }

func f[T any](i interface{}) {
	switch x := i.(type) {
	case interface{ foo() T }:
		fmt.Println("fooer", x.foo())
	default:
		fmt.Println("other")
	}
}

func describe(i any) string {
	switch i.(type) {
	case interface{ foo() int }:
		return "foo() int"
	case interface{ foo() float64 }:
		return "foo() float64"
	case interface{ foo(int) int }:
		return "foo(int) int"
	}
	return "none"
}

func main() {
	f[int](myint(6))
	f[int](myfloat(7))
	f[float64](myint(8))
	f[float64](myfloat(9))

	for _, v := range []any{myint(1), myfloat(2), wrongArgs{}, notError(3)} {
		fmt.Println(describe(v))
	}

	var i any = myfloat(1.5)
	_, ok := i.(fooer)
	fmt.Println("myfloat is fooer:", ok)
	i = myint(2)
	if fo, ok := i.(fooer); ok {
		fmt.Println("myint is fooer:", fo.foo())
	}

	var e any = notError(1)
	_, ok = e.(error)
	fmt.Println("notError is error:", ok)

	var s any = notStringer{5}
	_, ok = s.(fmt.Stringer)
	fmt.Println("notStringer is Stringer:", ok)
	fmt.Println(s)

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = i.(stringFooer)
}
