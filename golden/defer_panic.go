// Golden input: defer, panic and recover, one construct per function (every panic recovered).
package main

import "fmt"

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
}

func deferClosure() (n int) {
	defer func() { n *= 10 }()
	return 4
}

func recoverString() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	panic("boom")
}

func recoverRuntime() (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	var s []int
	_ = s[3]
	return "unreachable"
}

func recoverNil() interface{} {
	return recover()
}

func rePanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again ", r))
	}()
	panic("first")
}

func main() {
	deferOrder()
	deferArgs()
	fmt.Println(deferClosure())
	fmt.Println(recoverString())
	fmt.Println(recoverRuntime())
	fmt.Println(recoverNil())
	fmt.Println(rePanic())
}
