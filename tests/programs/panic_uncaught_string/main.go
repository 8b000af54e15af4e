// An uncaught panic: stdout flushed, deferred calls run, then Go's report and exit status 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	fmt.Println("before")
	panic("something bad happened")
}
