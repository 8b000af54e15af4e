package main

import "fmt"

type Sayer interface{ Say() string }

type Robot struct {
	Sayer
	ID int
}

type hello struct{}

func (hello) Say() string { return "hello" }

func main() {
	r := Robot{hello{}, 1}
	fmt.Println(r.Say())
	var s Sayer = r
	fmt.Println(s.Say())
	empty := Robot{ID: 2}
	fmt.Println(empty.Sayer == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.Say())
}
