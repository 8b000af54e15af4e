// Conversions between named types with the same underlying type.
package main

import "fmt"

type Meters float64
type Feet float64
type ID int32
type Name string
type Bytes []byte

func main() {
	m := Meters(100)
	f := Feet(m * 3.28084)
	fmt.Println(m, f, Meters(f)/m)
	id := ID(7)
	fmt.Println(int64(id)*3, ID(int8(-1)))
	n := Name("gopher")
	s := string(n) + "!"
	fmt.Println(n, s, len(n), n[0])
	bs := Bytes("abc")
	fmt.Println(bs, string(bs), []byte(bs))
	fmt.Printf("%T %T %T\n", m, id, bs)
}
