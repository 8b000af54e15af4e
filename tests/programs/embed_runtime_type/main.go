package main

import (
	"fmt"
	"strings"
)

type Doc struct {
	strings.Builder
	title string
}

type Logger struct {
	*strings.Builder
}

func main() {
	var d Doc
	d.WriteString("hello ")
	fmt.Fprintf(&d, "%d", 42)
	fmt.Println(d.String(), d.Len())
	l := Logger{&strings.Builder{}}
	fmt.Fprint(l, "x", 1)
	fmt.Println(l.String())
	var s fmt.Stringer = &d
	fmt.Println(s)
}
