package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Power() int {
	if e == nil {
		return 0
	}
	return e.HP
}
func (e *Engine) Boost() { e.HP += 10 }

type Car struct {
	*Engine
	Name string
}

func main() {
	c := Car{Name: "empty"}
	fmt.Println(c.Power())
	d := Car{&Engine{100}, "full"}
	d.Boost()
	fmt.Println(d.Power(), d.HP)
	defer func() { fmt.Println("recovered:", recover()) }()
	c.Boost()
}
