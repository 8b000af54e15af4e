// Shifts: counts at and beyond the width, signed right shift, variable counts of any unsigned type.
package main

import "fmt"

func show(s uint) {
	var one int8 = 1
	var neg int8 = -128
	var u8 uint8 = 0xff
	var i64 int64 = -1
	var u64 uint64 = 1
	fmt.Println(s, one<<s, neg>>s, u8<<s, u8>>s, i64<<s, i64>>s, u64<<s)
}

func main() {
	show(0)
	show(1)
	show(7)
	show(8)
	show(9)
	show(63)
	show(64)
	show(65)
	show(200)
	var s8 uint8 = 3
	var s16 uint16 = 70
	var s32 uint32 = 1000
	x := 5
	fmt.Println(x<<s8, x<<s16, x<<s32, -x>>s16, -x>>s32)
	var sInt = 2
	fmt.Println(x<<sInt, x>>sInt)
	var i32 int32 = -7
	fmt.Println(i32>>1, i32<<28, i32>>31, i32>>32)
	var u32 uint32 = 0x80000000
	fmt.Println(u32>>31, u32<<1, u32>>32)
}
