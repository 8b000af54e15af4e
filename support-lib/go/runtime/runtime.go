// Package runtime as go2cpp programs see it; implemented in C++ (include/go/goroutine.h).
package runtime

func Gosched()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func GC()
