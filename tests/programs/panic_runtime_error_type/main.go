// Runtime errors satisfy the error interface; their messages start with "runtime error:".
package main

import "fmt"

func catch(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	f()
}

func main() {
	var m map[int]int
	var s []int
	var p *struct{ x int }
	zero := 0
	catch(func() { m[1] = 1 })
	catch(func() { _ = s[0] })
	catch(func() { _ = p.x })
	catch(func() { _ = 1 / zero })
	catch(func() { panic("plain string") })
}
