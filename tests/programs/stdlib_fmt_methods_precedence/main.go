// Which method fmt calls: Error before String, GoString for %#v, methods on pointer receivers
// only through pointers, nil receivers, and a String method that panics.
package main

import (
	"errors"
	"fmt"
)

type Both struct{ n int }

func (b Both) String() string { return fmt.Sprintf("S%d", b.n) }
func (b Both) Error() string  { return fmt.Sprintf("E%d", b.n) }

type PtrStringer struct{ name string }

func (p *PtrStringer) String() string {
	if p == nil {
		return "nil PtrStringer"
	}
	return "ptr:" + p.name
}

type Go struct{ v int }

func (g Go) GoString() string { return fmt.Sprintf("Go{%d}", g.v) }
func (g Go) String() string   { return "go" }

type Bad struct{}

func (Bad) String() string { panic(errors.New("boom")) }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	b := Both{3}
	fmt.Println(b)
	fmt.Printf("%v %s %d %+v %#v\n", b, b, b, b, b)
	p := PtrStringer{"x"}
	fmt.Println(p, &p)
	var np *PtrStringer
	fmt.Println(np)
	fmt.Printf("%v %s\n", np, np)
	g := Go{7}
	fmt.Printf("%v %+v %#v %s\n", g, g, g, []Go{g})
	fmt.Println(Bad{})
	fmt.Printf("%d %v %s %x %q\n", Level(1), Level(0), Level(5), Level(1), Level(0))
	fmt.Println([]Level{0, 1, 2}, map[Level]int{1: 10})
	var e error = b
	fmt.Println(e, []error{e})
	fmt.Printf("%v|%10v|%-10s|\n", Level(1), Level(0), Level(1))
}
