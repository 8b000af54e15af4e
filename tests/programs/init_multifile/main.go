// A package main split over several files: cross-file references and init order by file name.
package main

import "fmt"

var fromMain = helperValue * 2

func init() {
	fmt.Println("init in main.go, fromMain =", fromMain)
}

func main() {
	fmt.Println("main:", greet("files"), fromMain, helperValue, counter)
	var s Shape = Square{3}
	fmt.Println(s.Area())
}
