package main

import "fmt"

type Animal interface{ Sound() string }
type Named interface{ Name() string }

type Dog struct{ name string }
type Rock struct{}

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (r *Rock) Name() string { return "rock" }

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

func main() {
	var a Animal = Dog{"rex"}
	if n, ok := a.(Named); ok {
		fmt.Println("named", n.Name())
	}
	d := a.(Dog)
	fmt.Println(d.name, d.Sound())
	_, ok := a.(interface{ Fly() })
	fmt.Println(ok)
	var x interface{} = &Rock{}
	n, ok := x.(Named)
	fmt.Println(n.Name(), ok)
	_, ok = x.(Animal)
	fmt.Println(ok)
	try("1", func() { _ = x.(Animal) })
	try("2", func() { _ = a.(interface{ Fly() }) })
	var none Animal
	try("3", func() { _ = none.(Dog) })
	try("4", func() { _ = none.(Named) })
	try("5", func() { none.Sound() })
	var e interface{} = 42
	try("6", func() { _ = e.(Named) })
	try("7", func() { _ = e.(string) })
	v, ok := e.(int)
	fmt.Println(v, ok)
	s, ok := e.(fmt.Stringer)
	fmt.Println(s == nil, ok)
}
