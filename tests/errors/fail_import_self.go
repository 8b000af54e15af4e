// A program importing package main, itself: an import cycle in a single-package program.
package main

import "main" // ERROR "package main is not in GOROOT \(/usr/lib/go-1.19/src/main\)"

func main() {
}
