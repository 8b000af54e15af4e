// Package geom has points.
package geom

import "fmt"

// Point is a point.
type Point struct {
	X, Y float64
}

var Origin = Point{0, 0}

var count int

func init() { fmt.Println("geom init") }

func (p Point) Add(q Point) Point { count++; return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k float64) { p.X *= k; p.Y *= k }

func (p Point) String() string { return fmt.Sprintf("(%g, %g)", p.X, p.Y) }

func Count() int { return count }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Celsius float64

const Pi = 3.14159
