// The three for forms: three-clause, condition-only and infinite with break/continue.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("sum", sum)

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n", n)

	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Println("odd", k)
	}

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}

	count := 0
	for ; count < 3; {
		count++
	}
	fmt.Println("count", count)
}
