// Constraints with methods, and with both methods and a type set.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface {
	String() string
}

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Named struct{ name string }

func (n *Named) String() string { return "<" + n.name + ">" }

// Both a type set and a method: integers that can describe themselves.
type Flag interface {
	~uint8 | ~uint16
	Describe() string
}

type Perm uint8

func (p Perm) Describe() string {
	s := ""
	for i, c := range "rwx" {
		if p&(4>>i) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

func Combine[F Flag](fs ...F) (F, string) {
	var all F
	for _, f := range fs {
		all |= f
	}
	return all, all.Describe()
}

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string   { return "square" }
func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c Circle) Name() string   { return "circle" }

func Largest[S Shape](shapes []S) S {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func Describe[T fmt.Stringer](x T) string { return "value " + x.String() }

func main() {
	fmt.Println(Join([]ID{1, 22, 333}, ", "))
	fmt.Println(Join([]Point{{1, 2}, {3, 4}}, " -> "))
	fmt.Println(Join([]*Named{{"a"}, {"b"}}, "|"))
	all, desc := Combine[Perm](4, 1)
	fmt.Println(all, desc)
	p, d := Combine(Perm(2), Perm(4))
	fmt.Printf("%d %s %T\n", p, d, p)
	fmt.Println(Largest([]Square{{1}, {3}, {2}}))
	fmt.Println(Largest([]Shape{Square{2}, Circle{1.5}, Square{1}}).Name())
	fmt.Println(Describe(ID(7)), Describe(Point{5, 6}), Describe(&Named{"z"}))
	m := ID.String
	f := Point{9, 9}.String
	fmt.Println(m(3), f())
}
