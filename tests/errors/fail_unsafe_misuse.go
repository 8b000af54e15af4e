// Misuses of package unsafe that gc rejects, with gc 1.19's messages.
package main

import "unsafe"

type S struct{ a int }

func (S) M() {}

type E struct {
	*S
}

func main() {
	var x int
	var s S
	var e E
	_ = unsafe.Offsetof(x)   // ERROR "invalid argument: x is not a selector expression"
	_ = unsafe.Offsetof(s.M) // ERROR "invalid argument: s.M is a method value"
	_ = unsafe.Offsetof(e.a) // ERROR "invalid argument: field a is embedded via a pointer in E"
	f := unsafe.Sizeof       // ERROR "unsafe.Sizeof \(built-in\) must be called"
	var p *int = &x
	_ = (*float64)(p)       // ERROR "cannot convert p \(variable of type \*int\) to type \*float64"
	_ = unsafe.Pointer(x)   // ERROR "cannot convert x \(variable of type int\) to type unsafe.Pointer"
	_ = unsafe.Slice(x, 1)  // ERROR "invalid argument: x \(variable of type int\) is not a pointer"
	_ = unsafe.Slice(p, 1.5) // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = f
}
