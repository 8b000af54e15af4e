// A generic binary search tree with an Ordered constraint; in-order walk with a callback.
package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *treeNode[K, V]
	size int
}

type treeNode[K Ordered, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch n := *p; {
		case k < n.key:
			p = &n.left
		case k > n.key:
			p = &n.right
		default:
			n.val = v
			return
		}
	}
	*p = &treeNode[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (n *treeNode[K, V]) walk(f func(K, V)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.key, n.val)
	n.right.walk(f)
}

func (t *Tree[K, V]) Walk(f func(K, V)) { t.root.walk(f) }

func (n *treeNode[K, V]) height() int {
	if n == nil {
		return 0
	}
	l, r := n.left.height(), n.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z", "m"} {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, ":", v, " ") })
	fmt.Println("size", t.size, "height", t.root.height())
	v, ok := t.Get("e")
	_, ok2 := t.Get("q")
	fmt.Println(v, ok, ok2)
	nums := &Tree[float64, []string]{}
	nums.Put(2.5, []string{"two"})
	nums.Put(-1, nil)
	nums.Put(10, []string{"ten", "X"})
	nums.Walk(func(k float64, v []string) { fmt.Print(k, v, ";") })
	fmt.Println()
	fmt.Printf("%T %T\n", t, nums.root)
}
