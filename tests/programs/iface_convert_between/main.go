package main

import "fmt"

type Reader interface{ Read() string }
type ReadCloser interface {
	Read() string
	Close() error
}
type File struct{ name string }

func (f *File) Read() string  { return "data from " + f.name }
func (f *File) Close() error  { return nil }
func (f *File) String() string { return "File(" + f.name + ")" }

func use(r Reader) string { return r.Read() }

func main() {
	var rc ReadCloser = &File{"a.txt"}
	var r Reader = rc
	var x interface{} = r
	var any2 any = x
	fmt.Println(use(rc), r.Read(), x, any2)
	back := x.(ReadCloser)
	fmt.Println(back.Close(), back == rc, x == any2)
	if s, ok := r.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	}
	rs := []Reader{rc, &File{"b"}}
	for _, r := range rs {
		fmt.Println(r.Read())
	}
	var anon interface{ Read() string } = r
	fmt.Println(anon.Read())
	r = anon
	fmt.Println(r.Read())
}
