// A function with results that can reach its end without a return.
package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func main() {
	_ = sign(1)
}
