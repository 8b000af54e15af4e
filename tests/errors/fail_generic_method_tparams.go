// Methods cannot have type parameters of their own.
package main

type M struct{}

func (M) Get[T any]() {} // ERROR "syntax error: method must have no type parameters"

func main() {}
