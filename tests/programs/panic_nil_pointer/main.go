// Dereferencing a nil pointer is a recoverable runtime error, then an uncaught one.
package main

import "fmt"

type T struct{ v int }

func read(p *T) (v int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	return p.v, "ok"
}

func main() {
	fmt.Println(read(&T{5}))
	fmt.Println(read(nil))
	var p *int
	fmt.Println(*p)
}
