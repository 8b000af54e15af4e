// unsafe.Sizeof, Alignof and Offsetof are constants with gc's values for a 64-bit target.
package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Inner struct {
	x int16
	y int32
}

type Outer struct {
	flag bool
	Inner
	name string
	list []int
	tail struct{}
}

type Iface interface{ M() }

// A constant from unsafe.Sizeof sizes an array type.
const smallSize = unsafe.Sizeof(Small{})

var buf [smallSize]byte

func main() {
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var f32 float32
	var c64 complex64
	var c128 complex128
	var s string
	var sl []byte
	var m map[string]int
	var ch chan int
	var fn func()
	var e any
	var it Iface
	var p *int
	var up unsafe.Pointer
	var u uintptr
	fmt.Println(unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32), unsafe.Sizeof(i64))
	fmt.Println(unsafe.Sizeof(f32), unsafe.Sizeof(c64), unsafe.Sizeof(c128), unsafe.Alignof(c64))
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(m), unsafe.Sizeof(ch))
	fmt.Println(unsafe.Sizeof(fn), unsafe.Sizeof(e), unsafe.Sizeof(it), unsafe.Sizeof(p))
	fmt.Println(unsafe.Sizeof(up), unsafe.Sizeof(u), unsafe.Sizeof(0), unsafe.Sizeof('x'), unsafe.Sizeof(1.5))
	fmt.Println(unsafe.Sizeof(Small{}), unsafe.Sizeof(Packed{}), unsafe.Alignof(Small{}))
	var o Outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o), unsafe.Alignof(o.x))
	fmt.Println(unsafe.Offsetof(o.flag), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.y),
		unsafe.Offsetof(o.name), unsafe.Offsetof(o.list), unsafe.Offsetof(o.tail))
	var arr [5]Inner
	fmt.Println(unsafe.Sizeof(arr), unsafe.Alignof(arr), len(buf))
	fmt.Printf("%T %v\n", unsafe.Sizeof(i8), unsafe.Sizeof(struct{}{}))
	const total = unsafe.Sizeof(i64) * 3
	fmt.Println(total)
}
