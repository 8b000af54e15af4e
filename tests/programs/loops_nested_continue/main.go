// for with only a condition, infinite loops with break, and loops modifying their own counters.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	for _, n := range []int{1, 7, 27, 97} {
		fmt.Println(n, collatz(n))
	}
	i := 0
	for {
		i += 3
		if i > 10 {
			break
		}
	}
	fmt.Println(i)
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		i++
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for a := 0; a < 5; a++ {
		for b := a; b < 5; b++ {
			if (a+b)%4 == 0 {
				continue
			}
			count++
		}
	}
	fmt.Println(count)
}
