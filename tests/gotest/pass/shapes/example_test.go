package shapes_test

import (
	"fmt"
	"testing"

	"example.com/pass/shapes"
)

// An external test: only the exported API.
func TestLargest(t *testing.T) {
	rs := shapes.Largest([]shapes.Rect{{1, 1}, {3, 3}, {2, 2}})
	for i, want := range []float64{9, 4, 1} {
		if got := rs[i].Area(); got != want {
			t.Errorf("Largest()[%d].Area() = %v, want %v", i, got, want)
		}
	}
	var seen []string
	t.Cleanup(func() { seen = append(seen, "cleanup 1") })
	t.Cleanup(func() { seen = append(seen, "cleanup 2"); t.Log(seen) })
}

func ExampleNew() {
	r, err := shapes.New(3, 4)
	fmt.Println(r.Area(), err)
	_, err = shapes.New(-3, 4)
	fmt.Println(err)
	// Output:
	// 12 <nil>
	// new -3x4: negative side
}

func ExampleLargest() {
	for _, r := range shapes.Largest([]shapes.Rect{{1, 2}, {5, 5}}) {
		fmt.Printf("%v ", r)
	}
	// Output: {5 5} {1 2}
}

func ExampleRect_Area() {
	fmt.Println("b")
	fmt.Println("a")
	// Unordered output:
	// a
	// b
}

// A bare // in the output comment is a blank line of the output.
func ExampleNew_blankLine() {
	fmt.Println("above")
	fmt.Println()
	fmt.Println("below")
	// Output:
	// above
	//
	// below
}

// No output comment: compiled, not run.
func ExampleRect() {
	fmt.Println("not checked")
}
