// Pointers to structs: automatic dereference for fields, &T{} literals, shared updates.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ n int }

func bump(c *Counter) { c.n++ }

func main() {
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	c := Counter{}
	bump(&c)
	pc := &c
	bump(pc)
	pc.n *= 10
	fmt.Println(c.n, (*pc).n)
	fmt.Println(head.Next.Next.Next == nil)
	ptr := &Counter{n: 7}
	alias := ptr
	alias.n = 8
	fmt.Println(ptr.n, *ptr)
	fmt.Printf("%v %+v\n", head.Next.Val, *ptr)
}
