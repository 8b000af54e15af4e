// An ordered map: keys kept sorted with a constraint-driven binary search.
package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

type OrderedMap[K Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) search(k K) int {
	lo, hi := 0, len(m.keys)
	for lo < hi {
		mid := (lo + hi) / 2
		if m.keys[mid] < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i := m.search(k)
		m.keys = append(m.keys, k)
		copy(m.keys[i+1:], m.keys[i:])
		m.keys[i] = k
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) {
	if _, ok := m.vals[k]; !ok {
		return
	}
	i := m.search(k)
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	delete(m.vals, k)
}

func (m *OrderedMap[K, V]) Range(f func(K, V) bool) {
	for _, k := range m.keys {
		if !f(k, m.vals[k]) {
			return
		}
	}
}

func (m *OrderedMap[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	m.Range(func(k K, v V) bool {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v: %v", k, v)
		return true
	})
	b.WriteString("}")
	return b.String()
}

type Score float64

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("pear apple fig banana apple cherry fig") {
		m.Set(w, i)
	}
	fmt.Println(m)
	m.Delete("fig")
	m.Delete("nope")
	v, ok := m.Get("apple")
	fmt.Println(m, v, ok)
	m.Range(func(k string, v int) bool {
		fmt.Print(k, "=", v, " ")
		return k < "c"
	})
	fmt.Println()

	s := NewOrderedMap[Score, []string]()
	s.Set(2.5, []string{"b"})
	s.Set(-1, nil)
	s.Set(10, []string{"x", "y"})
	fmt.Println(s.String(), len(s.keys))
	fmt.Printf("%T\n", s)
}
