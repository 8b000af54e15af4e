// os.Exit(0) from a nested call stops everything, even with deferred calls pending.
package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	defer fmt.Println("not run")
	fmt.Println("finishing")
	os.Exit(code)
}

func main() {
	defer fmt.Println("not run either")
	for i := 0; i < 5; i++ {
		if i == 2 {
			finish(0)
		}
		fmt.Println(i)
	}
}
