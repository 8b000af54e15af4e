// A classic: Fibonacci numbers iteratively and recursively, primes by trial division.
package main

import "fmt"

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Println(i, fibRec(i), fibIter(i))
	}
	fmt.Println(fibIter(90))
	count := 0
	for n := 0; n < 100; n++ {
		if isPrime(n) {
			count++
			fmt.Printf("%d ", n)
		}
	}
	fmt.Printf("\n%d primes\n", count)
}
