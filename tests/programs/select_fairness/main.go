// When several cases are ready, select picks among them at random: over many rounds each of two
// always-ready cases is chosen a fair share of the time (the output only reports that).
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 10000; i++ {
		a <- 0
		b <- 1
		select {
		case v := <-a:
			counts[v]++
			<-b
		case v := <-b:
			counts[v]++
			<-a
		}
	}
	fmt.Println(counts[0] > 4000, counts[1] > 4000, counts[0]+counts[1])
}
