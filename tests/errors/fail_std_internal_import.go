// A program may not import the standard library's internal packages.
package main

import "internal/bytealg" // ERROR "use of internal package internal/bytealg not allowed"

func main() {
	_ = bytealg.MaxLen
}
