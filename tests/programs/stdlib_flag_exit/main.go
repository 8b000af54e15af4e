package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 1, "count")
	fmt.Println("start")
	os.Args[0] = "prog" // the default usage names os.Args[0]
	flag.Parse()
	fmt.Println("not reached", *n)
}
