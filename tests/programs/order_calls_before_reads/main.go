// gc evaluates the operands that contain calls first, then reads the others: x, p.v, s[0] and
// pe.Op below are read after the calls beside them ran (found by errors.As(err, &pe), pe.Op).
package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct{ v int }

func main() {
	x := 1
	g := func() int { x = 2; return 0 }
	fmt.Println(x, g())
	x = 1
	fmt.Println(g(), x)
	p := &T{1}
	h := func() int { p.v = 5; return 0 }
	fmt.Println(p.v, h(), p.v)
	s := []int{1, 2}
	k := func() int { s[0] = 9; return 0 }
	fmt.Println(s[0], k())
	var pe *os.PathError
	err := fmt.Errorf("w: %w", &os.PathError{Op: "open", Path: "x", Err: errors.New("e")})
	fmt.Println(errors.As(err, &pe), pe.Op)
	y := 1
	add := func(a, b int) int { return a*10 + b }
	fmt.Println(add(y, func() int { y = 3; return 0 }()))
}
