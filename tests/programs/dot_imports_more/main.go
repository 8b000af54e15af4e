// Dot imports of stand-ins (sort, errors, sync), an explicit instance of a dot-imported generic
// function and a dot-imported function as a value.
package main

import (
	. "example.com/dots/shapes"
	"fmt"
	"unsafe"
	. "sort"
	. "errors"
	. "sync"
)

func main() {
	var x int32
	fmt.Println(unsafe.Sizeof(x), Bigger[int](3, 4))
	s := []int{3, 1, 2}
	Ints(s)
	e := New("boom")
	var mu Mutex
	mu.Lock()
	fmt.Println(s, e, Is(e, e), SearchInts(s, 2))
	mu.Unlock()
	f := NewSquare
	fmt.Println(f(2).Area())
}
