// Package shapes is imported with a dot by main.go.
package shapes

import "fmt"

const Sides = 4

var Made int

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

func (s Square) String() string { return fmt.Sprintf("Square(%d)", s.Side) }

func NewSquare(side int) *Square {
	Made++
	return &Square{side}
}

func Bigger[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}
