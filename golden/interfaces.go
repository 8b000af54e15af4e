// Interfaces: a method table per interface type, a value type with one member function per
// method, method sets in each type's descriptor, dispatch, assertions and type switches.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }

// Labeled gets Area and Name from its embedded Shape.
type Labeled struct {
	Shape
	Label string
}

func describe(s Shape) string {
	switch v := s.(type) {
	case nil:
		return "nothing"
	case Rect:
		return fmt.Sprintf("%v by %v", v.W, v.H)
	case fmt.Stringer:
		return v.String()
	default:
		return v.Name()
	}
}

func check(area float64) error {
	if area > 10 {
		return errors.New("too big")
	}
	return nil
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Labeled{Rect{1, 1}, "unit"}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area(), describe(s))
		if err := check(s.Area()); err != nil {
			fmt.Println("error:", err)
		}
	}
	if c, ok := shapes[1].(*Circle); ok {
		fmt.Println("circle of radius", c.R)
	}
	area := shapes[0].Area
	fmt.Println(area(), describe(nil))
}
