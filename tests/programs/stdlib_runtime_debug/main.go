package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	debug.FreeOSMemory()
	fmt.Println(strings.HasPrefix(string(debug.Stack()), "goroutine 1 [running]:\n"))
}
