// append grows capacity like Go's runtime; len and cap printed at every step.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), cap(s), s == nil)
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, 'x')
	}
	fmt.Println(len(b), cap(b))
	t := append([]int{1, 2, 3}, 4)
	fmt.Println(t, len(t), cap(t))
	u := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(u), cap(u))
	v := append(make([]int, 5), make([]int, 7)...)
	fmt.Println(len(v), cap(v))
	w := make([]string, 0, 3)
	w = append(w, "a", "b", "c", "d")
	fmt.Println(w, len(w), cap(w))
	big := make([]int, 1000)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	type s24 struct{ a, b, c int64 }
	var st []s24
	for i := 0; i < 6; i++ {
		st = append(st, s24{})
		fmt.Print(cap(st), " ")
	}
	fmt.Println()
}
