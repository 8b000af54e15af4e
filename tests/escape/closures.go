// Escape analysis: closures, go and defer statements.
package main

var sinkF func() int

func calledDirectly() int { // ERROR "can inline calledDirectly"
	x := 1
	func() { // ERROR "can inline calledDirectly.func1" "can inline main.func1"
		x++
	}() // ERROR "inlining call to calledDirectly.func1"
	return x
}

func storedLocal() int { // ERROR "can inline storedLocal"
	x := 1
	f := func() int { // ERROR "can inline storedLocal.func1" "func literal does not escape"
		return x + 1
	}
	return f() // ERROR "inlining call to storedLocal.func1"
}

func returned() func() int { // ERROR "can inline returned"
	x := 1 // ERROR "moved to heap: x"
	return func() int { // ERROR "can inline returned.func1" "func literal escapes to heap"
		x++
		return x
	}
}

func storedGlobal() { // ERROR "can inline storedGlobal"
	y := 2
	sinkF = func() int { // ERROR "can inline storedGlobal.func1" "func literal escapes to heap"
		return y
	}
}

func captureByRef() { // ERROR "can inline captureByRef"
	z := 0 // ERROR "moved to heap: z"
	sinkF = func() int { // ERROR "can inline captureByRef.func1" "func literal escapes to heap"
		z++
		return z
	}
}

func spawn(ch chan int) { // ERROR "leaking param: ch"
	v := 3
	go func() { // ERROR "can inline spawn.func1" "func literal escapes to heap"
		ch <- v
	}()
}

func spawnAddr(ch chan *int) { // ERROR "leaking param: ch"
	v := 4 // ERROR "moved to heap: v"
	go func() { // ERROR "can inline spawnAddr.func1" "func literal escapes to heap"
		ch <- &v
	}()
}

func deferred() (r int) {
	defer func() { // ERROR "can inline deferred.func1" "func literal does not escape"
		r++
	}()
	return 1
}

func deferLoop(n int) {
	for i := 0; i < n; i++ { // ERROR "moved to heap: i"
		defer func() { // ERROR "can inline deferLoop.func1" "func literal escapes to heap"
			_ = i
		}()
	}
}

func apply(f func(int) int, v int) int { // ERROR "can inline apply" "f does not escape"
	return f(v)
}

func passClosure() int {
	k := 3
	return apply(func(a int) int { return a * k }, 2) // ERROR "inlining call to apply" "can inline passClosure.func1" "inlining call to passClosure.func1" "func literal does not escape"
}

func main() {
	_ = calledDirectly() // ERROR "inlining call to calledDirectly" "inlining call to main.func1"
	_ = storedLocal() // ERROR "inlining call to storedLocal" "func literal does not escape"
	_ = returned() // ERROR "inlining call to returned" "func literal does not escape"
	storedGlobal() // ERROR "inlining call to storedGlobal" "func literal escapes to heap"
	captureByRef() // ERROR "inlining call to captureByRef" "moved to heap: z" "func literal escapes to heap"
	ch := make(chan int, 1)
	spawn(ch)
	<-ch
	cp := make(chan *int, 1)
	spawnAddr(cp)
	<-cp
	_ = deferred()
	deferLoop(2)
	_ = passClosure()
}
