// runtime.GOOS and runtime.GOARCH are constants of type string with the target's values, as in
// gc: usable in constant declarations (crypto/cipher's supportsUnaligned), array lengths and
// constant switches. The expected output is the host's (linux/amd64).
package main

import (
	"fmt"
	"runtime"
)

const supportsUnaligned = runtime.GOARCH == "386" || runtime.GOARCH == "amd64" ||
	runtime.GOARCH == "ppc64" || runtime.GOARCH == "ppc64le" || runtime.GOARCH == "s390x"

const target = runtime.GOOS + "/" + runtime.GOARCH

var arr [len(runtime.GOARCH)]byte

func main() {
	fmt.Println(supportsUnaligned, target, len(arr))
	fmt.Printf("%T %v %T\n", runtime.GOOS, runtime.GOARCH, target)
	switch runtime.GOOS {
	case "linux":
		fmt.Println("on linux")
	case "windows":
		fmt.Println("on windows")
	}
	if runtime.GOOS == "windows" {
		fmt.Println("unreachable")
	}
}
