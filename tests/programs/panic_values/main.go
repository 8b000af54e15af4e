// How an uncaught panic prints a value of a non-string type: an error value.
package main

import "fmt"

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("my error ", e.code) }

func main() {
	for _, v := range []interface{}{42, 1.5, true, myErr{1}, nil} {
		func() {
			defer func() { fmt.Printf("%v %T\n", recover(), v) }()
			panic(v)
		}()
	}
	panic(myErr{7})
}
