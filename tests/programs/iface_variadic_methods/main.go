package main

import "fmt"

type Logger interface {
	Logf(format string, args ...interface{}) int
	Sum(xs ...int) int
}

type Prefix struct{ p string }

func (l Prefix) Logf(format string, args ...interface{}) int {
	s := l.p + fmt.Sprintf(format, args...)
	fmt.Println(s)
	return len(s)
}

func (l Prefix) Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var l Logger = Prefix{"> "}
	n := l.Logf("%d + %d = %d", 1, 2, 3)
	fmt.Println(n, l.Sum(), l.Sum(1, 2, 3), l.Sum([]int{4, 5}...))
	l.Logf("no args")
	f := l.Sum
	fmt.Println(f(10, 20))
}
