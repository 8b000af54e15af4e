// An uncaught panic in a goroutine ends the whole program with Go's report and exit status 2.
package main

import "fmt"

func main() {
	fmt.Println("before")
	done := make(chan bool)
	go func() {
		var m map[string]int
		m["x"] = 1
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
