// recover stops a panic only in a deferred call; it returns nil otherwise and after recovery.
package main

import "fmt"

func mayPanic(v int) {
	if v > 2 {
		panic(fmt.Sprintf("too big: %d", v))
	}
	fmt.Println("ok", v)
}

func protect(v int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			ok = false
		}
	}()
	mayPanic(v)
	return true
}

func helper() interface{} { return recover() }

func notDirect() {
	defer func() {
		fmt.Println("helper sees", helper())
		fmt.Println("direct sees", recover())
	}()
	panic("p")
}

func main() {
	fmt.Println(protect(1), protect(5))
	fmt.Println("recover outside panic:", recover())
	notDirect()
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic(42)
}
