// Slice bounds errors, recovered one by one to check each message.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "hello"
	arr := [4]int{}
	i, j, k := 5, 1, 10
	try("slice high", func() { _ = s[:i] })
	try("slice inverted", func() { _ = s[2:j] })
	try("slice3 max", func() { _ = s[0:1:k] })
	try("string high", func() { _ = str[2:k] })
	try("string index", func() { _ = str[i] })
	try("array index", func() { _ = arr[i] })
	try("negative", func() { n := -1; _ = s[n] })
	try("slice low", func() { _ = s[i:] })
	try("make len", func() { n := -1; _ = make([]int, n) })
}
