package main

import "fmt"

type A struct{ X int }

func (A) Who() string  { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{ X int }

func (B) Who() string { return "B" }

type AB struct {
	A
	B
	X int
}

func (AB) Who() string { return "AB" }

type Wrap struct{ AB }

type Whoer interface{ Who() string }

func main() {
	v := AB{A{1}, B{2}, 3}
	fmt.Println(v.X, v.A.X, v.B.X, v.Who(), v.A.Who(), v.B.Who(), v.OnlyA())
	w := Wrap{v}
	fmt.Println(w.X, w.Who(), w.OnlyA())
	var i Whoer = w
	fmt.Println(i.Who())
	fmt.Printf("%+v\n", w)
}
