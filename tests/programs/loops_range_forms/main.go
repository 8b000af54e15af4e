// range over slices, arrays, strings and maps with every combination of variables.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	for i, v := range s {
		fmt.Print(i, v)
	}
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 100)
			nums[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(nums)
	var i, v int
	for i, v = range []int{7, 8} {
	}
	fmt.Println(i, v)
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	for k := range m {
		fmt.Println(k)
	}
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println(arr)
}
