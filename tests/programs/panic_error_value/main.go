package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	defer fmt.Println("deferred runs")
	panic(fmt.Errorf("wrapped: %w", errors.New("root cause")))
}
