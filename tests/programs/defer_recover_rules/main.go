// Where recover() stops a panic: only in the function the deferred call runs directly.
package main

import "fmt"

func direct() {
	if r := recover(); r != nil {
		fmt.Println("direct recovered:", r)
	}
}

func indirect() {
	fmt.Println("indirect sees:", recover())
}

type guard struct{ name string }

func (g guard) catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "method recovered:", r)
	}
}

func case1() {
	defer direct()
	panic(1)
}

func case2() {
	defer func() {
		indirect()
		fmt.Println("literal then:", recover())
	}()
	panic(2)
}

func case3() {
	defer guard{"g"}.catch()
	panic(3)
}

func case4() {
	f := direct
	defer f()
	panic(4)
}

func case5() (n int) {
	defer func() {
		func() {
			fmt.Println("nested literal sees:", recover())
		}()
		n = recover().(int) * 10
	}()
	panic(5)
}

func case6() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	defer func() { indirect() }()
	panic(6)
}

func main() {
	case1()
	case2()
	case3()
	case4()
	fmt.Println(case5())
	case6()
	direct()
	fmt.Println("done")
}
