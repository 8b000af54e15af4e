// crypto/sha256 translated from GOROOT (with crypto, crypto/cipher, hash and
// crypto/internal/boring's notboring.go): one-shot sums, a streaming hash, SHA-224.
package main

import (
	"crypto/sha256"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "hello, world", strings.Repeat("go2cpp", 50)} {
		fmt.Printf("%x\n", sha256.Sum256([]byte(s)))
	}
	h := sha256.New()
	h.Write([]byte("part one, "))
	h.Write([]byte("part two"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize)
}
