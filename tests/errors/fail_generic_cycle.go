// An instantiation cycle: Nest[T] instantiates Nest[[]T], which would stencil forever.
package main

func Nest[T any](x T, n int) interface{} { // ERROR "instantiation cycle"
	if n == 0 {
		return x
	}
	return Nest([]T{x}, n-1)
}

func main() { _ = Nest(1, 2) }
