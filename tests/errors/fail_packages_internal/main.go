// Go's rule for internal packages: lib/internal/impl may be imported by lib and the packages
// under it, not by main.
package main

import (
	"example.com/m/lib"
	"example.com/m/lib/internal/impl" // ERROR "use of internal package example.com/m/lib/internal/impl not allowed"
)

func main() { lib.F(); impl.G() }
