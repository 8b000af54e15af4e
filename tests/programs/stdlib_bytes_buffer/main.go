// bytes.Buffer from Go's sources: writes, reads, growth, UnreadRune, ReadFrom, WriteTo.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("界!\n"))
	fmt.Print(b.String())
	fmt.Println(b.Len())
	c, _ := b.ReadByte()
	r, size, _ := b.ReadRune()
	fmt.Println(string(c), string(r), size, b.Len())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	_, err = b.ReadByte()
	fmt.Println(err == io.EOF)
	b.Reset()
	fmt.Fprintf(&b, "%d-%s", 42, "x")
	fmt.Println(b.String(), b.Len())
	next := b.Next(2)
	fmt.Println(string(next), b.String())
	b.UnreadByte()
	fmt.Println(b.String())
	b.Truncate(1)
	fmt.Println(b.String())
	nb := bytes.NewBufferString("read from")
	var dst bytes.Buffer
	n, _ := dst.ReadFrom(nb)
	fmt.Println(n, dst.String(), nb.Len())
	dst.WriteTo(os.Stdout)
	fmt.Println()
	big := bytes.NewBuffer(make([]byte, 0, 4))
	for i := 0; i < 100; i++ {
		big.WriteString("abcdefghij")
	}
	fmt.Println(big.Len(), big.Cap() >= 1000)
	p := make([]byte, 7)
	k, _ := big.Read(p)
	fmt.Println(k, string(p), string(big.Bytes()[:5]))
	fields, _ := bytes.NewBufferString("a,b,c").ReadBytes(',')
	fmt.Printf("%q\n", fields)
}
