// Generic types implementing ordinary interfaces, and type switches on values of type parameters.
package main

import (
	"fmt"
	"strings"
)

type Container interface {
	Len() int
	Describe() string
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(x T)    { b.items = append(b.items, x) }
func (b *Bag[T]) Len() int   { return len(b.items) }
func (b *Bag[T]) Describe() string {
	return fmt.Sprintf("bag of %d %T", len(b.items), b.items)
}

type Fixed[T any] [3]T

func (f Fixed[T]) Len() int           { return len(f) }
func (f Fixed[T]) Describe() string { return fmt.Sprint("fixed ", f[0], f[1], f[2]) }

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + strings.ToUpper(v)
	case fmt.Stringer:
		return "stringer " + v.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type Code int

func (c Code) String() string { return fmt.Sprintf("C%03d", int(c)) }

func Total(cs ...Container) int {
	n := 0
	for _, c := range cs {
		n += c.Len()
	}
	return n
}

func AsContainer[T any](b *Bag[T]) Container { return b }

func main() {
	ints := &Bag[int]{}
	ints.Put(1)
	ints.Put(2)
	words := &Bag[string]{}
	words.Put("x")
	f := Fixed[float64]{1.5, 2, 3}
	var c Container = ints
	fmt.Println(c.Describe(), words.Describe(), f.Describe())
	fmt.Println(Total(ints, words, f), Total(AsContainer(words)))
	for _, c := range []Container{ints, f} {
		if b, ok := c.(*Bag[int]); ok {
			fmt.Println("int bag", b.items)
		} else {
			fmt.Printf("%T\n", c)
		}
	}
	fmt.Println(Kind(42), Kind("go"), Kind(Code(7)), Kind(3.5), Kind[error](nil), Kind([]Code{1}))
}
