package main

import (
	"fmt"
	"os"
)

type Sink struct{ lines []string }

func (s *Sink) Write(p []byte) (int, error) {
	s.lines = append(s.lines, string(p))
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprint(os.Stdout, "no newline", 3, "\n")
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 42)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stderr, "warning: %v\n", []int{1, 2})
	s := &Sink{}
	fmt.Fprintf(s, "a%d", 1)
	fmt.Fprintln(s, "b", "c")
	fmt.Println(len(s.lines), s.lines)
	os.Stdout.WriteString("direct\n")
	os.Stdout.Write([]byte("bytes\n"))
}
