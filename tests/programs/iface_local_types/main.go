package main

import "fmt"

func main() {
	type greeter interface{ greet() string }
	type en struct{}
	type fr struct{ name string }
	gs := []greeter{}
	_ = gs
	fmt.Println(len(gs))
	var x interface{ Len() int } = myList{1, 2, 3}
	fmt.Println(x.Len())
	type pair struct{ a, b int }
	p := pair{1, 2}
	fmt.Printf("%v %+v %T\n", p, p, p)
}

type myList []int

func (l myList) Len() int { return len(l) }
