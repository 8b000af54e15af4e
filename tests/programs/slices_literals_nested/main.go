// Slice literals, slices of slices, slices of structs and modification through range index.
package main

import "fmt"

type item struct {
	name  string
	count int
}

func main() {
	nums := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(nums, len(nums))
	idx := []string{2: "two", 0: "zero"}
	fmt.Println(idx, len(idx))
	grid := [][]int{{1}, {2, 3}, {}, nil}
	fmt.Println(grid, len(grid[2]), grid[3] == nil)
	items := []item{{"a", 1}, {"b", 2}}
	for i := range items {
		items[i].count *= 10
	}
	for _, it := range items {
		it.count = 0
	}
	fmt.Println(items)
	ptrs := []*item{{"p", 1}}
	ptrs[0].count++
	fmt.Println(*ptrs[0])
	tri := make([][]int, 4)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
}
