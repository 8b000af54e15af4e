// os.Exit ends the program at once with its status: deferred calls do not run, output written
// so far (buffered stdout included) is kept, and other goroutines are abandoned.
package main

import (
	"fmt"
	"os"
)

func validate(xs []int) error {
	for i, x := range xs {
		if x < 0 {
			return fmt.Errorf("item %d: negative value %d", i, x)
		}
	}
	return nil
}

func main() {
	defer fmt.Println("deferred: must not print")
	go func() {
		select {}
	}()
	fmt.Println("checking")
	if err := validate([]int{3, 1, -4, 1}); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		fmt.Print("partial line without newline")
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
