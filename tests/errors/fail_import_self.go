// A program importing package main, itself: an import cycle in a single-package program.
package main

import "main" // ERROR "go2cpp does not support package main yet"

func main() {
}
