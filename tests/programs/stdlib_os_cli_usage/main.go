// A command-line tool's error path: arguments checked by hand, a usage message on os.Stderr,
// and exit status 2, the convention of Go's flag package.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func usage() {
	fmt.Fprintf(os.Stderr, "usage: %s N M\n", "sum")
	os.Exit(2)
}

func main() {
	args := os.Args[1:]
	fmt.Println("args:", len(args), args)
	if len(args) != 2 {
		usage()
	}
	total := 0
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Fprintln(os.Stderr, "sum:", err)
			os.Exit(1)
		}
		total += n
	}
	fmt.Println(total)
}
