// container/ring from Go's sources: circular lists, Link, Unlink, Move, Do.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	removed := r.Unlink(2)
	show(r)
	show(removed)
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	show(r)
	sum := 0
	r.Do(func(v any) {
		if n, ok := v.(int); ok {
			sum += n
		}
	})
	fmt.Println("sum", sum)
	var single ring.Ring
	fmt.Println(single.Len(), single.Next() == &single, single.Prev() == &single)
}
