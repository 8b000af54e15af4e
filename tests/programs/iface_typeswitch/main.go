package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }
type Sq int
type Rc struct{ w, h int }

func (s Sq) Area() int   { return int(s * s) }
func (r *Rc) Area() int  { return r.w * r.h }
func (s Sq) String() string { return fmt.Sprintf("Sq(%d)", int(s)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case Shape:
		return fmt.Sprintf("shape with area %d", x.Area())
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case []Shape:
		return fmt.Sprintf("%d shapes", len(x))
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func areaOf(s Shape) string {
	switch v := s.(type) {
	case Sq:
		return fmt.Sprint("square ", int(v))
	case *Rc:
		return fmt.Sprint("rect ", v.w, "x", v.h)
	}
	return "?"
}

func main() {
	vals := []interface{}{nil, errors.New("bad"), Sq(3), &Rc{2, 5}, 7, int64(8), []Shape{Sq(1)}, 2.5, "s"}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	fmt.Println(areaOf(Sq(4)), areaOf(&Rc{1, 2}))
	var s Shape
	fmt.Println(areaOf(s))
}
