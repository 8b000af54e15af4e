// `*(*[]uintptr)(unsafe.Pointer(&b))` is a dereference of a conversion, as Go's parser reads it
// (crypto/cipher's fastXORBytes), not a conversion to **[]uintptr.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	dst := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	dw := *(*[]uintptr)(unsafe.Pointer(&dst))
	fmt.Println(len(dw), cap(dw), dw[0] == 0x0807060504030201)
	dw[1] = 0
	fmt.Println(dst)
	s := *(*string)(unsafe.Pointer(&dst))
	fmt.Println(len(s), s[:2] == "\x01\x02")
	p := new(int)
	*(*int)(unsafe.Pointer(p)) = 7
	fmt.Println(*p)
}
