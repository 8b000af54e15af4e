// Deferring method calls (receiver evaluated at defer), deferring in loops, defer with nil check.
package main

import "fmt"

type T struct{ name string }

func (t T) Show()     { fmt.Println("value receiver", t.name) }
func (t *T) ShowPtr() { fmt.Println("pointer receiver", t.name) }

func work() {
	t := T{"first"}
	defer t.Show()
	defer t.ShowPtr()
	t.name = "second"
}

func cleanup(items []string) {
	for _, it := range items {
		defer func(s string) { fmt.Println("close", s) }(it)
	}
	fmt.Println("opened", len(items))
}

func main() {
	work()
	cleanup([]string{"a", "b", "c"})
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("end")
}
