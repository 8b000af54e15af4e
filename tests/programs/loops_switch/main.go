// switch: with and without tag, init statement, several values per case, fallthrough, default anywhere.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func describe(n int) {
	switch n {
	case 0:
		fmt.Println("zero")
	case 1, 2, 3:
		fmt.Println("small")
		fallthrough
	case 4:
		fmt.Println("four-ish")
	default:
		fmt.Println("other")
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six after five")
	}
}

func calls(v int) int {
	fmt.Println("eval", v)
	return v
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	for i := 0; i < 7; i++ {
		describe(i)
	}
	switch x := 10 / 3; x {
	case 3:
		fmt.Println("three")
	}
	switch calls(2) {
	case calls(1), calls(2), calls(3):
		fmt.Println("matched")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("yes")
		break
		fmt.Println("unreachable")
	}
	switch {
	}
	fmt.Println("done")
}
