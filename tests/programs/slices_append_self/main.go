// append(s, s...), appending to a sub-slice, and removing elements in place.
package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	s = remove(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 0, 100)
	fmt.Println(s)
	t := s[:2]
	t = append(t, 7)
	fmt.Println(s, t)
	var strs []string
	strs = append(strs, []string{"x", "y"}...)
	strs = append(strs[:1], strs[1:]...)
	fmt.Println(strs, len(strs))
}
