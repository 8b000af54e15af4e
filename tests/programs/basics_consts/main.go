// Constants: typed and untyped, constant expressions.
package main

import "fmt"

const (
	KB = 1024
	MB = KB * KB
	GB = MB * KB
)

const pi = 3.14159265358979
const twoPi = 2 * pi
const greeting = "hello" + " " + "const"
const shifted = 1 << 10
const isBig = GB > MB

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(pi, twoPi)
	fmt.Println(greeting, len(greeting))
	fmt.Println(shifted, isBig)
	const half = 1 / 2
	const halfF = 1 / 2.0
	fmt.Println(half, halfF)
	var f float64 = 3
	var i int = 1e3
	fmt.Println(f, i)
	fmt.Println(7/2, 7.0/2, 7/2.0)
}
