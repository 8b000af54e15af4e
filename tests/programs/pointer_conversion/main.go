// Conversions between pointer types whose base types have identical underlying types
// (crypto/cipher's `(*cbcEncrypter)(newCBC(b, iv))`): the same object seen as the other type.
package main

import "fmt"

type cbc struct {
	blockSize int
	iv        []byte
	name      string
}

type cbcEncrypter cbc

func (x *cbcEncrypter) BlockSize() int { return x.blockSize }

func (x *cbc) describe() string { return fmt.Sprintf("%s/%d", x.name, len(x.iv)) }

type celsius float64
type fahrenheit float64

func newCBC(n int) *cbc { return &cbc{n, make([]byte, n), "cbc"} }

func main() {
	e := (*cbcEncrypter)(newCBC(16))
	fmt.Println(e.BlockSize(), e.name)
	e.blockSize = 8
	back := (*cbc)(e)
	fmt.Println(back.blockSize, back.describe())
	c := celsius(21.5)
	f := (*fahrenheit)(&c)
	*f = 70
	fmt.Println(c)
	var nilp *cbc
	fmt.Println((*cbcEncrypter)(nilp) == nil)
}
