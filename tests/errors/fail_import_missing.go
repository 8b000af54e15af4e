// An import of a package that does not exist: reported once, at the import, without a cascade
// of "undefined: pkg" at each use (the go command stops at loading, too).
package main

import "nosuch/pkg" // ERROR "package nosuch/pkg is not in"

func main() {
	pkg.F()
}
