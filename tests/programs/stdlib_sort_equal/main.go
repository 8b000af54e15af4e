// sort.Slice and sort.Sort are not stable: equal elements end up where Go's pdqsort puts them,
// which this program prints for inputs long enough to reach every phase (ninther pivots,
// pattern breaking, heapsort fallback is not reached here).
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, id int
}

type byKey []rec

func (r byKey) Len() int           { return len(r) }
func (r byKey) Less(i, j int) bool { return r[i].key < r[j].key }
func (r byKey) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func gen(n, mod, mul int) []rec {
	out := make([]rec, n)
	x := 1
	for i := range out {
		x = (x*mul + 12345) % 1000003
		out[i] = rec{x % mod, i}
	}
	return out
}

func ids(rs []rec) []int {
	out := make([]int, len(rs))
	for i, r := range rs {
		out[i] = r.id
	}
	return out
}

func main() {
	for _, n := range []int{13, 51, 300} {
		a := gen(n, 5, 7919)
		sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
		fmt.Println(n, ids(a))
		b := gen(n, 3, 104729)
		sort.Sort(byKey(b))
		fmt.Println(n, ids(b))
		c := gen(n, 4, 31)
		sort.Stable(sort.Reverse(byKey(c)))
		fmt.Println(n, ids(c))
	}
	desc := make([]rec, 100)
	for i := range desc {
		desc[i] = rec{100 - i/3, i}
	}
	sort.Slice(desc, func(i, j int) bool { return desc[i].key < desc[j].key })
	fmt.Println(ids(desc))
}
