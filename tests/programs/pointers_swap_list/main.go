// Pointer-based data structures: a binary search tree and swap through pointers.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else {
		t.Right = insert(t.Right, k)
	}
	return t
}

func walk(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t.Key)
	walk(t.Right, visit)
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	var root *Tree
	for _, k := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, k)
	}
	walk(root, func(k int) { fmt.Print(k, " ") })
	fmt.Println()
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
}
