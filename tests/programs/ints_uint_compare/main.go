// Unsigned comparisons and mixed-sign conversions.
package main

import "fmt"

func main() {
	var a uint32 = 1
	var b uint32 = 0xffffffff
	fmt.Println(a < b, a-2 > a, b+1 == 0)
	var i int32 = -1
	fmt.Println(uint32(i), uint32(i) > a, uint8(i), uint64(i))
	var u uint64 = 1 << 63
	fmt.Println(int64(u), int64(u-1), int8(u>>56), int32(u>>32))
	var v uint8 = 200
	fmt.Println(int8(v), int16(v), int(v)+int(v))
	n := -3
	fmt.Println(uint(n), uint16(n), uint(n)/2)
}
