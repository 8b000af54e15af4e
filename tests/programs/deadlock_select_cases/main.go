// A select whose cases can never proceed: "select".
package main

func main() {
	a := make(chan int)
	var b chan int
	select {
	case <-a:
	case b <- 1:
	}
}
