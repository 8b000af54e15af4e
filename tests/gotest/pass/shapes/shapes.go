// Package shapes has a little code for go2cpp test to test.
package shapes

import (
	"errors"
	"fmt"
	"sort"
)

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

var ErrNegative = errors.New("negative side")

// New checks its sides.
func New(w, h float64) (Rect, error) {
	if w < 0 || h < 0 {
		return Rect{}, fmt.Errorf("new %vx%v: %w", w, h, ErrNegative)
	}
	return Rect{w, h}, nil
}

// Largest returns the rectangles by area, largest first.
func Largest(rs []Rect) []Rect {
	out := append([]Rect(nil), rs...)
	sort.Slice(out, func(i, j int) bool { return out[i].Area() > out[j].Area() })
	return out
}

func perimeter(r Rect) float64 { return 2 * (r.W + r.H) }
