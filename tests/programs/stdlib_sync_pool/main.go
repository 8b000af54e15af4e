// sync.Pool for reusable buffers: Get falls back to New, Put returns an object; a pool with no
// New returns nil. Which object Get returns is unspecified, so the program only prints what
// does not depend on reuse.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var created int

var bufPool = sync.Pool{
	New: func() any {
		created++
		return new(strings.Builder)
	},
}

func render(name string, n int) string {
	b := bufPool.Get().(*strings.Builder)
	defer func() {
		b.Reset()
		bufPool.Put(b)
	}()
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(b, "%s%d", name, i)
	}
	return b.String()
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(render("x", i))
	}
	fmt.Println("created at least one:", created >= 1, "at most five:", created <= 5)
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put("s")
	got := empty.Get()
	fmt.Println(got == nil || got == "s")
	ints := sync.Pool{New: func() any { return 42 }}
	fmt.Println(ints.Get())
}
