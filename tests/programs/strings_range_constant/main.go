// Ranging over a named string constant, package-level and local: the emitter writes a
// constant as a C++ literal, which must be copied into a go::string to be ranged over.
package main

import "fmt"

const mixed = "\b5Ὂg̀9! ℃ᾭG"

func main() {
	const local = "héllo, 世界"
	for i, c := range local {
		fmt.Println(i, c, string(c))
	}
	for _, c := range mixed {
		fmt.Printf("%q\n", c)
	}
	for i := range "abc" {
		fmt.Println(i)
	}
}
