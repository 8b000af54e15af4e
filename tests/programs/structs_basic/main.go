// Struct types: keyed and positional literals, field access, zero values, ==, printing.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Home Point
	tags []string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z, p.X+q.Y)
	fmt.Println(p == Point{1, 2}, p != q)
	alice := Person{Name: "Alice", Age: 30, Home: Point{3, 4}}
	alice.Age++
	alice.Home.X = 10
	fmt.Println(alice)
	fmt.Printf("%v\n%+v\n", alice, alice)
	bob := alice
	bob.Name = "Bob"
	fmt.Println(alice.Name, bob.Name)
	var empty Person
	fmt.Printf("%+v %v\n", empty, empty.tags == nil)
	fmt.Printf("%T %T\n", p, &p)
}
