package main

import "fmt"

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }
func (s *Stack) Pop() (interface{}, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	var s Stack
	s.Push(1)
	s.Push("two")
	s.Push(3.0)
	s.Push([]int{4})
	s.Push(nil)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		switch x := v.(type) {
		case int:
			fmt.Println("int", x+1)
		case string:
			fmt.Println("string", x+"!")
		case float64:
			fmt.Println("float", x*2)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Printf("other %T %v\n", x, x)
		}
	}
}
