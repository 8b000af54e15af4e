// Anonymous structs, nested struct literals, struct-valued fields and arrays of structs.
package main

import "fmt"

type Line struct {
	From, To struct{ X, Y int }
	Label    string
}

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	var l Line
	l.From.X = 1
	l.To = struct{ X, Y int }{5, 6}
	l.Label = "diag"
	fmt.Printf("%v %+v\n", l, l)
	cfg := struct {
		Name  string
		Sizes [2]int
		Inner struct{ On bool }
	}{Name: "cfg", Sizes: [2]int{1, 2}}
	cfg.Inner.On = true
	fmt.Printf("%+v\n", cfg)
	people := []struct {
		name string
		age  int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(people)
	a := struct{ A int }{1}
	b := struct{ A int }{1}
	fmt.Println(a == b)
}
