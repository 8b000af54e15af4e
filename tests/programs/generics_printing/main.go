// How instantiated types print: %T, %v, %+v and %#v of generic structs, slices, maps, pointers.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

type List[T any] []T

type Table[K comparable, V any] map[K]V

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Wrapper[T fmt.Stringer] struct{ Inner T }

func (w Wrapper[T]) String() string { return "[" + w.Inner.String() + "]" }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	p := MakePair("answer", 42)
	fmt.Printf("%T\n%v\n%+v\n%#v\n", p, p, p, p)
	b := Box[[]int]{[]int{1, 2}}
	fmt.Printf("%T %v %+v\n", b, b, b)
	bm := Box[map[string]bool]{map[string]bool{"ok": true}}
	fmt.Printf("%T %v\n", bm, bm)
	bp := &Box[Pair[int, string]]{Pair[int, string]{1, "one"}}
	fmt.Printf("%T %v %+v\n", bp, bp, *bp)
	l := List[Temp]{21.5, 19}
	fmt.Printf("%T %v %d\n", l, l, len(l))
	t := Table[string, List[int]]{"a": {1}, "b": nil}
	fmt.Printf("%T %v\n", t, t)
	w := Wrapper[Temp]{Temp(3)}
	fmt.Printf("%T %v %s\n", w, w, w)
	var anyv interface{} = Box[int]{7}
	switch v := anyv.(type) {
	case Box[string]:
		fmt.Println("string box", v.V)
	case Box[int]:
		fmt.Println("int box", v.V)
	}
	_, isPair := anyv.(Pair[int, int])
	fmt.Println(isPair)
	fmt.Printf("%v %T\n", []Box[Temp]{{1}, {2}}, map[Pair[int, int]]Box[bool]{})
	fmt.Println(Box[int]{1} == Box[int]{1}, MakePair(1, "a") == MakePair(1, "b"))
}
