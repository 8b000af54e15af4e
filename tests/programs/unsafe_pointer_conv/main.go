// unsafe.Pointer conversions that Go's standard library relies on: a []byte's header read as a
// string (strings.Builder.String), a float's bits, pointer arithmetic through uintptr and
// unsafe.Add, and unsafe.Slice.
package main

import (
	"fmt"
	"unsafe"
)

type builder struct {
	buf []byte
}

func (b *builder) String() string {
	return *(*string)(unsafe.Pointer(&b.buf))
}

func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

type pair struct {
	a int32
	b int32
	c int64
}

func main() {
	var b builder
	b.buf = append(b.buf, "hello, "...)
	b.buf = append(b.buf, "world"...)
	s := b.String()
	fmt.Println(s, len(s))
	b.buf[0] = 'H' // the string shares the bytes, as in gc
	fmt.Println(s)

	fmt.Printf("%#x\n", float64bits(1.0))
	fmt.Println(float64frombits(0x400921fb54442d18))

	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	third := (*int32)(unsafe.Pointer(uintptr(p) + 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*third)
	second := (*int32)(unsafe.Add(p, 4))
	*second = 21
	fmt.Println(arr)

	pr := pair{1, 2, 3}
	pb := (*int32)(unsafe.Add(unsafe.Pointer(&pr), unsafe.Offsetof(pr.b)))
	pc := (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(&pr)) + unsafe.Offsetof(pr.c)))
	*pb, *pc = 200, 300
	fmt.Println(pr)

	sl := unsafe.Slice(&arr[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	sl[2] = 41
	fmt.Println(arr)

	var np unsafe.Pointer
	fmt.Println(np == nil, p == nil, p == unsafe.Pointer(&arr), p == unsafe.Pointer(&arr[1]))
	seen := map[unsafe.Pointer]string{p: "first"}
	fmt.Println(seen[unsafe.Pointer(&arr[0])], len(seen[np]))
	var empty []int
	fmt.Println(unsafe.Slice((*int)(nil), 0) == nil, len(empty))

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = unsafe.Slice((*int)(nil), 2)
}
