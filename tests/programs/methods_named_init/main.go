// A method may be named init (container/ring's Ring has one); only functions named init are
// package initializers. Both kinds here, with the method called from the init function.
package main

import "fmt"

type Ring struct {
	next, prev *Ring
	Value      int
}

func (r *Ring) init() *Ring {
	r.next = r
	r.prev = r
	return r
}

func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.next
}

var start Ring

func init() {
	start.init()
	start.Value = 7
	fmt.Println("init ran", start.next == &start)
}

func main() {
	var r Ring
	fmt.Println(r.Next() == &r, start.Next().Value)
}
