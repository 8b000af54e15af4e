// Variadic functions: zero args, several, a spread slice (shared, not copied).
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func info(nums ...int) {
	fmt.Println(len(nums), nums == nil, nums)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(7, 8)
	fmt.Println(join(", "), join(", ", "a"), join("-", "a", "b", "c"))
	info()
	info(nil...)
	info([]int{}...)
	info(1, 2)
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("a", 1))
}
