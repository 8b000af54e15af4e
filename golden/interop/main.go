package main

import (
	"fmt"

	"example.com/events/sink"
)

func main() {
	c := &sink.Counter{}
	n, err := sink.Send(c, "news", "a", "bc", "def")
	fmt.Println(n, err, c)
}
