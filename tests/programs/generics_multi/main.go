// One generic function instantiated with many types, including named non-struct types whose
// String methods fmt must find through the instance.
package main

import "fmt"

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Tags []string

func (t Tags) String() string { return fmt.Sprintf("tags%d", len(t)) }

type Grid [2][2]int

func Show[T any](x T) string { return fmt.Sprintf("%v/%T", x, x) }

func Twice[T any](x T) [2]T { return [2]T{x, x} }

func Wrap[T any](x T) interface{} { return x }

func main() {
	fmt.Println(Show(1), Show("s"), Show(2.5), Show(true), Show('r'), Show(byte(7)))
	fmt.Println(Show(Weekday(1)), Show(Celsius(36.6)), Show(Tags{"a"}), Show(Grid{{1, 2}, {3, 4}}))
	fmt.Println(Show([]Weekday{0, 2}), Show(map[Weekday]Celsius{1: 20}), Show(&[]int{1}) != "")
	fmt.Println(Twice(Weekday(2)), Twice(Celsius(1)), Twice("x"))
	w := Wrap(Weekday(0))
	d, ok := w.(Weekday)
	fmt.Println(w, d, ok)
	_, isInt := w.(int)
	fmt.Println(isInt, Wrap(Tags(nil)))
	var s fmt.Stringer = Celsius(5)
	fmt.Println(Show(s), Show[fmt.Stringer](nil))
}
