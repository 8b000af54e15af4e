// A named non-struct type holding itself (through func, chan, slice or map types) has no C++
// alias; go2cpp says so instead of emitting C++ that does not compile.
package main

type F func() F // ERROR "go2cpp does not support the recursive type F \(a func\(\) F holding itself\) yet"

func main() {
	var f F
	_ = f
}
