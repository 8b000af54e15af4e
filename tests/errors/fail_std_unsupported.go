// A standard library package that go2cpp translates from GOROOT but cannot take yet
// (path/filepath reaches syscall, which reads its environment from gc's runtime): one error at
// the import, naming the first thing that failed in Go's sources, and no cascade from its uses.
package main

import (
	"fmt"
	"path/filepath" // ERROR "go2cpp does not support package path/filepath yet \(in syscall, /usr/lib/go-1.19/src/syscall/env_unix.go:29:18: undefined: runtime_envs\)"
)

func main() {
	fmt.Println(filepath.Join("a", "b"))
}
