package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d=%q\n", i, a)
	}
	fmt.Println(os.Getenv("GO2CPP_TEST_VAR"), os.Getenv("NO_SUCH_VAR_HOPEFULLY") == "")
}
