// %v, %+v and %#v of nested values: structs holding pointers, maps, slices, arrays and
// interfaces, the way a program dumps its state while debugging.
package main

import "fmt"

type Point struct{ X, Y int }

type Tag string

type Item struct {
	Name   string
	Price  float64
	Tags   []Tag
	Attrs  map[string]int
	Origin *Point
	Next   *Item
	Extra  any
	Dims   [2]uint8
	hidden bool
}

type Inventory struct {
	Owner string
	Items []Item
	Index map[int][]string
}

func main() {
	p := Point{1, -2}
	it := Item{
		Name:   "bolt",
		Price:  0.25,
		Tags:   []Tag{"steel", "m4"},
		Attrs:  map[string]int{"len": 20, "dia": 4},
		Origin: &p,
		Extra:  Point{3, 4},
		Dims:   [2]uint8{7, 9},
	}
	fmt.Printf("%v\n", it.Tags)
	fmt.Printf("%v\n", it.Attrs)
	fmt.Printf("%+v\n", *it.Origin)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", it.Tags)
	fmt.Printf("%#v\n", it.Attrs)
	fmt.Printf("%#v\n", it.Dims)
	fmt.Printf("%v\n", it.Extra)
	fmt.Printf("%+v\n", it.Extra)
	fmt.Printf("%#v\n", it.Extra)

	inv := Inventory{
		Owner: "ann",
		Items: []Item{{Name: "nut", Price: 0.1, Dims: [2]uint8{1, 2}}},
		Index: map[int][]string{2: {"b", "c"}, 1: {"a"}},
	}
	fmt.Printf("%v\n", inv)
	fmt.Printf("%+v\n", inv)
	fmt.Printf("%#v\n", inv.Index)
	var none *Point
	fmt.Printf("%v %+v %#v\n", none, none, none)
	var e any
	fmt.Printf("%v %#v\n", e, e)
	var nilMap map[string]bool
	var nilSlice []int
	fmt.Printf("%v %#v %v %#v\n", nilMap, nilMap, nilSlice, nilSlice)
	fmt.Printf("%v\n", []any{1, "two", 3.0, nil, []int{4}, map[string]any{"k": true}})
	fmt.Printf("%#v\n", []any{1, "two", 3.0, nil})
	fmt.Printf("%v\n", [][]int{{1, 2}, {}, nil, {3}})
	fmt.Printf("%v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"})
	fmt.Printf("%d\n", []int{10, 20})
	fmt.Printf("%x\n", []int{10, 255})
	fmt.Printf("%05.1f\n", []float64{1.25, 3})
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%v\n", struct {
		A int
		B []string
	}{5, []string{"x"}})
	fmt.Printf("%T %T %T %T\n", it, &it, inv.Index, it.Extra)
	fmt.Println(it.Name, it.Price, it.Tags, it.Dims, it.hidden)
	s := fmt.Sprint(p, &p == nil, 3, 4, "x", "y", 5)
	fmt.Println(s)
}
