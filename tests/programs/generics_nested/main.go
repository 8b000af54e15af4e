// Generic types inside generic types: a graph with adjacency lists, BFS with a generic queue.
package main

import (
	"fmt"
	"sort"
)

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }
func (q *Queue[T]) Pop() T {
	x := q.items[0]
	q.items = q.items[1:]
	return x
}
func (q *Queue[T]) Empty() bool { return len(q.items) == 0 }

type Graph[K comparable] struct {
	adj map[K][]K
}

func NewGraph[K comparable]() *Graph[K] { return &Graph[K]{adj: map[K][]K{}} }

func (g *Graph[K]) Edge(a, b K) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[K]) BFS(start K) map[K]int {
	dist := map[K]int{start: 0}
	var q Queue[K]
	q.Push(start)
	for !q.Empty() {
		n := q.Pop()
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				q.Push(m)
			}
		}
	}
	return dist
}

type Pair[A, B any] struct {
	First  A
	Second B
}

type Index[K comparable, V any] struct {
	byKey map[K][]Pair[K, V]
}

func (ix *Index[K, V]) Add(k K, v V) {
	if ix.byKey == nil {
		ix.byKey = map[K][]Pair[K, V]{}
	}
	ix.byKey[k] = append(ix.byKey[k], Pair[K, V]{k, v})
}

type coord struct{ x, y int }

func main() {
	g := NewGraph[string]()
	g.Edge("a", "b")
	g.Edge("b", "c")
	g.Edge("a", "d")
	g.Edge("d", "e")
	g.Edge("e", "c")
	d := g.BFS("a")
	keys := make([]string, 0)
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", d[k], " ")
	}
	fmt.Println()
	grid := NewGraph[coord]()
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if x+1 < 3 {
				grid.Edge(coord{x, y}, coord{x + 1, y})
			}
			if y+1 < 3 {
				grid.Edge(coord{x, y}, coord{x, y + 1})
			}
		}
	}
	fmt.Println(grid.BFS(coord{0, 0})[coord{2, 2}], len(grid.adj))
	var ix Index[string, Pair[int, []string]]
	ix.Add("k", Pair[int, []string]{1, []string{"x"}})
	ix.Add("k", Pair[int, []string]{2, nil})
	fmt.Printf("%v %T\n", ix.byKey["k"], ix.byKey)
	var qq Queue[Queue[int]]
	qq.Push(Queue[int]{[]int{1, 2}})
	fmt.Println(qq.Pop().items, qq.Empty())
}
