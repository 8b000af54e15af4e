package main

import "fmt"

type Speaker interface{ Speak() string }
type Cat struct{ Name string }

func (c Cat) Speak() string { return c.Name + " says meow" }

type Pet struct {
	Kind string
	S    Speaker
	Data interface{}
}

func main() {
	p1 := Pet{"cat", Cat{"Tom"}, 3}
	p2 := Pet{"cat", Cat{"Tom"}, 3}
	p3 := Pet{"none", nil, nil}
	fmt.Println(p1.S.Speak(), p1 == p2, p1 == p3)
	fmt.Printf("%v\n%+v\n", p1, p3)
	pets := []Pet{p1, p3}
	for _, p := range pets {
		if p.S != nil {
			fmt.Println(p.Kind, p.S.Speak())
		} else {
			fmt.Println(p.Kind, "silent")
		}
	}
	m := map[Pet]int{p1: 1}
	fmt.Println(m[p2], m[p3])
	p4 := Pet{"x", nil, []int{1}}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(p4 == p4)
}
