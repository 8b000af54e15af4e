// An import of a package that does not exist: reported once, at the import, without a cascade
// of "undefined: pkg" at each use.
package main

import "nosuch/pkg" // ERROR "package nosuch/pkg is not in GOROOT \(/usr/lib/go-1.19/src/nosuch/pkg\)"

func main() {
	pkg.F()
}
