// Escape analysis in the emitted C++: what stays on the stack and what goes to the heap.
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Move(d int) { p.X += d }

var kept *Point

// &x never leaves the function: x is a C++ local.
func addressLocal() int {
	x := 1
	p := &x
	*p += 2
	return x
}

// &x is returned: x lives in a heap cell.
func addressReturned() *int {
	x := 3
	return &x
}

// A pointer method on a local value: the local stays on the stack.
func methodOnValue() int {
	p := Point{1, 2}
	p.Move(3)
	return p.X
}

// &T{} kept local: the object is a C++ local beside the pointer.
func literalLocal() int {
	p := &Point{4, 5}
	p.Move(1)
	return p.X + p.Y
}

// &T{} stored in a package variable: heap.
func literalStored() {
	kept = &Point{6, 7}
}

// new(T) kept local.
func newLocal() int {
	n := new(int)
	*n = 8
	return *n
}

// A per-iteration object whose address outlives the iteration: heap.
func loopOutlives() int {
	var last *Point
	for i := 0; i < 3; i++ {
		p := &Point{i, i}
		last = p
	}
	return last.X
}

// Slicing a local array that does not escape.
func sliceLocalArray() int {
	var a [3]int
	s := a[:]
	s[1] = 9
	return a[1]
}

// A variable a closure captures stays in a cell (closures capture by reference).
func captured() int {
	n := 0
	inc := func() { n++ }
	inc()
	return n
}

func main() {
	fmt.Println(addressLocal(), *addressReturned(), methodOnValue(), literalLocal())
	literalStored()
	fmt.Println(kept.X, newLocal(), loopOutlives(), sliceLocalArray(), captured())
}
