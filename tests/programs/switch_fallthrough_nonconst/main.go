// fallthrough in switches that are not on integer constants: on strings, without a tag, with a
// default in the middle, with break, and in a loop.
package main

import "fmt"

func classify(s string) []string {
	var out []string
	switch s {
	case "a":
		out = append(out, "is a")
		fallthrough
	case "b":
		out = append(out, "a or b")
		fallthrough
	default:
		out = append(out, "any")
	case "z":
		out = append(out, "is z")
	}
	return out
}

func grade(n int) string {
	r := ""
	switch {
	case n > 90:
		r += "A"
		fallthrough
	case n > 80:
		if n == 85 {
			r += "!"
			break
		}
		r += "B"
		fallthrough
	case n > 70:
		r += "C"
	default:
		r += "F"
	}
	return r
}

func first() int { fmt.Println("first evaluated"); return 1 }

func main() {
	for _, s := range []string{"a", "b", "c", "z"} {
		fmt.Println(s, classify(s))
	}
	for _, n := range []int{95, 85, 82, 75, 10} {
		fmt.Println(n, grade(n))
	}
	x := 1.5
	switch x {
	case 0.5:
		fmt.Println("half")
	case 1.5:
		fmt.Println("one and a half")
		fallthrough
	case 2.5:
		fmt.Println("and then two and a half")
	}
	for i := 0; i < 4; i++ {
		switch v := first() + i; {
		case v == 2:
			fmt.Println("two")
			continue
		case v == 3:
			fmt.Println("three")
			fallthrough
		case v > 100:
			fmt.Println("after three")
		default:
			fmt.Println("default", v)
		}
		fmt.Println("end of iteration", i)
	}
outer:
	for i := 0; i < 3; i++ {
		switch fmt.Sprint(i) {
		case "1":
			fallthrough
		case "x":
			fmt.Println("breaking out at", i)
			break outer
		}
		fmt.Println("loop", i)
	}
}
