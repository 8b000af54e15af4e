// Deferred closures can read and change named results after return sets them.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
			q = -1
		}
	}()
	return a / b, ""
}

func count() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(count(), unnamed())
}
