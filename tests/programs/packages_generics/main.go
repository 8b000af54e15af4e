// Generic code inside an imported package, used from main through the instances that package
// itself names: functions with non-generic signatures, and an alias of an instance.
package main

import (
	"fmt"

	"example.com/gen/algo"
	"example.com/gen/stack"
)

func main() {
	var s stack.Ints
	s.Push(1)
	s.Push(2)
	s.Push(3)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len(), s)
	fmt.Printf("%T\n", s)
	fmt.Println(algo.SumInts([]int{1, 2, 3}), algo.JoinWords([]string{"a", "b"}))
	fmt.Println(algo.Reversed("hello"))
}
