// Recursion: mutual recursion, deep recursion, Ackermann, Hanoi.
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 10 {
		fmt.Println("move disk 10", from, "->", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println(moves)
	fmt.Println(depth(100000))
}
