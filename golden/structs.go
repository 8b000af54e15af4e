// Golden input: structs and pointers, one construct per function.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Point
}

func positional() Point { return Point{1, 2} }

func keyed() Point { return Point{Y: 5} }

func fieldAssign() Point {
	var p Point
	p.X = 3
	return p
}

func valueCopy() (Point, Point) {
	a := Point{1, 1}
	b := a
	b.X = 9
	return a, b
}

func equality() bool { return Point{1, 2} == Point{1, 2} }

func pointerField() int {
	p := &Point{4, 5}
	p.X += 10
	return p.X
}

func newStruct() *Point {
	p := new(Point)
	p.Y = 7
	return p
}

func embedded() (string, int) {
	n := Named{Name: "n", Point: Point{1, 2}}
	return n.Name, n.X
}

func anonymous() struct{ A, B int } {
	return struct{ A, B int }{1, 2}
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func methods() int {
	p := Point{1, 2}
	p.Scale(3)
	return p.Sum()
}

func main() {
	fmt.Println(positional(), keyed(), fieldAssign())
	fmt.Println(valueCopy())
	fmt.Println(equality(), pointerField(), *newStruct())
	fmt.Println(embedded())
	fmt.Println(anonymous(), methods())
	fmt.Printf("%+v\n", Named{"x", Point{1, 2}})
}
