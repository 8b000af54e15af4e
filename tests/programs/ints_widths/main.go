// Every integer width: limits and wrap-around on overflow.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	i8++
	i16++
	i32++
	i64++
	fmt.Println(i8, i16, i32, i64)
	i8--
	i16--
	i32--
	i64--
	fmt.Println(i8, i16, i32, i64)

	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var u uint = 18446744073709551615
	var up uintptr = 18446744073709551615
	u8++
	u16++
	u32++
	u64++
	u++
	up++
	fmt.Println(u8, u16, u32, u64, u, up)
	u8--
	u16--
	u32--
	u64--
	u--
	fmt.Println(u8, u16, u32, u64, u)

	var b byte = 200
	var r rune = 'A'
	b += 100
	r += 2
	fmt.Println(b, r)

	var m8 int8 = -128
	fmt.Println(-m8, m8-1, m8*m8, m8*-1)
	var x int32 = 1 << 30
	fmt.Println(x*4, x*2, x+x+x)
	var y uint16 = 300
	fmt.Println(y*y, y*y*y)
}
