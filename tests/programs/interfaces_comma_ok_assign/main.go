// v, ok = m[k] / <-ch / x.(T) assigned to an existing interface variable boxes the value (a
// zero MyInt still has its String method).
package main

import "fmt"

type MyInt int

func (i MyInt) String() string { return "a" }

var temp2 fmt.Stringer
var temp any

func main() {
	var x map[int]MyInt
	var ok bool
	temp2, ok = x[43]
	fmt.Println(temp2.String(), ok)
	ch := make(chan int, 1)
	ch <- 5
	temp, ok = <-ch
	fmt.Println(temp, ok)
	var i any = 3
	temp2, ok = i.(MyInt)
	fmt.Println(temp2, ok)
}
