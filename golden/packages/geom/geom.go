// Package geom: what a C++ programmer sees of a Go package — a header declaring its types,
// methods, functions and variables in namespace geom, and a source file defining them.
package geom

import (
	"errors"
	"fmt"
)

// Pi to float64's precision. (Not math.Pi: math is translated from Go's sources, and its
// generated files would fill this golden file.)
const Pi = 3.141592653589793

// Point is a point in the plane.
type Point struct {
	X, Y float64
}

// Shape is anything with an area.
type Shape interface {
	Area() float64
}

type Circle struct {
	Center Point
	R      float64
}

var ErrNegative = errors.New("geom: negative radius")

var created int

// NewCircle returns a circle around c, or ErrNegative.
// (A doc comment: in the header, above the declaration.)
func NewCircle(c Point, r float64) (*Circle, error) {
	if r < 0 {
		return nil, ErrNegative
	}
	created++
	return &Circle{c, r}, nil
}

func (c *Circle) Area() float64 { return Pi * c.R * c.R }

func (p Point) String() string { return fmt.Sprintf("(%g, %g)", p.X, p.Y) }

func Created() int { return created }

// Largest returns the shape with the largest area.
func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

// Constants reach C++ through the header; Go code uses their values.
const (
	Version         = "1.0"
	Epsilon         = 1e-9
	MaxShapes       = 1 << 10
	Huge            = 1 << 100 // no C++ type holds it: not in the header
	Unit      Unit_ = 'm'
	private         = 3
)

type Unit_ rune
