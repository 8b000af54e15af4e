// A struct holding a map whose key or value is a struct type declared after it (or anonymous):
// the C++ struct definitions must come in the order go::map needs.
package main

import "fmt"

type Index struct {
	byName map[string]entry
	seen   map[struct{ a, b int }]bool
	set    map[int]struct{}
}

type entry struct {
	id   int
	tags []string
}

type Map[K comparable, V any] struct {
	m map[K]V
}

func NewMap[K comparable, V any]() Map[K, V] { return Map[K, V]{m: map[K]V{}} }

func (m Map[K, V]) Put(k K, v V) { m.m[k] = v }

func main() {
	ix := Index{byName: map[string]entry{}, seen: map[struct{ a, b int }]bool{}, set: map[int]struct{}{}}
	ix.byName["x"] = entry{1, []string{"t"}}
	ix.seen[struct{ a, b int }{1, 2}] = true
	ix.set[3] = struct{}{}
	fmt.Println(ix.byName, len(ix.seen), len(ix.set))
	m := NewMap[int, struct{}]()
	m.Put(1, struct{}{})
	fmt.Println(len(m.m), m)
}
