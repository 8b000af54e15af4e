package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square float64

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (s Square) Area() float64      { return float64(s * s) }
func (s Square) Perimeter() float64 { return float64(4 * s) }

func largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Square(2), Rect{1, 10}}
	for i, s := range shapes {
		fmt.Printf("%d: %T area=%.2f perimeter=%.2f\n", i, s, s.Area(), s.Perimeter())
	}
	fmt.Println("largest:", largest(shapes))
	fmt.Println("none:", largest(nil))
	var s Shape
	fmt.Println(s == nil, s)
	s = Square(3)
	fmt.Println(s == nil, s, s.Area())
	fmt.Printf("%v %+v %T\n", shapes, shapes, shapes)
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	m := map[string]Shape{"r": Rect{2, 2}, "c": Circle{2}}
	fmt.Println(m["r"].Area(), m["c"] != nil, m["x"] == nil)
}
