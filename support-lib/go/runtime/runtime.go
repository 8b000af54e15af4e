// Package runtime as go2cpp programs see it; implemented in C++ (include/go/goroutine.h).
package runtime

func Gosched()
func Goexit()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func GC()

// GOOS and GOARCH are constants, as in gc, with the target's values: the translator adds them
// (driver/pipeline.cpp), since this directory serves every target.
