// Packages of one module: types, methods, interfaces and embedding across packages, package
// variables, errors, %T, an internal package, and init order (dependencies first).
package main

import (
	"errors"
	"fmt"

	"example.com/shapes/geom"
	"example.com/shapes/shapes"
)

func init() { fmt.Println("main init") }

func main() {
	p := geom.Point{X: 1, Y: 2}
	q := p.Add(geom.Point{3, 4})
	q.Scale(2)
	fmt.Println(p, q, geom.Origin, geom.Count())
	fmt.Printf("%v %+v %T\n", q, q, q)
	s, err := shapes.New(p, q)
	fmt.Println(s.Area(), s.Perimeter(), err)
	_, err = shapes.New(p, p)
	fmt.Println(err, errors.Is(err, shapes.ErrEmpty))
	var shs []geom.Shape = []geom.Shape{s, shapes.Circle{geom.Point{1, 1}, 2}}
	for _, sh := range shs {
		fmt.Printf("%T %.3f\n", sh, sh.Area())
	}
	c := shapes.Circle{R: 1}
	fmt.Println(c.X, c.Add(geom.Point{1, 1}), c)
	var t geom.Celsius = 36.6
	fmt.Printf("%v %T\n", t, t)
	fmt.Println(shapes.Calls())
	if r, ok := s.(shapes.Rect); ok {
		fmt.Println("rect", r.Min, r.Max)
	}
}
