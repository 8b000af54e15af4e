// select {} with nothing else running is a deadlock: "select (no cases)".
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper ran")
		done <- true
	}()
	<-done
	select {}
}
