// Generics used across packages: another package's generic functions and types instantiated with
// built-in types, with main's own types, and with a third package's types; an instance shared by
// two packages is one type (values pass between them); methods of instances through interfaces.
package main

import (
	"fmt"
	"strings"

	"example.com/cross/cache"
	"example.com/cross/gen"
	"example.com/cross/model"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func main() {
	// Built-in type arguments: gen is the home of these instances.
	fmt.Println(gen.Map([]int{1, 2, 3}, func(x int) string { return strings.Repeat("*", x) }))
	fmt.Println(gen.Filter([]string{"a", "", "b"}, func(s string) bool { return s != "" }))
	fmt.Println(gen.Sum([]float64{1.5, 2.5}), gen.Max(3, 7), gen.Max("b", "a"))

	// main's own types: main is the home.
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Println(gen.Map(pts, func(p Point) int { return p.X + p.Y }))
	b := gen.NewBox(Point{5, 6})
	fmt.Println(b.Get(), b)
	fmt.Printf("%T %T\n", b, gen.Pair[string, Point]{Key: "k", Val: Point{}})

	// An instance made by cache (gen.Box[int]) and one made here are the same type.
	var ib *gen.Box[int] = cache.IntBox(41)
	ib.Set(ib.Get() + 1)
	fmt.Println(ib.Get(), gen.Unbox(ib))

	// A third package's types: model is the home (it imports gen).
	c := cache.New[string, model.User](2)
	c.Put("ann", model.User{Name: "Ann", Age: 30})
	c.Put("bob", model.User{Name: "Bob", Age: 25})
	c.Put("cy", model.User{Name: "Cy", Age: 40})
	_, ok := c.Get("ann")
	u, ok2 := c.Get("cy")
	fmt.Println(ok, u, ok2, c.Len())
	fmt.Println(model.Oldest([]model.User{{"x", 1}, {"y", 9}}))

	// Instances in interfaces: methods found by the runtime.
	var s fmt.Stringer = gen.NewBox(3)
	fmt.Println(s.String())
	var g gen.Getter[Point] = b
	fmt.Println(g.Get())
	keys := gen.Keys(map[string]int{"b": 2, "a": 1})
	fmt.Println(gen.Sorted(keys))
}
