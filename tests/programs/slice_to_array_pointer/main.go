// Go 1.17's conversion of a slice to a pointer to an array: the same storage, nil for a nil
// slice, gc's panic for a short one (crypto/sha256's Sum224 uses it).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 10
	fmt.Println(s, *p, len(p))
	q := (*[2]int)(s[3:])
	q[1]++
	fmt.Println(s, *q)
	var nilS []byte
	fmt.Println((*[0]byte)(nilS) == nil, (*[0]byte)(s2()) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[6]int)(s)
}

func s2() []byte { return make([]byte, 0) }
