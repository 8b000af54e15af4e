package main

import "fmt"

type Key interface{ ID() int }
type A int
type B struct{ n int }

func (a A) ID() int { return int(a) }
func (b B) ID() int { return b.n }

func main() {
	m := map[Key]string{}
	m[A(1)] = "a1"
	m[B{1}] = "b1"
	m[A(1)] += "!"
	fmt.Println(len(m), m[A(1)], m[B{1}], m[A(2)] == "")
	any := map[interface{}]int{}
	any[1] = 1
	any["1"] = 2
	any[A(1)] = 3
	any[[2]int{1, 2}] = 4
	fmt.Println(len(any), any[1], any["1"], any[A(1)], any[[2]int{1, 2}])
	delete(any, "1")
	fmt.Println(len(any))
	defer func() { fmt.Println("recovered:", recover()) }()
	any[[]int{1}] = 5
}
