// Only old-style lines (gofmt would add a //go:build line; this file tests the old syntax).

// +build linux darwin
// +build !windows

package platform

func Old() string { return "+build lines" }
