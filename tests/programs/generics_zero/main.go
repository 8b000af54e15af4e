// Zero values of type parameters, *new(T), comparisons with the zero value.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](x T) bool {
	var z T
	return x == z
}

func NewOf[T any]() *T { return new(T) }

func OrDefault[T comparable](x, d T) T {
	if IsZero(x) {
		return d
	}
	return x
}

type point struct {
	X, Y int
	Tag  string
}

func main() {
	fmt.Printf("%v|%q|%v|%v|%v|%v\n", Zero[int](), Zero[string](), Zero[[]int]() == nil,
		Zero[map[string]int]() == nil, Zero[*point]() == nil, Zero[point]())
	fmt.Println(Zero[[2]bool](), Zero[float64](), Zero[error]() == nil, Zero[interface{}]())
	fmt.Println(IsZero(0), IsZero(""), IsZero(point{}), IsZero(point{Tag: "x"}), IsZero[*int](nil))
	p := NewOf[point]()
	p.X = 3
	fmt.Println(*p, *NewOf[int](), *new(struct{ A []int }))
	fmt.Println(OrDefault("", "default"), OrDefault("set", "default"), OrDefault(0.0, 2.5))
	var ch chan int = Zero[chan int]()
	fmt.Println(ch == nil, Zero[func()]() == nil)
}
