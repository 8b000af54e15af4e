// Constant expressions: strings, booleans, shifts, len of a constant string.
package main

import "fmt"

const prefix = "go"
const name = prefix + "2" + "cpp"
const length = len(name)
const isLong = length > 5
const shifted = 1 << length
const half = shifted / 2.0
var ch = name[0]

func main() {
	fmt.Println(name, length, isLong, shifted, half)
	fmt.Println(ch)
	const m = 7 % 3
	const d = -7 / 2
	const fd = -7.0 / 2
	fmt.Println(m, d, fd)
	const mask = ^0
	const umask = ^uint8(0)
	fmt.Println(mask, umask)
	const bits = 0b1010 | 0o17 | 0x100
	fmt.Println(bits, 1_000_000, 0x_FF)
	const t = true && !false
	fmt.Println(t)
}
