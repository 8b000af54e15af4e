// encoding/hex from Go's sources: encode, decode with errors, Dump and Dumper.
package main

import (
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	src := []byte("Hello Gopher! \x00\xff")
	s := hex.EncodeToString(src)
	fmt.Println(s)
	b, err := hex.DecodeString(s)
	fmt.Printf("%q %v\n", b, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	n := hex.Encode(dst, []byte{1, 2, 254})
	fmt.Println(n, string(dst), hex.DecodedLen(6))
	fmt.Print(hex.Dump([]byte("0123456789abcdefghijklmnopqrstuvwxyz\n\t")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("streamed "))
	d.Write([]byte("in two writes"))
	d.Close()
	w := hex.NewEncoder(os.Stdout)
	w.Write([]byte("enc"))
	fmt.Println()
}
