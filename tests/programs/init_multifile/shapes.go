package main

import "fmt"

type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

func init() {
	counter += 10
	fmt.Println("init in shapes.go, counter =", counter)
}
