// A type error in an imported package is reported in that package's file, and the build stops
// there, as go build does: main's own mistakes (the unused variable below) are not reported.
package main

import "example.com/m/geom"

func main() {
	unused := 1
	geom.F()
}
