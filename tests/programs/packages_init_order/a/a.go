package a

import "fmt"

var A = initA()

var hits int

func initA() int {
	fmt.Println("init a.A")
	return 1
}

func init() { fmt.Println("a.init 1") }
func init() { fmt.Println("a.init 2") }

func Hit() int { hits++; return hits }
