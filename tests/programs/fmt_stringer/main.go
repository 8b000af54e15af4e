package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Pixel struct {
	P Point
	C Color
}

type Wrapper struct{ inner fmt.Stringer }

func main() {
	fmt.Println(Red, Blue, []Color{Green, Blue})
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v\n", Pixel{p, Blue}, &Pixel{p, Red})
	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m)
	var s fmt.Stringer = &p
	fmt.Println(s, s.String())
	fmt.Println(Wrapper{Red})
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %s\n", []fmt.Stringer{Red, &p}, [2]Color{Blue, Green})
	fmt.Println(fmt.Sprint(Color(7)), fmt.Sprintf("%5s|%-6v|", Red, Green))
}
