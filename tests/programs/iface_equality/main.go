package main

import "fmt"

type T struct{ a int }

func (t *T) M() {}

type I interface{ M() }

type V struct{ s []int }

func (V) M() {}

func get(nilPtr bool) I {
	if nilPtr {
		var p *T
		return p
	}
	return nil
}

func main() {
	a := get(true)
	b := get(false)
	fmt.Println(a == nil, b == nil, a == b)
	t := &T{1}
	var i1, i2 I = t, t
	fmt.Println(i1 == i2, i1 == I(&T{1}))
	var x, y interface{} = 3, 3
	fmt.Println(x == y, x == interface{}(3.0), x != "3")
	fmt.Println(i1 == t)
	defer func() { fmt.Println("recovered:", recover()) }()
	var v1, v2 I = V{}, V{}
	fmt.Println(v1 == v2)
}
