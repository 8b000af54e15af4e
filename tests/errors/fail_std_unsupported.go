// A standard library package that go2cpp translates from GOROOT but cannot take yet
// (os/exec reaches internal/goarch, whose per-architecture constants come from files for gc's
// architectures): one error at the import, naming the first thing that failed in Go's sources,
// and no cascade from its uses.
package main

import (
	"fmt"
	"os/exec" // ERROR "go2cpp does not support package os/exec yet \(in internal/goarch, /usr/lib/go-1.19/src/internal/goarch/goarch.go:36:35: undefined: _ArchFamily\)"
)

func main() {
	fmt.Println(exec.Command("true").Run())
}
