// Labelled break and continue out of nested loops, and goto.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}

	n := 0
loop:
	if n < 3 {
		fmt.Println("goto", n)
		n++
		goto loop
	}

	i := 0
search:
	for ; i < 10; i++ {
		switch {
		case i == 4:
			break search
		case i%2 == 1:
			continue search
		}
		fmt.Println("even", i)
	}
	fmt.Println("stopped at", i)

	goto end
end:
	fmt.Println("end")
}
