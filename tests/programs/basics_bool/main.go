// Booleans, comparison operators and short-circuit evaluation.
package main

import "fmt"

func check(name string, v bool) bool {
	fmt.Println("check", name)
	return v
}

func main() {
	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f)
	fmt.Println(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
	fmt.Println(1.5 < 2.5, "a" == "a")
	if check("a", false) && check("b", true) {
		fmt.Println("unreachable")
	}
	if check("c", true) || check("d", true) {
		fmt.Println("short")
	}
	x := 3
	ok := x > 1 && x < 5
	fmt.Println(ok, t == f, t != f)
}
