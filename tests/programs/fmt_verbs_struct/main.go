package main

import "fmt"

type Inner struct {
	A int
	b string
}
type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	Tags  map[string]int
	Any   interface{}
	Flags [2]bool
}

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []Inner{{2, "y"}}, Tags: map[string]int{"k": 1}, Any: Inner{3, "z"}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v\n", o.Tags)
	fmt.Printf("%#v %#v %#v\n", 42, "s", []string{"a"})
	fmt.Printf("%v %+v\n", &o.In, &o.List)
	fmt.Printf("%#v\n", struct {
		X int
		Y []float64
	}{1, []float64{1.5}})
	fmt.Printf("%v|%+v|%#v\n", Inner{}, []*Inner{nil}, [0]int{})
	fmt.Printf("%#v %#v\n", o.Flags, o.Any)
	var ip *int
	fmt.Printf("%v %+v\n", ip, o.Ptr)
}
