// Structs with blank fields (crypto/internal/boring's `type PublicKeyECDSA struct{ _ int }`):
// each `_` is a field of its own, printed by %v and %+v, skipped by ==, and a type defined
// on another struct type (`type cbcEncrypter cbc`) is a struct too.
package main

import "fmt"

type key struct{ _ int }

type padded struct {
	A int
	_ [2]byte
	B string
	_ bool
}

type alsoPadded padded

func main() {
	var k key
	fmt.Printf("%v %+v %T\n", k, k, k)
	p := padded{A: 1, B: "x"}
	fmt.Printf("%v %+v\n", p, p)
	q := alsoPadded(p)
	fmt.Printf("%+v %v\n", q, p == padded(q))
	m := map[padded]int{p: 3}
	fmt.Println(m[padded{A: 1, B: "x"}], len(m))
}
