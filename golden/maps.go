// Golden input: maps, one construct per function.
package main

import "fmt"

func literal() map[string]int { return map[string]int{"a": 1, "b": 2} }

func makeMap() int {
	m := make(map[int]bool)
	m[1] = true
	return len(m)
}

func commaOk() (int, bool, int, bool) {
	m := map[string]int{"k": 5}
	v1, ok1 := m["k"]
	v2, ok2 := m["missing"]
	return v1, ok1, v2, ok2
}

func deleteKey() map[string]int {
	m := map[string]int{"x": 1, "y": 2}
	delete(m, "x")
	return m
}

func nilMapRead() (int, int) {
	var m map[string]int
	return m["x"], len(m)
}

func increment() map[string]int {
	m := map[string]int{}
	m["n"]++
	m["n"] += 2
	return m
}

func rangeSum() int {
	total := 0
	for k, v := range map[int]int{1: 10, 2: 20} {
		total += k * v
	}
	return total
}

type point struct{ x, y int }

func structKey() string {
	m := map[point]string{{1, 2}: "p"}
	return m[point{1, 2}]
}

func mapOfSlices() map[string][]int {
	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	return m
}

func main() {
	fmt.Println(literal(), makeMap())
	fmt.Println(commaOk())
	fmt.Println(deleteKey())
	fmt.Println(nilMapRead())
	fmt.Println(increment(), rangeSum())
	fmt.Println(structKey(), mapOfSlices())
}
