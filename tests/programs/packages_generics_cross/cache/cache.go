// Package cache is a small LRU cache built on gen's containers.
package cache

import "example.com/cross/gen"

type entry[K comparable, V any] struct {
	p    gen.Pair[K, V]
	used int
}

type Cache[K comparable, V any] struct {
	cap     int
	clock   int
	entries map[K]*entry[K, V]
}

func New[K comparable, V any](capacity int) *Cache[K, V] {
	return &Cache[K, V]{cap: capacity, entries: map[K]*entry[K, V]{}}
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.clock++
	if e, ok := c.entries[k]; ok {
		e.p.Val, e.used = v, c.clock
		return
	}
	if len(c.entries) >= c.cap {
		var oldest K
		first := true
		for key, e := range c.entries {
			if first || e.used < c.entries[oldest].used {
				oldest, first = key, false
			}
		}
		delete(c.entries, oldest)
	}
	c.entries[k] = &entry[K, V]{p: gen.Pair[K, V]{Key: k, Val: v}, used: c.clock}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	if e, ok := c.entries[k]; ok {
		c.clock++
		e.used = c.clock
		return e.p.Val, true
	}
	var zero V
	return zero, false
}

func (c *Cache[K, V]) Len() int { return len(c.entries) }

func IntBox(v int) *gen.Box[int] { return gen.NewBox(v) }
