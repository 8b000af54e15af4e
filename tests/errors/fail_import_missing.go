// An import of a package that does not exist: reported once, at the import, without a cascade
// of "undefined: pkg" at each use.
package main

import "nosuch/pkg" // ERROR "go2cpp does not support package nosuch/pkg yet"

func main() {
	pkg.F()
}
