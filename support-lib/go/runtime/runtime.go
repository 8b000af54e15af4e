// Package runtime as go2cpp programs see it; implemented in C++ (include/go/goroutine.h).
package runtime

func Gosched()
func Goexit()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func GC()

// GOOS and GOARCH name the target the program was built for (docs/targets.md). In Go they are
// constants; go2cpp's translation does not depend on the target, so here they are variables that
// the runtime library built for each target sets.
var GOOS string
var GOARCH string
