// An import cycle between two packages of the module: reported with the chain of imports, as
// the go command does, before anything is type-checked.
package main

import "example.com/m/a"

// STDERR "^package example.com/m$"
// STDERR "^\timports example.com/m/a$"
// STDERR "^\timports example.com/m/b$"
// STDERR "^\timports example.com/m/a: import cycle not allowed$"

func main() { a.F() }
