// A standard library package that go2cpp translates from GOROOT but cannot take yet (reflect is
// coupled to gc's runtime): one error at the import, naming the first thing that failed in Go's
// sources, and no cascade from its uses.
package main

import (
	"fmt"
	"reflect" // ERROR "go2cpp does not support package reflect yet \(in internal/goarch, /usr/lib/go-1.19/src/internal/goarch/goarch.go:36:35: undefined: _ArchFamily\)"
)

func main() {
	fmt.Println(reflect.TypeOf(1))
}
