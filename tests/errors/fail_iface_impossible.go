// Type assertions and type switch cases that can never succeed, and an ambiguous promoted method.
package main

type Animal interface{ Sound() string }
type Rock struct{}

type A struct{}
type B struct{}

func (A) M() {}
func (B) M() {}

type C struct {
	A
	B
}

func main() {
	var c Animal
	_ = c.(*Rock) // ERROR col=6 "impossible type assertion: c.\(\*Rock\)"
	var x C
	x.M() // ERROR "ambiguous selector x.M"
	switch c.(type) {
	case Rock: // ERROR "impossible type switch case: Rock"
	}
}
