package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }

// A struct embedding an interface gets its methods.
type Logged struct {
	ReadWriter
	writes int
}

func (l *Logged) Write(s string) int {
	l.writes++
	return l.ReadWriter.Write("[" + s + "]")
}

func copyAll(dst Writer, src Reader, n int) {
	for i := 0; i < n; i++ {
		dst.Write(src.Read())
	}
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), r.Read())
	l := &Logged{ReadWriter: &Buffer{}}
	l.Write("x")
	l.Write("y")
	fmt.Println(l.Read(), l.Read(), l.writes)
	var w Writer = l
	fmt.Println(w.Write("zz"), l.writes)
	src := &Buffer{data: []string{"1", "2", "3"}}
	dst := &Buffer{}
	copyAll(dst, src, 4)
	fmt.Println(dst.data, len(src.data))
	copyAll(l, src, 1)
	fmt.Println(l.Read(), l.Read(), l.writes)
}
