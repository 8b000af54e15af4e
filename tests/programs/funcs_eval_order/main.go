// Evaluation order: operands and call arguments left to right, assignment in two phases.
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(x, trace)
	trace = nil
	fmt.Println(t("p1", 1), t("p2", 2), t("p3", 3))
	fmt.Println(trace)
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	b, c := 1, 2
	b, c = c, b
	fmt.Println(b, c)
	arr := []int{1, 2, 3}
	j := 0
	j, arr[j], arr[j+1] = 2, arr[2], arr[j]
	fmt.Println(j, arr)
}
