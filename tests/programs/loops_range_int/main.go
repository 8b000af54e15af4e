// test: expected output written by hand
// range over an integer (Go 1.22). Go 1.19 rejects it, so expected.txt is written by hand.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var k int8 = 2
	for i := range k {
		fmt.Printf("%T %v\n", i, i)
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	fmt.Println("done")
}
