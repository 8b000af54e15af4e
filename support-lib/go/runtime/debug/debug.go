// Package runtime/debug as go2cpp programs see it: the few functions Go's own tests call
// (implemented in C++, include/go/runtime/debug.h). Go's debug reads gc's runtime (MemStats,
// the collector's settings), which go2cpp does not have.
package debug

func Stack() []byte
func PrintStack()
func SetGCPercent(percent int) int
func FreeOSMemory()
