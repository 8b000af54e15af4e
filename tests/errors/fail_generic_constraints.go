// Type arguments that do not satisfy their constraints, in types2's words.
package main

type Number interface{ ~int | ~float64 }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { return x.String() }

type P struct{}

func (p *P) String() string { return "" }

type MyFloat float64

type Exact interface{ int | float64 }

func Only[T Exact](x T) T { return x }

func main() {
	_ = Max("a", "b")          // ERROR "string does not implement Number \(string missing in ~int \| ~float64\)"
	_ = Keys[[]int, int](nil)  // ERROR "\[\]int does not implement comparable"
	_ = Keys[any, int](nil)    // ERROR "any does not implement comparable"
	_ = Str(P{})               // ERROR "P does not implement Stringer \(String method has pointer receiver\)"
	_ = Str(3)                 // ERROR "int does not implement Stringer \(missing String method\)"
	_ = Only(MyFloat(1))       // ERROR "MyFloat does not implement Exact \(possibly missing ~ for float64 in constraint Exact\)"
	_ = Max[bool](true, false) // ERROR "bool does not implement Number"
}
