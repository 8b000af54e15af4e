// A generic LRU cache: a map into a doubly linked list with a sentinel (cycles everywhere).
package main

import "fmt"

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap   int
	items map[K]*entry[K, V]
	root  entry[K, V]
	evict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, evict func(K, V)) *LRU[K, V] {
	c := &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V]), evict: evict}
	c.root.next = &c.root
	c.root.prev = &c.root
	return c
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU[K, V]) front(e *entry[K, V]) {
	e.next = c.root.next
	e.prev = &c.root
	c.root.next.prev = e
	c.root.next = e
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	e, ok := c.items[k]
	if !ok {
		return v, false
	}
	c.unlink(e)
	c.front(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.front(e)
		return
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.front(e)
	if len(c.items) > c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
		if c.evict != nil {
			c.evict(old.key, old.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.root.next; e != &c.root; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3, func(k string, v int) { fmt.Println("evict", k, v) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c.Keys())
	v, ok := c.Get("c")
	fmt.Println(v, ok)
	big := NewLRU[int, []byte](100, nil)
	for i := 0; i < 10000; i++ {
		big.Put(i%250, make([]byte, i%7))
	}
	fmt.Println(len(big.items), len(big.Keys()), big.Keys()[:5])
}
